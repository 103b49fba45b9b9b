import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyContent, Lane, Participant, Stage } from '../../../shared/model';
import { emotionCurve } from '../../../shared/journey';
import { journeyCellKey, journeyCells } from '../../../shared/journey/journey-cells';
import { NameDialog } from '../../ui/NameDialog';
import { asOneStep } from '../../store/board-docs';
import {
  addLane,
  addStage,
  moveJourneyNote,
  moveLane,
  moveStage,
  removeLane,
  setLaneCollapsed,
  removeStage,
  renameLane,
  renameStage,
} from '../../store/journey-doc';
import type { OpenBoard } from '../boards/use-board-doc';
import { useBoardUndoKeys } from '../boards/use-board-undo-keys';
import { BoardLockBanner, BoardLockButton } from '../boards/BoardLock';
import { useLockHint } from '../boards/use-lock-hint';
import { AddLaneDialog } from './AddLaneDialog';
import { BasedOnLink, DuplicateAsToBeButton } from './ToBeControls';
import { CURVE_FRAME } from './EmotionCurveSlice';
import {
  ChannelsCell,
  CollapsedCell,
  EmotionCell,
  ImagesCell,
  NotesCell,
  addNoteAndFocus,
  type CellProps,
} from './JourneyCells';
import { JourneyExportButtons } from './JourneyExportButtons';
import { JourneyPanel, type PanelSubject } from './JourneyPanel';
import { PersonaField } from './PersonaField';
import { useHeaderDrag } from './use-header-drag';
import { noteDropTarget } from './note-drag';
import { LaneHeaderContent, StageHeaderContent } from './JourneyHeaders';
import { nextCell, type GridPos } from './grid-nav';

/** Focus the grid's active cell after the next render. */
const ACTIVE = Symbol('active cell');

interface Active {
  stageId: string | null;
  laneId: string | null;
}

/**
 * The journey as an ARIA grid: stages are columns, lanes rows. One cell is in the Tab order at a
 * time (roving tabindex); arrow keys move between cells, Tab enters the active cell's controls.
 */
export function JourneyEditor({
  board,
  content,
  participants,
}: {
  board: OpenBoard;
  content: JourneyContent;
  participants: readonly Participant[];
}) {
  const { t } = useTranslation();
  const { doc, undo } = board;
  useBoardUndoKeys(undo);
  const { stages, lanes } = content;
  // A board lock (issue 9): the grid and panel are read-only but votes; an edit tried anyway is said once.
  const locked = content.locked === true;
  const { hint, guard } = useLockHint();
  const [active, setActive] = useState<Active>({ stageId: null, laneId: null });
  /** The note (or image) last focused in the grid: the side panel shows it while its cell is active. */
  const [noteId, setNoteId] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ kind: 'stage' | 'lane'; id: string; title: string } | null>(null);
  const [addingLane, setAddingLane] = useState(false);
  const grid = useRef<HTMLTableElement>(null);
  const pendingFocus = useRef<string | typeof ACTIVE | null>(null);

  const pos = positionOf(active, stages, lanes);
  const isActive = (row: number, col: number) => pos.row === row && pos.col === col;
  const idsAt = (p: GridPos): Active => ({ stageId: stages[p.col]?.id ?? null, laneId: lanes[p.row]?.id ?? null });

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null || !grid.current) return;
    pendingFocus.current = null;
    const selector = target === ACTIVE ? `[data-cell="${pos.row}:${pos.col}"]` : target;
    grid.current.querySelector<HTMLElement>(selector)?.focus();
  });

  const cells = useMemo(() => journeyCells(content), [content]);
  // One curve per emotion lane (one per persona), each with its own style by its place among them.
  const curves = useMemo(
    () =>
      new Map(
        lanes
          .filter((l) => l.type === 'emotion')
          .map((l, variant) => [
            l.id,
            {
              variant,
              path: emotionCurve(
                stages.map((s) => cells.scores.get(journeyCellKey(s.id, l.id)) ?? null),
                CURVE_FRAME,
              ).path,
            },
          ]),
      ),
    [lanes, stages, cells],
  );

  const selectedNote = content.notes.find(
    (n) => n.id === noteId && n.stageId === active.stageId && n.laneId === active.laneId,
  );
  // Until the user chooses something, the panel says what it is for (the tab stop's fallback is not a choice).
  const chosen = active.stageId !== null || active.laneId !== null;
  const subject: PanelSubject = !chosen
    ? null
    : selectedNote
      ? { kind: 'note', note: selectedNote, lane: lanes[pos.row] as Lane }
      : pos.row === -1 && stages[pos.col]
        ? { kind: 'stage', stage: stages[pos.col] }
        : pos.col === -1 && lanes[pos.row]
          ? { kind: 'lane', lane: lanes[pos.row] }
          : lanes[pos.row]?.type === 'channels' && stages[pos.col]
            ? {
                kind: 'touchpoint',
                stage: stages[pos.col],
                lane: lanes[pos.row],
                touchpoint: cells.touchpoints.get(journeyCellKey(stages[pos.col].id, lanes[pos.row].id)),
              }
            : null;

  // A note moved to another cell: that cell becomes the active one and the note stays chosen.
  const followNote = (id: string, to: { stageId: string; laneId: string }) => {
    setActive(to);
    setNoteId(id);
  };
  const focusLater = (selector: string) => {
    pendingFocus.current = selector;
  };
  const moveTo = (next: Active) => {
    setActive(next);
    pendingFocus.current = ACTIVE;
  };
  const act = <T,>(edit: () => T) => guard(() => asOneStep(undo, edit), locked);
  const onAddStage = () => {
    const id = act(() => addStage(doc, t('journey.newStage')));
    if (id) moveTo({ stageId: id, laneId: null });
  };
  const onAddLane = (title: string, type: Lane['type']) => {
    setAddingLane(false);
    const id = act(() => addLane(doc, { title, type }));
    if (id) moveTo({ stageId: null, laneId: id });
  };
  const stageActions = (stage: Stage, index: number) => ({
    index,
    count: stages.length,
    active: isActive(-1, index),
    locked,
    onRename: () => setRenaming({ kind: 'stage', id: stage.id, title: stage.title }),
    onMove: (to: number) => {
      act(() => moveStage(doc, stage.id, to));
      moveTo({ stageId: stage.id, laneId: null });
    },
    onDelete: () => {
      act(() => removeStage(doc, stage.id));
      moveTo({ stageId: null, laneId: null });
    },
  });
  const laneActions = (lane: Lane, index: number) => ({
    index,
    count: lanes.length,
    active: isActive(index, -1),
    locked,
    onRename: () => setRenaming({ kind: 'lane', id: lane.id, title: lane.title }),
    onMove: (to: number) => {
      act(() => moveLane(doc, lane.id, to));
      moveTo({ stageId: null, laneId: lane.id });
    },
    onDelete: () => {
      act(() => removeLane(doc, lane.id));
      moveTo({ stageId: null, laneId: null });
    },
    onToggleCollapsed: () => act(() => setLaneCollapsed(doc, lane.id, !lane.collapsed)),
  });

  const stageDrag = useHeaderDrag(
    'stage',
    (id, to) => {
      act(() => moveStage(doc, id, to));
      moveTo({ stageId: id, laneId: null });
    },
    !locked,
  );
  const laneDrag = useHeaderDrag(
    'lane',
    (id, to) => {
      act(() => moveLane(doc, id, to));
      moveTo({ stageId: null, laneId: id });
    },
    !locked,
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell || e.target !== cell || e.ctrlKey || e.metaKey) return;
    const [row, col] = (cell.dataset.cell ?? '').split(':').map(Number);
    const stage = stages[col];
    const lane = lanes[row];
    const header = row === -1 || col === -1;
    // Moving, renaming or deleting a header, or adding a note, by key on a locked journey: it says why.
    const editKey =
      (e.altKey && e.key.startsWith('Arrow')) ||
      (header && ['Delete', 'Enter', 'F2'].includes(e.key)) ||
      (!header && lane?.type === 'notes' && e.key === 'Enter');
    if (locked && editKey) {
      e.preventDefault();
      hint('boardCannotChange');
      return;
    }
    if (e.altKey) {
      const delta = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -1, ArrowDown: 1 }[e.key];
      if (delta === undefined) return;
      e.preventDefault();
      const horizontal = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
      if (row === -1 && stage && horizontal) stageActions(stage, col).onMove(col + delta);
      else if (col === -1 && lane && !horizontal) laneActions(lane, row).onMove(row + delta);
      return;
    }
    const next = nextCell({ row, col }, e.key, lanes.length, stages.length);
    if (next) {
      e.preventDefault();
      moveTo(idsAt(next));
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      if (row === -1 && stage) stageActions(stage, col).onRename();
      else if (col === -1 && lane) laneActions(lane, row).onRename();
      else if (stage && lane?.type === 'notes' && e.key === 'Enter') addNoteAndFocus(cellProps(stage, lane, row, col));
      else cell.querySelector<HTMLElement>('select, button, input')?.focus();
    } else if (e.key === 'Delete') {
      if (row === -1 && stage) stageActions(stage, col).onDelete();
      else if (col === -1 && lane) laneActions(lane, row).onDelete();
    }
  };

  // Clicking or tabbing into a control makes its cell the active one, so the roving tab stop follows.
  // Focusing a note (or an image) also chooses it for the side panel.
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [row, col] = (cell.dataset.cell ?? '').split(':').map(Number);
    const ids = idsAt({ row, col });
    if (ids.stageId !== active.stageId || ids.laneId !== active.laneId) setActive(ids);
    const note = target.closest<HTMLElement>('[data-note-id]')?.dataset.noteId;
    if (note && note !== noteId) setNoteId(note);
  };

  // What a folded lane's cell still says: how much it holds.
  const countIn = (lane: Lane, key: string) =>
    lane.type === 'notes' || lane.type === 'images'
      ? (cells.notes.get(key)?.length ?? 0)
      : lane.type === 'emotion'
        ? Number(cells.scores.has(key))
        : lane.type === 'channels'
          ? (cells.touchpoints.get(key)?.channels.length ?? 0)
          : 0;

  const cellProps = (stage: Stage, lane: Lane, row: number, col: number): CellProps => ({
    doc,
    undo,
    stage,
    lane,
    active: isActive(row, col),
    focusLater,
    // Only the cell holding the chosen note is told, so the other cells stay memoised.
    selectedNoteId: selectedNote && isActive(row, col) ? selectedNote.id : null,
    locked,
  });

  return (
    <div className="journey-editor">
      <div className="editor-toolbar" role="toolbar" aria-label={t('journey.toolbar')}>
        <button type="button" className="button button-small" disabled={locked} onClick={onAddStage}>
          {t('journey.addStage')}
        </button>
        <button type="button" className="button button-small" disabled={locked} onClick={() => setAddingLane(true)}>
          {t('journey.addLane')}
        </button>
        <button type="button" className="button button-small" disabled={!undo.canUndo()} onClick={() => undo.undo()}>
          {t('journey.undo')}
        </button>
        <button type="button" className="button button-small" disabled={!undo.canRedo()} onClick={() => undo.redo()}>
          {t('journey.redo')}
        </button>
        {content.state === 'as-is' && <DuplicateAsToBeButton board={board} content={content} />}
        <JourneyExportButtons title={board.row.title} content={content} altText={board.row.altText} />
        <BoardLockButton doc={doc} undo={undo} locked={locked} />
      </div>
      <BoardLockBanner locked={locked} help={t('locks.bannerHelpJourney')} />
      <BasedOnLink board={board} content={content} />
      <PersonaField board={board} content={content} />
      <p id="journey-help" className="editor-help">
        {t('journey.keyboardHelp')}
      </p>
      <div className="canvas-layout">
        <div className="journey-main">
          {stages.length === 0 && lanes.length === 0 ? (
            <p className="muted">{t('journey.empty')}</p>
          ) : (
            <div className="journey-scroll">
              <table
                ref={grid}
                role="grid"
                className="journey-grid"
                aria-label={t('journey.grid')}
                aria-describedby="journey-help"
                onKeyDown={onKeyDown}
                onFocus={onFocus}
              >
                <colgroup>
                  <col className="journey-lane-col" />
                  {stages.map((s) => (
                    <col key={s.id} style={{ width: CURVE_FRAME.stageWidth }} />
                  ))}
                </colgroup>
                <thead>
                  <tr>
                    <td className="journey-corner" />
                    {stages.map((stage, col) => (
                      <th
                        key={stage.id}
                        scope="col"
                        className="journey-stage"
                        {...stageDrag(stage.id, col)}
                        data-cell={`-1:${col}`}
                        tabIndex={isActive(-1, col) ? 0 : -1}
                      >
                        <StageHeaderContent stage={stage} {...stageActions(stage, col)} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lanes.flatMap((lane, row) => {
                    const laneRow = (
                      <tr
                        key={lane.id}
                        className={`journey-lane journey-lane-${lane.type}${lane.color ? ` lane-tint-${lane.color}` : ''}`}
                      >
                        <th
                          scope="row"
                          className="journey-lane-header"
                          {...laneDrag(lane.id, row)}
                          data-cell={`${row}:-1`}
                          tabIndex={isActive(row, -1) ? 0 : -1}
                        >
                          <LaneHeaderContent lane={lane} {...laneActions(lane, row)} />
                        </th>
                        {stages.map((stage, col) => {
                          const props = cellProps(stage, lane, row, col);
                          const key = journeyCellKey(stage.id, lane.id);
                          return (
                            <td
                              key={stage.id}
                              className="journey-cell"
                              data-cell={`${row}:${col}`}
                              tabIndex={props.active ? 0 : -1}
                              {...(lane.type === 'notes' || lane.type === 'images'
                                ? noteDropTarget(lane.type, (id) => {
                                    act(() => moveJourneyNote(doc, id, { stageId: stage.id, laneId: lane.id }));
                                    followNote(id, { stageId: stage.id, laneId: lane.id });
                                  })
                                : {})}
                            >
                              {lane.collapsed ? (
                                <CollapsedCell lane={lane} count={countIn(lane, key)} />
                              ) : (
                                lane.type === 'notes' && <NotesCell {...props} notes={cells.notes.get(key) ?? []} />
                              )}
                              {!lane.collapsed && lane.type === 'images' && (
                                <ImagesCell
                                  {...props}
                                  notes={cells.notes.get(key) ?? []}
                                  projectId={board.row.projectId}
                                />
                              )}
                              {!lane.collapsed && lane.type === 'emotion' && (
                                <EmotionCell
                                  {...props}
                                  stageIndex={col}
                                  score={cells.scores.get(key) ?? null}
                                  path={curves.get(lane.id)?.path ?? ''}
                                  variant={curves.get(lane.id)?.variant ?? 0}
                                />
                              )}
                              {!lane.collapsed && lane.type === 'channels' && (
                                <ChannelsCell {...props} touchpoint={cells.touchpoints.get(key)} />
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                    if (!lane.lineBelow) return [laneRow];
                    return [
                      laneRow,
                      <tr key={`${lane.id}-line`} className={`blueprint-line blueprint-line-${lane.lineBelow}`}>
                        <td colSpan={stages.length + 1}>
                          <span>{t(`journey.lines.${lane.lineBelow}`)}</span>
                        </td>
                      </tr>,
                    ];
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <JourneyPanel
          doc={doc}
          undo={undo}
          subject={subject}
          stages={stages}
          lanes={lanes}
          onMoved={followNote}
          participants={participants}
          projectId={board.row.projectId}
          locked={locked}
          onDeleted={() => {
            setNoteId(null);
            pendingFocus.current = ACTIVE;
          }}
        />
      </div>
      {addingLane && <AddLaneDialog onAdd={onAddLane} onCancel={() => setAddingLane(false)} />}
      {renaming && (
        <NameDialog
          title={t(renaming.kind === 'stage' ? 'journey.renameStageTitle' : 'journey.renameLaneTitle')}
          initial={renaming.title}
          onCancel={() => setRenaming(null)}
          onSave={(title) => {
            const { kind, id } = renaming;
            setRenaming(null);
            act(() => (kind === 'stage' ? renameStage(doc, id, title) : renameLane(doc, id, title)));
          }}
        />
      )}
    </div>
  );
}

/** The active cell's place; a cell whose stage or lane is gone falls back to the first header. */
function positionOf(active: Active, stages: readonly Stage[], lanes: readonly Lane[]): GridPos {
  const col = active.stageId === null ? -1 : stages.findIndex((s) => s.id === active.stageId);
  const row = active.laneId === null ? -1 : lanes.findIndex((l) => l.id === active.laneId);
  const gone = (active.stageId !== null && col < 0) || (active.laneId !== null && row < 0);
  if (!gone && !(row === -1 && col === -1)) return { row, col };
  return stages.length > 0 ? { row: -1, col: 0 } : { row: 0, col: -1 };
}
