import type * as Y from 'yjs';
import {
  channels as allChannels,
  journeyContentSchema,
  journeyNoteSchema,
  laneSchema,
  newId,
  stageSchema,
  touchpointSchema,
  type Channel,
  type JourneyContent,
  type JourneyNote,
  type Lane,
  type NoteColor,
  type TextLanguage,
} from '../../shared/model';
import {
  LOCAL,
  addItem,
  appendOrderedItem,
  moveOrderedItem,
  readContent,
  readItem,
  removeItems,
  removeOrderedItem,
  setScalar,
  updateItem,
  updateOrderedItem,
} from './board-docs';

/**
 * Typed edits of a journey's document. Each function is one user action; the editor wraps it in
 * asOneStep so it is one undo step. Every edit is validated before it is written.
 */

export function readJourney(doc: Y.Doc): JourneyContent {
  return readContent(doc, 'journey');
}

/** The key of a cell in the keyed collections scores and touchpoints (see board-docs). */
export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

function requireLane(content: JourneyContent, laneId: string, ...types: Lane['type'][]): Lane {
  const lane = content.lanes.find((l) => l.id === laneId);
  if (!lane) throw new Error(`no lane ${laneId}`);
  if (types.length > 0 && !types.includes(lane.type)) {
    throw new Error(`lane ${laneId} is a ${lane.type} lane, not ${types.join(' or ')}`);
  }
  return lane;
}

/** Lanes whose cells hold notes: notes lanes, and image lanes (a note there carries a photo). */
const NOTE_LANES: Lane['type'][] = ['notes', 'images'];

function requireStage(content: JourneyContent, stageId: string): void {
  if (!content.stages.some((s) => s.id === stageId)) throw new Error(`no stage ${stageId}`);
}

export function setPersona(doc: Y.Doc, persona: string): void {
  setScalar(doc, 'persona', laneSchema.shape.title.parse(persona));
}

/**
 * Links the journey's persona to a persona canvas or an ecosystem actor (or unlinks it with
 * null). The name shown follows the link, so the header reads right even if the board goes.
 */
export function setPersonaLink(doc: Y.Doc, link: JourneyContent['personaRef'], name?: string): void {
  const ref = journeyContentSchema.shape.personaRef.parse(link);
  doc.transact(() => {
    setScalar(doc, 'personaRef', ref);
    if (name !== undefined) setScalar(doc, 'persona', laneSchema.shape.title.parse(name));
  }, LOCAL);
}

// Stages --------------------------------------------------------------------------------------

/** Adds a stage at the end, or at an index. Returns its id. */
export function addStage(doc: Y.Doc, title: string, atIndex?: number): string {
  const stage = stageSchema.parse({ id: newId(), title });
  doc.transact(() => {
    appendOrderedItem(doc, 'stages', stage);
    if (atIndex !== undefined) moveOrderedItem(doc, 'stages', stage.id, atIndex);
  }, LOCAL);
  return stage.id;
}

export function renameStage(doc: Y.Doc, id: string, title: string): void {
  requireStage(readJourney(doc), id);
  updateOrderedItem(doc, 'stages', id, { title: stageSchema.shape.title.parse(title) });
}

/** The steps of a stage, in order; blank steps are dropped. */
export function setStageSteps(doc: Y.Doc, id: string, steps: readonly string[]): void {
  requireStage(readJourney(doc), id);
  const kept = steps.map((step) => step.trim()).filter((step) => step !== '');
  updateOrderedItem(doc, 'stages', id, { steps: stageSchema.shape.steps.parse(kept) });
}

export function moveStage(doc: Y.Doc, id: string, toIndex: number): void {
  moveOrderedItem(doc, 'stages', id, toIndex);
}

/** Removes a stage and every cell in it (notes, scores, touchpoints): no cell may point at nothing. */
export function removeStage(doc: Y.Doc, id: string): void {
  removeWithCells(doc, 'stages', id, (cell) => cell.stageId === id);
}

// Lanes ---------------------------------------------------------------------------------------

export function addLane(
  doc: Y.Doc,
  fields: { title: string; type: Lane['type']; lineBelow?: Lane['lineBelow'] },
  atIndex?: number,
): string {
  const lane = laneSchema.parse({ id: newId(), lineBelow: null, collapsed: false, ...fields });
  doc.transact(() => {
    appendOrderedItem(doc, 'lanes', lane);
    if (atIndex !== undefined) moveOrderedItem(doc, 'lanes', lane.id, atIndex);
  }, LOCAL);
  return lane.id;
}

export function renameLane(doc: Y.Doc, id: string, title: string): void {
  requireLane(readJourney(doc), id);
  updateOrderedItem(doc, 'lanes', id, { title: laneSchema.shape.title.parse(title) });
}

export function setLaneLine(doc: Y.Doc, id: string, lineBelow: Lane['lineBelow']): void {
  requireLane(readJourney(doc), id);
  updateOrderedItem(doc, 'lanes', id, { lineBelow: laneSchema.shape.lineBelow.parse(lineBelow) });
}

/** Tints a lane with a note colour, or clears the tint with null. */
export function setLaneColor(doc: Y.Doc, id: string, color: Lane['color']): void {
  requireLane(readJourney(doc), id);
  updateOrderedItem(doc, 'lanes', id, { color: laneSchema.shape.color.parse(color) });
}

/** Folds a lane to one line in the editor, or unfolds it. */
export function setLaneCollapsed(doc: Y.Doc, id: string, collapsed: boolean): void {
  updateOrderedItem(doc, 'lanes', id, { collapsed });
}

export function moveLane(doc: Y.Doc, id: string, toIndex: number): void {
  moveOrderedItem(doc, 'lanes', id, toIndex);
}

/** Removes a lane and every cell in it. */
export function removeLane(doc: Y.Doc, id: string): void {
  removeWithCells(doc, 'lanes', id, (cell) => cell.laneId === id);
}

function removeWithCells(
  doc: Y.Doc,
  collection: 'stages' | 'lanes',
  id: string,
  inIt: (cell: { stageId: string; laneId: string }) => boolean,
): void {
  const content = readJourney(doc);
  const notes = content.notes.filter(inIt).map((n) => n.id);
  const scores = content.scores.filter(inIt).map((s) => cellKey(s.stageId, s.laneId));
  const touchpoints = content.touchpoints.filter(inIt).map((s) => cellKey(s.stageId, s.laneId));
  doc.transact(() => {
    removeOrderedItem(doc, collection, id);
    if (notes.length > 0) removeItems(doc, 'notes', notes);
    if (scores.length > 0) removeItems(doc, 'scores', scores);
    if (touchpoints.length > 0) removeItems(doc, 'touchpoints', touchpoints);
  }, LOCAL);
}

// Notes ---------------------------------------------------------------------------------------

/** Adds a note to a cell of a notes lane (or a photo to a cell of an image lane). Returns its id. */
export function addJourneyNote(
  doc: Y.Doc,
  fields: { stageId: string; laneId: string; text?: string; color?: NoteColor; photoId?: string },
): string {
  const content = readJourney(doc);
  requireStage(content, fields.stageId);
  requireLane(content, fields.laneId, ...NOTE_LANES);
  const note = journeyNoteSchema.parse({
    id: newId(),
    stageId: fields.stageId,
    laneId: fields.laneId,
    text: fields.text ?? '',
    color: fields.color ?? 'yellow',
    tags: [],
    order: nextOrderIn(content, fields.stageId, fields.laneId),
    photoId: fields.photoId ?? null,
  });
  addItem(doc, 'notes', note.id, note);
  return note.id;
}

export function updateJourneyNote(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<JourneyNote, 'text' | 'color' | 'tags' | 'authorId' | 'photoId' | 'votes' | 'lang'>>,
): void {
  const current = readItem(doc, 'notes', id);
  if (!current || !journeyNoteSchema.safeParse({ ...current, ...patch }).success) {
    throw new Error(`refused an invalid change to note ${id}`);
  }
  updateItem(doc, 'notes', id, patch);
}

/** Moves a note to another cell of a lane of the same type (notes, or images). */
export function moveJourneyNote(doc: Y.Doc, id: string, to: { stageId: string; laneId: string }): void {
  const content = readJourney(doc);
  const note = content.notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  requireStage(content, to.stageId);
  requireLane(content, to.laneId, requireLane(content, note.laneId).type);
  updateItem(doc, 'notes', id, {
    stageId: to.stageId,
    laneId: to.laneId,
    order: nextOrderIn(content, to.stageId, to.laneId),
  });
}

/** After the last note of a cell: a new or moved note goes to the bottom. */
function nextOrderIn(content: JourneyContent, stageId: string, laneId: string): number {
  const inCell = content.notes.filter((n) => n.stageId === stageId && n.laneId === laneId);
  return inCell.length === 0 ? 0 : Math.min(1_000_000, Math.max(...inCell.map((n) => n.order)) + 1);
}

export function deleteJourneyNote(doc: Y.Doc, id: string): void {
  removeItems(doc, 'notes', [id]);
}

// Emotion scores ------------------------------------------------------------------------------

/** Sets the score of a stage in an emotion lane (−2..+2), or clears it with null. */
export function setScore(doc: Y.Doc, stageId: string, laneId: string, score: number | null): void {
  const content = readJourney(doc);
  requireStage(content, stageId);
  requireLane(content, laneId, 'emotion');
  if (score === null) return removeItems(doc, 'scores', [cellKey(stageId, laneId)]);
  if (!Number.isInteger(score) || score < -2 || score > 2) throw new Error(`refused emotion score ${score}`);
  addItem(doc, 'scores', cellKey(stageId, laneId), { stageId, laneId, score });
}

// Touchpoints ---------------------------------------------------------------------------------

/**
 * Sets the channels, the text and/or the text's language of a cell of a channels lane. A cell left
 * with neither channels nor text is removed, so the file holds no empty touchpoints. Channels are
 * kept in the catalogue's order. `lang: undefined` in the patch clears the language.
 */
export function setTouchpoint(
  doc: Y.Doc,
  stageId: string,
  laneId: string,
  patch: { channels?: readonly Channel[]; text?: string; lang?: TextLanguage },
): void {
  const content = readJourney(doc);
  requireStage(content, stageId);
  requireLane(content, laneId, 'channels');
  const key = cellKey(stageId, laneId);
  const current = content.touchpoints.find((t) => t.stageId === stageId && t.laneId === laneId);
  const chosen = new Set(patch.channels ?? current?.channels ?? []);
  const lang = 'lang' in patch ? patch.lang : current?.lang;
  const next = touchpointSchema.parse({
    stageId,
    laneId,
    channels: allChannels.filter((c) => chosen.has(c)),
    text: patch.text ?? current?.text ?? '',
    // Absent unless set, so a touchpoint without a language is stored as before languages.
    ...(lang === undefined ? {} : { lang }),
  });
  if (next.channels.length === 0 && next.text === '') {
    if (current) removeItems(doc, 'touchpoints', [key]);
    return;
  }
  const langChange = 'lang' in patch ? { lang: next.lang } : {};
  if (current) updateItem(doc, 'touchpoints', key, { channels: next.channels, text: next.text, ...langChange });
  else addItem(doc, 'touchpoints', key, next);
}

/** Turns one channel of a cell on or off. */
export function toggleChannel(doc: Y.Doc, stageId: string, laneId: string, channel: Channel): void {
  const current = readJourney(doc).touchpoints.find((t) => t.stageId === stageId && t.laneId === laneId);
  const on = new Set(current?.channels ?? []);
  if (on.has(channel)) on.delete(channel);
  else on.add(channel);
  setTouchpoint(doc, stageId, laneId, { channels: [...on] });
}
