/** A type's icon, white on a badge of the type's colour (the cards and the legend use it). */
export function ActorIcon({ look, title }: { look: { color: string; icon: string }; title?: string }) {
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
      <rect width="24" height="24" rx="6" fill={look.color} />
      <path d={look.icon} fill="#fff" fillRule="evenodd" transform="translate(3 3) scale(0.75)" />
    </svg>
  );
}
