import { useTranslation } from 'react-i18next';
import type { Lane, Stage } from '../../../shared/model';
import { EmotionScale } from './EmotionCurveSlice';

interface HeaderActions {
  index: number;
  count: number;
  active: boolean;
  onRename: () => void;
  onMove: (toIndex: number) => void;
  onDelete: () => void;
}

export function StageHeaderContent({
  stage,
  index,
  count,
  active,
  onRename,
  onMove,
  onDelete,
}: HeaderActions & { stage: Stage }) {
  const { t } = useTranslation();
  const tab = active ? 0 : -1;
  const title = stage.title;
  return (
    <>
      <span className="journey-header-title">{title}</span>
      <span className="journey-header-actions">
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.moveStageLeft', { title })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.moveStageRight', { title })}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          →
        </button>
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.renameStage', { title })}
          onClick={onRename}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.deleteStage', { title })}
          onClick={onDelete}
        >
          ×
        </button>
      </span>
    </>
  );
}

export function LaneHeaderContent({
  lane,
  index,
  count,
  active,
  onRename,
  onMove,
  onDelete,
}: HeaderActions & { lane: Lane }) {
  const { t } = useTranslation();
  const tab = active ? 0 : -1;
  const title = lane.title;
  return (
    <>
      <span className="journey-header-title">{title}</span>
      <span className="journey-lane-type">{t(`journey.laneTypes.${lane.type}`)}</span>
      {lane.type === 'emotion' && <EmotionScale label={t('journey.scale')} />}
      {lane.type === 'images' && <span className="muted journey-lane-note">{t('journey.imagesLater')}</span>}
      <span className="journey-header-actions">
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.moveLaneUp', { title })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.moveLaneDown', { title })}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.renameLane', { title })}
          onClick={onRename}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={t('journey.deleteLane', { title })}
          onClick={onDelete}
        >
          ×
        </button>
      </span>
    </>
  );
}
