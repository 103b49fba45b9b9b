import { BOARD_ALT_TEXT_MAX, newId, nowIso, type BoardContent, type BoardKind } from '../../shared/model';
import type { BoardRow, KarttaDB } from './db';
import { docWithContent } from './board-docs';

/** A project's live boards of every kind, each kind in its user-chosen order. */
export async function listBoards(db: KarttaDB, projectId: string): Promise<BoardRow[]> {
  const rows = await db.boards.where('projectId').equals(projectId).toArray();
  return rows.filter((b) => !b.deletedAt).sort((a, b) => a.kind.localeCompare(b.kind) || a.order - b.order);
}

export async function createBoard<K extends BoardKind>(
  db: KarttaDB,
  projectId: string,
  kind: K,
  title: string,
  content: BoardContent<K>,
): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.boards, db.projects, async () => {
    // After the last live sibling: a count would collide with orders left by deleted boards.
    const orders = (await db.boards.where({ projectId, kind }).toArray())
      .filter((b) => !b.deletedAt)
      .map((b) => b.order);
    const order = orders.length > 0 ? Math.max(...orders) + 1 : 0;
    const now = nowIso();
    // y-dexie stores the Y.Doc of an added row in this same transaction. Dexie's insert type
    // leaves Y.Doc properties out, so the row is typed as a full BoardRow first.
    const row: BoardRow = {
      id,
      projectId,
      kind,
      title,
      order,
      createdAt: now,
      updatedAt: now,
      content: docWithContent(kind, content),
    };
    await db.boards.add(row);
    await db.projects.update(projectId, { updatedAt: now });
  });
  return id;
}

export async function renameBoard(db: KarttaDB, id: string, title: string): Promise<void> {
  await touch(db, id, { title });
}

/**
 * The facilitator's own text alternative of the board's diagram, stored as typed (a space typed at
 * the end stays while typing; the snapshot trims it). Empty or null removes it, and the report
 * goes back to the generated text.
 */
export async function setBoardAltText(db: KarttaDB, id: string, text: string | null): Promise<void> {
  const altText = text?.trim() ? text.slice(0, BOARD_ALT_TEXT_MAX) : undefined;
  await touch(db, id, { altText });
}

/** Moves a board one place up (-1) or down (+1) among the live boards of its kind. */
export async function moveBoard(db: KarttaDB, id: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.boards, db.projects, async () => {
    const board = await db.boards.get(id);
    if (!board) return;
    const siblings = (await db.boards.where({ projectId: board.projectId, kind: board.kind }).toArray())
      .filter((b) => !b.deletedAt)
      .sort((a, b) => a.order - b.order);
    const from = siblings.findIndex((b) => b.id === id);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= siblings.length) return;
    const [moved] = siblings.splice(from, 1);
    siblings.splice(to, 0, moved);
    // Renumber from 0 so orders stay dense whatever deletes happened before.
    await Promise.all(siblings.map((b, order) => db.boards.update(b.id, { order })));
    await db.projects.update(board.projectId, { updatedAt: nowIso() });
  });
}

export async function deleteBoard(db: KarttaDB, id: string): Promise<void> {
  await touch(db, id, { deletedAt: nowIso() });
}

export async function restoreBoard(db: KarttaDB, id: string): Promise<void> {
  await db.transaction('rw', db.boards, async () => {
    const row = await db.boards.get(id);
    if (!row) return;
    await db.boards.update(id, { deletedAt: undefined });
  });
}

async function touch(db: KarttaDB, id: string, changes: Partial<Omit<BoardRow, 'content'>>): Promise<void> {
  await db.transaction('rw', db.boards, db.projects, async () => {
    const board = await db.boards.get(id);
    if (!board) throw new Error(`board ${id} not found`);
    const now = nowIso();
    await db.boards.update(id, { ...changes, updatedAt: now });
    await db.projects.update(board.projectId, { updatedAt: now });
  });
}
