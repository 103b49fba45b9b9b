import { useTranslation } from 'react-i18next';
import { actorTypes, relationTypes, type EcosystemContent } from '../../../shared/model';
import { ActorIcon } from './ActorIcon';
import { INFORMAL_DASH, relationColors } from '../../../shared/ecosystem';

/** The actor and relation types this map uses (only those), drawn as on the map. */
export function Legend({ content }: { content: EcosystemContent }) {
  const { t } = useTranslation();
  const actors = actorTypes.filter((type) => content.actors.some((a) => a.type === type));
  const relations = relationTypes.filter((type) => content.relations.some((r) => r.type === type));
  const informal = content.relations.some((r) => r.informal);
  if (actors.length === 0 && relations.length === 0) return null;
  return (
    <section className="eco-legend" aria-label={t('ecosystem.legend')}>
      <h2 className="eco-legend-title">{t('ecosystem.legend')}</h2>
      <ul>
        {actors.map((type) => (
          <li key={type}>
            <ActorIcon type={type} />
            {t(`outline.actorTypes.${type}`)}
          </li>
        ))}
        {relations.map((type) => (
          <li key={type}>
            <LineSample color={relationColors[type]} />
            {t(`outline.relationTypes.${type}`)}
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
