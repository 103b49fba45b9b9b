import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useDocument, useLiveQuery } from 'dexie-react-hooks';
import type * as Y from 'yjs';
import { createUndoManager } from '../../store/board-docs';
import { journalBoard } from '../../store/board-journal';
import type { BoardRow } from '../../store/db';
import { useServices } from '../../app/context';

export interface OpenBoard {
  row: BoardRow;
  doc: Y.Doc;
  undo: Y.UndoManager;
  /** Changes whenever the document changes, so readers re-read. */
  version: number;
}

/**
 * Opens a board for editing: the row (live), its Yjs document loaded through y-dexie, one undo
 * manager for the board, and a version counter that ticks on every document update. A failed
 * background write is reported through onError (y-dexie does not retry).
 */
export function useBoardDoc(boardId: string, onError: (error: unknown) => void): OpenBoard | null | undefined {
  const { db } = useServices();
  const row = useLiveQuery(() => db.boards.get(boardId), [db, boardId], undefined);
  const live = row && !row.deletedAt ? row : undefined;
  const provider = useDocument(live?.content);
  const doc = live?.content;
  const [loaded, setLoaded] = useState(false);

  // A ref, so a new callback identity does not re-subscribe the provider.
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    setLoaded(false);
    if (!provider) return;
    let active = true;
    provider.whenLoaded.then(
      () => active && setLoaded(true),
      (error: unknown) => active && onErrorRef.current(error),
    );
    const errorListener = (error: unknown) => onErrorRef.current(error);
    provider.on('error', errorListener);
    return () => {
      active = false;
      provider.off('error', errorListener);
    };
  }, [provider]);

  useEffect(() => (doc && boardId ? journalBoard(db, boardId, doc) : undefined), [db, boardId, doc]);

  const undo = useMemo(() => (doc ? createUndoManager(doc) : null), [doc]);
  useEffect(() => () => undo?.destroy(), [undo]);

  const versionRef = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!doc) return () => undefined;
      const onUpdate = () => {
        versionRef.current++;
        listener();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    [doc],
  );
  const version = useSyncExternalStore(subscribe, () => versionRef.current);

  if (row === undefined) return undefined;
  if (!live || !doc || !undo) return null;
  if (!loaded) return undefined;
  return { row: live, doc, undo, version };
}
