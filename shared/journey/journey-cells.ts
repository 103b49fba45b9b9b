import type { JourneyContent, JourneyNote, Touchpoint } from '../model/boards/journey';

/** The key of a stage × lane cell (ids cannot hold a NUL character, so keys never collide). */
export const journeyCellKey = (stageId: string, laneId: string) => `${stageId}\u0000${laneId}`;

/**
 * Notes, scores and touchpoints by cell; each cell's notes in their stored order, then by id, so
 * the editor, the exported picture and the report show them the same on every reload.
 */
export function journeyCells(content: JourneyContent) {
  const notes = new Map<string, JourneyNote[]>();
  for (const note of content.notes) {
    const key = journeyCellKey(note.stageId, note.laneId);
    notes.set(key, [...(notes.get(key) ?? []), note]);
  }
  for (const list of notes.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    notes,
    scores: new Map(content.scores.map((s) => [journeyCellKey(s.stageId, s.laneId), s.score])),
    touchpoints: new Map<string, Touchpoint>(content.touchpoints.map((t) => [journeyCellKey(t.stageId, t.laneId), t])),
  };
}
export type JourneyCells = ReturnType<typeof journeyCells>;
