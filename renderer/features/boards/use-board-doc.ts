import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';
import { LOCAL, createUndoManager } from '../../store/board-docs';
import { markProjectTouched } from '../../store/touched-projects';
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
  const rowGone = useLiveQuery(
    async () => (await db.boards.where('id').equals(boardId).count()) === 0,
    [db, boardId],
    false,
  );
  const doc = live?.content;
  // The document that finished loading. Compared by identity: a Y.Doc released elsewhere is
  // replaced by a new one for the same row, and that one is not loaded yet.
  const [loadedDoc, setLoadedDoc] = useState<Y.Doc | null>(null);

  // A ref, so a new callback identity does not re-subscribe the provider.
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  // Our own load/release instead of dexie-react-hooks' useDocument, whose effect depends on a
  // token that is new only on the loading render, so a later render releases the document. Seen
  // here: after a reload, saving a template re-rendered the board and it read a fresh, unloaded
  // Y.Doc (E2E "a Blank canvas … round-trips"). One load per open board, released on close; the
  // grace period keeps a release followed by a load (StrictMode, quick navigation) from destroying it.
  useEffect(() => {
    if (!doc) return;
    const provider = DexieYProvider.load(doc, { gracePeriod: 1000 });
    let active = true;
    provider.whenLoaded.then(
      () => {
        if (!active) return;
        // A lost update leaves every later one stored but not shown (PITFALLS.md): say so.
        if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
          onErrorRef.current(new Error('some stored edits of this board cannot be shown; save a copy of the project'));
        }
        setLoadedDoc(doc);
      },
      (error: unknown) => active && onErrorRef.current(error),
    );
    const errorListener = (error: unknown) => onErrorRef.current(error);
    provider.on('error', errorListener);
    return () => {
      active = false;
      provider.off('error', errorListener);
      DexieYProvider.release(doc);
    };
  }, [doc]);

  useEffect(() => (doc && boardId ? journalBoard(db, boardId, doc) : undefined), [db, boardId, doc]);

  // Created and destroyed in one effect, so StrictMode's extra unmount cannot leave a destroyed one.
  const [undo, setUndo] = useState<Y.UndoManager | null>(null);
  useEffect(() => {
    if (!doc) return;
    const manager = createUndoManager(doc);
    setUndo(manager);
    return () => {
      manager.destroy();
      setUndo(null);
    };
  }, [doc]);

  const versionRef = useRef(0);
  const projectId = row?.projectId;
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!doc) return () => undefined;
      const onUpdate = (_update: Uint8Array, origin: unknown) => {
        versionRef.current++;
        // A user's edit or undo (not loading from storage) makes the project due for a backup.
        if ((origin === LOCAL || origin instanceof Y.UndoManager) && projectId) markProjectTouched(projectId);
        listener();
      };
      // updateV2, which y-dexie listens to as well: each listened-to format is encoded on every
      // transaction, and loading a big board is one transaction of the whole board (issue 10).
      doc.on('updateV2', onUpdate);
      return () => doc.off('updateV2', onUpdate);
    },
    [doc, projectId],
  );
  const version = useSyncExternalStore(subscribe, () => versionRef.current);

  // useLiveQuery gives undefined both while loading and for a row that is gone; the second
  // query below tells them apart, so a deleted board says so instead of loading forever.
  if (row === undefined) return rowGone ? null : undefined;
  if (!live || !doc || !undo) return null;
  if (loadedDoc !== doc) return undefined;
  return { row: live, doc, undo, version };
}
