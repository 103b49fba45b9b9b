import type { ActorType } from '../../../shared/model';
import { actorStyles } from '../../../shared/ecosystem';

/** A type's icon, white on a badge of the type's colour (the legend uses it too). */
export function ActorIcon({ type, title }: { type: ActorType; title?: string }) {
  const style = actorStyles[type];
  return (
    <svg
      className="eco-actor-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      aria-label={title}
    >
      <rect width="24" height="24" rx="6" fill={style.color} />
      <path d={style.icon} fill="#fff" fillRule="evenodd" transform="translate(3 3) scale(0.75)" />
    </svg>
  );
}
