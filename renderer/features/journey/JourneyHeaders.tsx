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

/** A header's buttons: move back, move on, rename, delete (and, for a lane, collapse). */
function HeaderButtons(props: {
  active: boolean;
  buttons: { symbol: string; label: string; disabled?: boolean; pressed?: boolean; onClick: () => void }[];
}) {
  // Only the active cell's controls are in the Tab order (a roving tabindex over the grid).
  const tab = props.active ? 0 : -1;
  return (
    <span className="journey-header-actions">
      {props.buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          className="icon-button"
          tabIndex={tab}
          aria-label={button.label}
          aria-expanded={button.pressed}
          disabled={button.disabled}
          onClick={button.onClick}
        >
          {button.symbol}
        </button>
      ))}
    </span>
  );
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
  const title = stage.title;
  return (
    <>
      <span className="journey-header-title">{title}</span>
      <HeaderButtons
        active={active}
        buttons={[
          {
            symbol: '←',
            label: t('journey.moveStageLeft', { title }),
            disabled: index === 0,
            onClick: () => onMove(index - 1),
          },
          {
            symbol: '→',
            label: t('journey.moveStageRight', { title }),
            disabled: index === count - 1,
            onClick: () => onMove(index + 1),
          },
          { symbol: '✎', label: t('journey.renameStage', { title }), onClick: onRename },
          { symbol: '×', label: t('journey.deleteStage', { title }), onClick: onDelete },
        ]}
      />
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
  onToggleCollapsed,
}: HeaderActions & { lane: Lane; onToggleCollapsed: () => void }) {
  const { t } = useTranslation();
  const title = lane.title;
  return (
    <>
      <span className="journey-header-title">{title}</span>
      <span className="journey-lane-type">{t(`journey.laneTypes.${lane.type}`)}</span>
      {lane.type === 'emotion' && !lane.collapsed && <EmotionScale label={t('journey.scale')} />}
      {lane.type === 'images' && <span className="muted journey-lane-note">{t('journey.imagesLater')}</span>}
      <HeaderButtons
        active={active}
        buttons={[
          {
            // aria-expanded: a screen reader hears whether the lane's cells are shown.
            symbol: lane.collapsed ? '▸' : '▾',
            label: t('journey.collapseLane', { title }),
            pressed: !lane.collapsed,
            onClick: onToggleCollapsed,
          },
          {
            symbol: '↑',
            label: t('journey.moveLaneUp', { title }),
            disabled: index === 0,
            onClick: () => onMove(index - 1),
          },
          {
            symbol: '↓',
            label: t('journey.moveLaneDown', { title }),
            disabled: index === count - 1,
            onClick: () => onMove(index + 1),
          },
          { symbol: '✎', label: t('journey.renameLane', { title }), onClick: onRename },
          { symbol: '×', label: t('journey.deleteLane', { title }), onClick: onDelete },
        ]}
      />
    </>
  );
}
