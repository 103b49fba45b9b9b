import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/model';
import { useServices } from '../../app/context';
import { readCanvas } from '../../store/canvas-doc';
import { describeWriteError } from '../../app/use-write';
import { reportWriteError } from '../../store/save-status';
import { useBoardDoc } from '../boards/use-board-doc';
import { BoardOutline } from '../boards/BoardOutline';
import { CanvasEditor } from './CanvasEditor';

/** A canvas board: title, the editor, and the same content as an outline for screen readers. */
export function CanvasBoardView({ boardId, participants }: { boardId: string; participants: Participant[] }) {
  const { t } = useTranslation();
  const { notices } = useServices();
  const onError = useCallback(
    (error: unknown) => {
      reportWriteError(error);
      notices.show({ tone: 'error', message: describeWriteError(error, t) });
    },
    [notices, t],
  );
  const board = useBoardDoc(boardId, onError);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const version = board?.version;
  const doc = board?.doc;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version ticks on every document change
  const content = useMemo(() => (doc ? readCanvas(doc) : null), [doc, version]);
  if (board === undefined) return <p>{t('app.loading')}</p>;
  if (board === null || !content) return <p>{t('boards.notFound')}</p>;
  return (
    <>
      <p className="eyebrow">{t('boards.kind.canvas')}</p>
      <h1>{board.row.title || t('boards.untitled.canvas')}</h1>
      <CanvasEditor board={board} content={content} participants={participants} />
      {/* Rendered only while open: 1,000 notes of outline on every keystroke would slow typing. */}
      <details className="panel outline-panel" onToggle={(e) => setOutlineOpen(e.currentTarget.open)}>
        <summary>
          <h2 className="inline-heading">{t('boards.outline')}</h2>
        </summary>
        {outlineOpen && (
          <BoardOutline
            board={{ id: board.row.id, kind: 'canvas', title: board.row.title, order: board.row.order, content }}
          />
        )}
      </details>
    </>
  );
}
