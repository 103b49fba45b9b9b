import type { Board } from './board';

/**
 * The attachments a project's boards show: the photos of canvas and journey notes (maps have
 * none). What a file made from the project carries, and what the database keeps for good.
 */
export function attachmentsInUse(boards: readonly Board[]): Set<string> {
  const ids = new Set<string>();
  for (const board of boards) {
    if (board.kind === 'ecosystem') continue;
    for (const note of board.content.notes) if (note.photoId !== null) ids.add(note.photoId);
  }
  return ids;
}

/** The boards with every note photo that is not among `present` taken off (the note stays). */
export function withoutMissingPhotos(boards: readonly Board[], present: ReadonlySet<string>): Board[] {
  return boards.map((board) => {
    if (board.kind === 'ecosystem') return board;
    if (board.content.notes.every((n) => n.photoId === null || present.has(n.photoId))) return board;
    const drop = <N extends { photoId: string | null }>(n: N): N =>
      n.photoId === null || present.has(n.photoId) ? n : { ...n, photoId: null };
    // Canvas and journey notes both keep their kind's fields; only photoId changes.
    return { ...board, content: { ...board.content, notes: board.content.notes.map(drop) } } as Board;
  });
}
