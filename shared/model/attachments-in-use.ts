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
