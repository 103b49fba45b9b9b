import { useTranslation } from 'react-i18next';
import type { EcosystemContent } from '../../../shared/model';
import { ActorIcon } from './ActorIcon';
import { INFORMAL_DASH, actorTypeList, relationTypeList } from '../../../shared/ecosystem';
import { useBuiltInTypeNames } from './type-names';

/** The actor and relation types this map uses (only those), drawn as on the map. */
export function Legend({ content }: { content: EcosystemContent }) {
  const { t } = useTranslation();
  const names = useBuiltInTypeNames();
  const actors = actorTypeList(content, names).filter((type) => content.actors.some((a) => a.type === type.id));
  const relations = relationTypeList(content, names).filter((type) =>
    content.relations.some((r) => r.type === type.id),
  );
  const informal = content.relations.some((r) => r.informal);
  if (actors.length === 0 && relations.length === 0) return null;
  return (
    <section className="eco-legend" aria-label={t('ecosystem.legend')}>
      <h2 className="eco-legend-title">{t('ecosystem.legend')}</h2>
      <ul>
        {actors.map((type) => (
          <li key={type.id}>
            <ActorIcon look={type} />
            {type.name}
          </li>
        ))}
        {relations.map((type) => (
          <li key={type.id}>
            <LineSample color={type.color} />
            {type.name}
          </li>
        ))}
        {informal && (
          <li>
            <LineSample color="#3d4852" dash={INFORMAL_DASH} />
            {t('ecosystem.legendInformal')}
          </li>
        )}
      </ul>
    </section>
  );
}

function LineSample({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}
