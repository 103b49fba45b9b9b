import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatClockTime,
  formatHoursMinutes,
  formatSeconds,
  itemsOfBlock,
  type Schedule,
  type SessionEdit,
} from '../../../shared/facilitation';
import type { WorkshopSession } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useUndoableDelete } from '../../app/use-undoable-delete';
import { saveSessionEdit } from '../../store/sessions-journal';
import { DraftField } from './DraftField';
import { MinutesField } from './MinutesField';

/** Our own drag type, so the window's file drop ignores a dragged block. */
const DRAG_TYPE = 'application/x-kartta-agenda-block';

interface AgendaTableProps {
  projectId: string;
  session: WorkshopSession;
  schedule: Schedule;
  selected: string | null;
  onSelect: (blockId: string) => void;
  onEdit: (edit: SessionEdit) => Promise<unknown>;
}

/**
 * The agenda as a table: computed times, titles and durations edited in place. Blocks move with
 * Alt+↑/↓ anywhere in their row, with the row's buttons, or by dragging the row's handle; each
 * move is announced.
 */
export function AgendaTable({ projectId, session, schedule, selected, onSelect, onEdit }: AgendaTableProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const deleteWithUndo = useUndoableDelete();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  // A moved row is re-inserted in the DOM, which drops focus: put it back where it was.
  const refocus = useRef<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const blocks = session.blocks;
  useEffect(() => {
    if (!refocus.current) return;
    const target = table.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(refocus.current)}"]`);
    if (target && document.activeElement !== target) target.focus();
    refocus.current = null;
  }, [blocks]);

  const titleOf = (i: number) => blocks[i]?.title || t('facilitation.untitledBlock');
  const move = (blockId: string, index: number, focusKey?: string) => {
    const from = blocks.findIndex((b) => b.id === blockId);
    if (from < 0 || index < 0 || index >= blocks.length || index === from) return;
    refocus.current = focusKey ?? null;
    setAnnouncement(t('facilitation.moved', { title: titleOf(from), position: index + 1, count: blocks.length }));
    void onEdit({ type: 'move-block', sessionId: session.id, blockId, index });
  };
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, blockId: string, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const focusKey = e.target instanceof HTMLElement ? e.target.dataset.focus : undefined;
    move(blockId, index + (e.key === 'ArrowUp' ? -1 : 1), focusKey);
  };
  const remove = (index: number) => {
    const block = blocks[index];
    if (!block) return;
    const relink = itemsOfBlock(session, block.id);
    void deleteWithUndo(
      () => saveSessionEdit(db, projectId, { type: 'remove-block', sessionId: session.id, blockId: block.id }),
      () => saveSessionEdit(db, projectId, { type: 'restore-block', sessionId: session.id, block, index, relink }),
      t('facilitation.blockDeleted', { title: titleOf(index) }),
    );
  };
  const onDrop = (e: DragEvent, index: number) => {
    const blockId = e.dataTransfer.getData(DRAG_TYPE);
    if (!blockId) return;
    e.preventDefault();
    setDragging(null);
    move(blockId, index);
  };

  if (blocks.length === 0) return <p className="muted">{t('facilitation.noBlocks')}</p>;
  return (
    <>
      <table className="table agenda-table" ref={table} aria-describedby="agenda-help">
        <caption className="visually-hidden">{t('facilitation.agenda')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('facilitation.dragHandle')}</span>
            </th>
            <th scope="col">{t('facilitation.time')}</th>
            <th scope="col">{t('facilitation.fields.blockTitle')}</th>
            <th scope="col">{t('facilitation.fields.minutes')}</th>
            <th scope="col">{t('facilitation.actual')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('facilitation.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {schedule.rows.map((row, i) => {
            const { block } = row;
            const title = titleOf(i);
            const time = schedule.onClock
              ? `${formatClockTime(row.startMinute)}–${formatClockTime(row.endMinute)}`
              : `+${formatHoursMinutes(row.startMinute)}`;
            return (
              <tr
                key={block.id}
                className={[
                  block.kind === 'break' ? 'agenda-break' : '',
                  selected === block.id ? 'agenda-selected' : '',
                  dragging === block.id ? 'agenda-dragging' : '',
                ].join(' ')}
                onKeyDown={(e) => onRowKey(e, block.id, i)}
                onDragOver={(e) => {
                  if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
                }}
                onDrop={(e) => onDrop(e, i)}
              >
                <td>
                  <span
                    className="drag-handle"
                    draggable
                    aria-hidden="true"
                    title={t('facilitation.dragHandle')}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, block.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragging(block.id);
                    }}
                    onDragEnd={() => setDragging(null)}
                  >
                    ⠿
                  </span>
                </td>
                <td className="agenda-time">{time}</td>
                <td>
                  {block.kind === 'break' && <span className="agenda-kind">{t('facilitation.breakLabel')} </span>}
                  <DraftField
                    label={t('facilitation.blockTitleOf', { n: i + 1 })}
                    value={block.title}
                    maxLength={500}
                    focusKey={`${block.id}:title`}
                    onChange={(value) =>
                      void onEdit({
                        type: 'update-block',
                        sessionId: session.id,
                        blockId: block.id,
                        fields: { title: value },
                      })
                    }
                  />
                  {block.method && block.method !== block.title && (
                    <span className="muted agenda-method">{block.method}</span>
                  )}
                </td>
                <td>
                  <MinutesField
                    label={t('facilitation.minutesOf', { title })}
                    value={block.minutes}
                    focusKey={`${block.id}:minutes`}
                    onChange={(minutes) =>
                      void onEdit({
                        type: 'update-block',
                        sessionId: session.id,
                        blockId: block.id,
                        fields: { minutes },
                      })
                    }
                  />
                </td>
                <td className="agenda-actual">{row.actualSeconds === null ? '–' : formatSeconds(row.actualSeconds)}</td>
                <td>
                  <span className="row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      data-focus={`${block.id}:up`}
                      aria-label={t('facilitation.moveUp', { title })}
                      disabled={i === 0}
                      onClick={() => move(block.id, i - 1, `${block.id}:up`)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      data-focus={`${block.id}:down`}
                      aria-label={t('facilitation.moveDown', { title })}
                      disabled={i === blocks.length - 1}
                      onClick={() => move(block.id, i + 1, `${block.id}:down`)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      data-focus={`${block.id}:details`}
                      aria-label={t('facilitation.detailsOf', { title })}
                      aria-expanded={selected === block.id}
                      onClick={() => onSelect(block.id)}
                    >
                      {t('facilitation.detailsButton')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-danger-text"
                      aria-label={t('facilitation.deleteBlock', { title })}
                      onClick={() => remove(i)}
                    >
                      {t('projects.delete')}
                    </button>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="agenda-help" className="field-help">
        {t('facilitation.reorderHelp')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
