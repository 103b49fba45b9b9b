import type { ActionItem, AgendaBlock, Decision, ParkedQuestion, WorkshopSession } from '../model';

export type CaptureList = 'decisions' | 'actionItems' | 'parkedQuestions';
type CaptureOf<L extends CaptureList> = WorkshopSession[L][number];
export type SessionFields = Partial<Pick<WorkshopSession, 'title' | 'date' | 'place' | 'startTime'>>;
export type BlockFields = Partial<Omit<AgendaBlock, 'id'>>;

/**
 * Every change to a project's sessions, as data. Each is absolute (ids and target positions, never
 * "one up"), so applying one twice does no harm: the write-ahead journal may replay an edit that
 * had already been stored.
 */
export type SessionEdit =
  | { type: 'add-session'; session: WorkshopSession; index?: number }
  | { type: 'update-session'; sessionId: string; fields: SessionFields }
  | { type: 'remove-session'; sessionId: string }
  | { type: 'add-block'; sessionId: string; block: AgendaBlock; index?: number }
  | { type: 'update-block'; sessionId: string; blockId: string; fields: BlockFields }
  | { type: 'move-block'; sessionId: string; blockId: string; index: number }
  | { type: 'remove-block'; sessionId: string; blockId: string }
  /** Undo of remove-block: the block back in its place, and the items that were linked to it linked again. */
  | { type: 'restore-block'; sessionId: string; block: AgendaBlock; index: number; relink: ItemRef[] }
  | { type: 'add-item'; sessionId: string; list: 'decisions'; item: Decision }
  | { type: 'add-item'; sessionId: string; list: 'actionItems'; item: ActionItem }
  | { type: 'add-item'; sessionId: string; list: 'parkedQuestions'; item: ParkedQuestion }
  | { type: 'update-item'; sessionId: string; list: CaptureList; itemId: string; fields: ItemFields }
  | { type: 'remove-item'; sessionId: string; list: CaptureList; itemId: string };

export interface ItemRef {
  list: CaptureList;
  id: string;
}
export type ItemFields = Partial<Omit<Decision, 'id'> & Omit<ActionItem, 'id'>>;

const insertAt = <T>(list: readonly T[], item: T, index = list.length): T[] => {
  const at = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, at), item, ...list.slice(at)];
};

const mapSession = (
  sessions: readonly WorkshopSession[],
  id: string,
  change: (s: WorkshopSession) => WorkshopSession,
): WorkshopSession[] => sessions.map((s) => (s.id === id ? change(s) : s));

/** Keeps only the fields a list's items have, so an edit cannot add foreign keys to an item. */
function patchItem<L extends CaptureList>(list: L, item: CaptureOf<L>, fields: ItemFields): CaptureOf<L> {
  const next: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(fields)) if (key in item && value !== undefined) next[key] = value;
  void list;
  return next as CaptureOf<L>;
}

/** Captured items linked to a block; what removing the block unlinks. */
export function itemsOfBlock(session: WorkshopSession, blockId: string): ItemRef[] {
  return (['decisions', 'actionItems', 'parkedQuestions'] as const).flatMap((list) =>
    session[list].filter((item) => item.blockId === blockId).map((item) => ({ list, id: item.id })),
  );
}

/** The sessions after one edit. Edits naming a session, block or item that is not there change nothing. */
export function applySessionEdit(sessions: readonly WorkshopSession[], edit: SessionEdit): WorkshopSession[] {
  switch (edit.type) {
    case 'add-session':
      if (sessions.some((s) => s.id === edit.session.id)) return [...sessions];
      return insertAt(sessions, edit.session, edit.index);
    case 'update-session':
      return mapSession(sessions, edit.sessionId, (s) => ({ ...s, ...edit.fields }));
    case 'remove-session':
      return sessions.filter((s) => s.id !== edit.sessionId);
    case 'add-block':
      return mapSession(sessions, edit.sessionId, (s) =>
        s.blocks.some((b) => b.id === edit.block.id) ? s : { ...s, blocks: insertAt(s.blocks, edit.block, edit.index) },
      );
    case 'update-block':
      return mapSession(sessions, edit.sessionId, (s) => ({
        ...s,
        blocks: s.blocks.map((b) => (b.id === edit.blockId ? { ...b, ...edit.fields, id: b.id } : b)),
      }));
    case 'move-block':
      return mapSession(sessions, edit.sessionId, (s) => {
        const block = s.blocks.find((b) => b.id === edit.blockId);
        if (!block) return s;
        return {
          ...s,
          blocks: insertAt(
            s.blocks.filter((b) => b !== block),
            block,
            edit.index,
          ),
        };
      });
    case 'remove-block':
      return mapSession(sessions, edit.sessionId, (s) => {
        if (!s.blocks.some((b) => b.id === edit.blockId)) return s;
        // Items stay, no longer linked: a decision outlives the block it came up in.
        const unlink = <T extends { blockId: string | null }>(items: T[]) =>
          items.map((item) => (item.blockId === edit.blockId ? { ...item, blockId: null } : item));
        return {
          ...s,
          blocks: s.blocks.filter((b) => b.id !== edit.blockId),
          decisions: unlink(s.decisions),
          actionItems: unlink(s.actionItems),
          parkedQuestions: unlink(s.parkedQuestions),
        };
      });
    case 'restore-block':
      return mapSession(sessions, edit.sessionId, (s) => {
        if (s.blocks.some((b) => b.id === edit.block.id)) return s;
        const relink = <T extends { id: string; blockId: string | null }>(list: CaptureList, items: T[]) =>
          items.map((item) =>
            item.blockId === null && edit.relink.some((r) => r.list === list && r.id === item.id)
              ? { ...item, blockId: edit.block.id }
              : item,
          );
        return {
          ...s,
          blocks: insertAt(s.blocks, edit.block, edit.index),
          decisions: relink('decisions', s.decisions),
          actionItems: relink('actionItems', s.actionItems),
          parkedQuestions: relink('parkedQuestions', s.parkedQuestions),
        };
      });
    case 'add-item':
      return mapSession(sessions, edit.sessionId, (s) => {
        const list: readonly { id: string }[] = s[edit.list];
        if (list.some((item) => item.id === edit.item.id)) return s;
        if (edit.item.blockId !== null && !s.blocks.some((b) => b.id === edit.item.blockId)) return s;
        return { ...s, [edit.list]: [...list, edit.item] };
      });
    case 'update-item':
      return mapSession(sessions, edit.sessionId, (s) => ({
        ...s,
        [edit.list]: (s[edit.list] as CaptureOf<typeof edit.list>[]).map((item) =>
          item.id === edit.itemId ? patchItem(edit.list, item, { ...edit.fields, blockId: undefined }) : item,
        ),
      }));
    case 'remove-item':
      return mapSession(sessions, edit.sessionId, (s) => ({
        ...s,
        [edit.list]: (s[edit.list] as { id: string }[]).filter((item) => item.id !== edit.itemId),
      }));
  }
}
