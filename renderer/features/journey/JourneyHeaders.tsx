import { useTranslation } from 'react-i18next';
import type { Lane, Stage } from '../../../shared/model';
import { EmotionScale } from './EmotionCurveSlice';
import { useContentLanguage } from '../boards/content-language';

interface HeaderActions {
  index: number;
  count: number;
  active: boolean;
  onRename: () => void;
  onMove: (toIndex: number) => void;
  onDelete: () => void;
  /** A locked journey: the headers' buttons are off. */
  locked: boolean;
}

/** A header's buttons: move back, move on, rename, delete (and, for a lane, collapse). */
function HeaderButtons(props: { active: boolean; buttons: HeaderButton[] }) {
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

type HeaderButton = { symbol: string; label: string; disabled?: boolean; pressed?: boolean; onClick: () => void };

/** Move back, move on, rename, delete: the buttons every header has, with its own words and arrows. */
function standardButtons(
  { index, count, onMove, onRename, onDelete, locked }: HeaderActions,
  arrows: readonly [string, string],
  labels: { back: string; forward: string; rename: string; remove: string },
): HeaderButton[] {
  return [
    { symbol: arrows[0], label: labels.back, disabled: locked || index === 0, onClick: () => onMove(index - 1) },
    {
      symbol: arrows[1],
      label: labels.forward,
      disabled: locked || index === count - 1,
      onClick: () => onMove(index + 1),
    },
    { symbol: '✎', label: labels.rename, disabled: locked, onClick: onRename },
    { symbol: '×', label: labels.remove, disabled: locked, onClick: onDelete },
  ];
}

export function StageHeaderContent({ stage, active, ...actions }: HeaderActions & { stage: Stage }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const title = stage.title;
  return (
    <>
      <span className="journey-header-title" lang={lang}>
        {title}
      </span>
      {stage.steps.length > 0 && (
        <ol className="journey-steps" aria-label={t('journey.stepsOf', { title })}>
          {stage.steps.map((step, i) => (
            <li key={i} lang={lang}>
              {step}
            </li>
          ))}
        </ol>
      )}
      <HeaderButtons
        active={active}
        buttons={standardButtons({ active, ...actions }, ['←', '→'], {
          back: t('journey.moveStageLeft', { title }),
          forward: t('journey.moveStageRight', { title }),
          rename: t('journey.renameStage', { title }),
          remove: t('journey.deleteStage', { title }),
        })}
      />
    </>
  );
}

export function LaneHeaderContent({
  lane,
  active,
  onToggleCollapsed,
  ...actions
}: HeaderActions & { lane: Lane; onToggleCollapsed: () => void }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const title = lane.title;
  return (
    <>
      <span className="journey-header-title" lang={lang}>
        {title}
      </span>
      <span className="journey-lane-type">{t(`journey.laneTypes.${lane.type}`)}</span>
      {lane.type === 'emotion' && !lane.collapsed && <EmotionScale label={t('journey.scale')} />}
      <HeaderButtons
        active={active}
        buttons={[
          {
            // aria-expanded: a screen reader hears whether the lane's cells are shown.
            symbol: lane.collapsed ? '▸' : '▾',
            label: t('journey.collapseLane', { title }),
            pressed: !lane.collapsed,
            disabled: actions.locked,
            onClick: onToggleCollapsed,
          },
          ...standardButtons({ active, ...actions }, ['↑', '↓'], {
            back: t('journey.moveLaneUp', { title }),
            forward: t('journey.moveLaneDown', { title }),
            rename: t('journey.renameLane', { title }),
            remove: t('journey.deleteLane', { title }),
          }),
        ]}
      />
    </>
  );
}
