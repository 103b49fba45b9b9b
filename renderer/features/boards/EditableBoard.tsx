import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Board, BoardContent } from '../../../shared/model';
import { useServices } from '../../app/context';
import { describeWriteError } from '../../app/use-write';
import { saveProjectCopy } from '../../app/file-actions';
import { reportWriteError } from '../../store/save-status';
import { useBoardDoc, type OpenBoard } from './use-board-doc';
import { BoardOutline } from './BoardOutline';

/** Board kinds that have an editor of their own. */
export type EditableKind = 'canvas' | 'ecosystem' | 'journey';

/**
 * A board with an editor: title, the editor, and the same content as an outline for screen
 * readers. Loads the board's document and keeps it loaded while the page is open.
 */
export function EditableBoard<K extends EditableKind>({
  boardId,
  kind,
  read,
  children,
}: {
  boardId: string;
  kind: K;
  /** Reads the document's content; the page reads it once per document change. */
  read: (doc: Y.Doc) => BoardContent<K>;
  children: (board: OpenBoard, content: BoardContent<K>) => ReactNode;
}) {
  const { t } = useTranslation();
  const services = useServices();
  const { notices } = services;
  const projectId = useRef<string | null>(null);
  // The edits stay in the open document, and a copy is made from it (y-dexie hands out the same
  // in-memory document while it is open): so the notice offers to save that copy at once.
  const onError = useCallback(
    (error: unknown) => {
      reportWriteError(error);
      const project = projectId.current;
      notices.show({
        tone: 'error',
        message: describeWriteError(error, t),
        action: project
          ? { label: t('overview.saveCopy'), run: () => void saveProjectCopy(services, project, t) }
          : undefined,
      });
    },
    [notices, services, t],
  );
  const board = useBoardDoc(boardId, onError);
  if (board) projectId.current = board.row.projectId;
  const [outlineOpen, setOutlineOpen] = useState(false);
  const version = board?.version;
  const doc = board?.doc;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version ticks on every document change
  const content = useMemo(() => (doc ? read(doc) : null), [doc, version, read]);
  if (board === undefined) return <p>{t('app.loading')}</p>;
  if (board === null || !content) return <p>{t('boards.notFound')}</p>;
  const { row } = board;
  return (
    <>
      <p className="eyebrow">{t(`boards.kind.${kind}`)}</p>
      <h1>{row.title || t(`boards.untitled.${kind}`)}</h1>
      {children(board, content)}
      {/* Rendered only while open: thousands of outline items on every keystroke would slow typing. */}
      <details className="panel outline-panel" onToggle={(e) => setOutlineOpen(e.currentTarget.open)}>
        <summary>
          <h2 className="inline-heading">{t('boards.outline')}</h2>
        </summary>
        {outlineOpen && (
          <BoardOutline
            // K and its content belong together; TypeScript cannot see that through the generic.
            board={{ id: row.id, kind, title: row.title, order: row.order, content } as Board}
          />
        )}
      </details>
    </>
  );
}
