import type { KarttaDB } from './db';
import { listBoards } from './boards-repo';
import { readBoard } from './snapshot-io';

/** What a journey's persona can be linked to: the project's persona canvases and map actors. */
export interface PersonaCandidates {
  personas: { boardId: string; name: string }[];
  maps: { boardId: string; title: string; actors: { id: string; name: string }[] }[];
}

/**
 * Reads the project's persona canvases (made from the persona template) and ecosystem maps.
 * Journeys are skipped, so the journey being edited (whose document the editor holds) is never
 * loaded and released under it.
 */
export async function listPersonaCandidates(db: KarttaDB, projectId: string): Promise<PersonaCandidates> {
  const result: PersonaCandidates = { personas: [], maps: [] };
  const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  for (const row of await listBoards(db, projectId)) {
    if (row.kind === 'journey') continue;
    const board = await readBoard(row);
    if (board.kind === 'canvas' && board.content.templateId === 'persona') {
      result.personas.push({ boardId: board.id, name: board.title });
    } else if (board.kind === 'ecosystem' && board.content.actors.length > 0) {
      const actors = board.content.actors
        .map((a) => ({ id: a.id, name: a.name }))
        .sort((a, b) => byName.compare(a.name, b.name));
      result.maps.push({ boardId: board.id, title: board.title, actors });
    }
  }
  return result;
}
