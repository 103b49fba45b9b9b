import { describe, expect, it } from 'vitest';
import { applySessionEdit, itemsOfBlock, newSession, type SessionEdit } from '../../../shared/facilitation';
import { sessionProblems, type WorkshopSession } from '../../../shared/model';
import { block, session } from './helpers';

const start = (): WorkshopSession[] => [
  {
    ...session([block('a', 10), block('b', 20), block('c', 30)]),
    decisions: [{ id: 'd1', blockId: 'b', text: 'Ohjeet selkokielelle' }],
    actionItems: [{ id: 'x1', blockId: 'b', what: 'Luonnos ohjeesta', who: 'Aino', due: '2026-04-01' }],
  },
];
const apply = (sessions: WorkshopSession[], ...edits: SessionEdit[]) => edits.reduce(applySessionEdit, sessions);
const blockIds = (sessions: WorkshopSession[]) => sessions[0]?.blocks.map((b) => b.id);

describe('session edits', () => {
  it('moves a block to a position, and moving again to the same place changes nothing', () => {
    const move: SessionEdit = { type: 'move-block', sessionId: 's1', blockId: 'c', index: 0 };
    expect(blockIds(apply(start(), move))).toEqual(['c', 'a', 'b']);
    expect(blockIds(apply(start(), move, move))).toEqual(['c', 'a', 'b']);
    expect(blockIds(apply(start(), { ...move, index: 99 }))).toEqual(['a', 'b', 'c']);
  });

  it('removing a block keeps its items unlinked, and restoring links them again in its place', () => {
    const removed = apply(start(), { type: 'remove-block', sessionId: 's1', blockId: 'b' });
    expect(blockIds(removed)).toEqual(['a', 'c']);
    expect(removed[0]?.decisions[0]?.blockId).toBeNull();
    expect(sessionProblems(removed)).toEqual([]);
    const original = start()[0] as WorkshopSession;
    const restored = apply(removed, {
      type: 'restore-block',
      sessionId: 's1',
      block: original.blocks[1] as WorkshopSession['blocks'][number],
      index: 1,
      relink: itemsOfBlock(original, 'b'),
    });
    expect(restored).toEqual(start());
  });

  it('adds blocks, sessions and items once even when replayed', () => {
    const edits: SessionEdit[] = [
      { type: 'add-block', sessionId: 's1', block: block('d', 5), index: 1 },
      { type: 'add-session', session: newSession('s2', 'Työpaja 2') },
      { type: 'add-item', sessionId: 's1', list: 'parkedQuestions', item: { id: 'q1', blockId: 'a', text: 'Kuka?' } },
    ];
    const once = apply(start(), ...edits);
    expect(apply(once, ...edits)).toEqual(once);
    expect(blockIds(once)).toEqual(['a', 'd', 'b', 'c']);
    expect(once.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(once[0]?.parkedQuestions).toHaveLength(1);
  });

  it('never links an item to a block its session does not have', () => {
    const next = apply(start(), {
      type: 'add-item',
      sessionId: 's1',
      list: 'decisions',
      item: { id: 'd2', blockId: 'nope', text: '?' },
    });
    expect(next[0]?.decisions).toHaveLength(1);
  });

  it('updates fields of sessions, blocks and items without touching ids or links', () => {
    const next = apply(
      start(),
      { type: 'update-session', sessionId: 's1', fields: { place: 'Valtuustosali' } },
      { type: 'update-block', sessionId: 's1', blockId: 'a', fields: { minutes: 25, lead: 'Riikka' } },
      { type: 'update-item', sessionId: 's1', list: 'actionItems', itemId: 'x1', fields: { who: 'Oskari' } },
      { type: 'update-item', sessionId: 's1', list: 'decisions', itemId: 'd1', fields: { who: 'nobody' } },
    );
    expect(next[0]?.place).toBe('Valtuustosali');
    expect(next[0]?.blocks[0]).toMatchObject({ id: 'a', minutes: 25, lead: 'Riikka' });
    expect(next[0]?.actionItems[0]).toMatchObject({ who: 'Oskari', blockId: 'b' });
    // A decision has no "who": the edit cannot give it one.
    expect(next[0]?.decisions[0]).toEqual({ id: 'd1', blockId: 'b', text: 'Ohjeet selkokielelle' });
  });

  it('removes items and sessions; edits of things that are gone change nothing', () => {
    const next = apply(
      start(),
      { type: 'remove-item', sessionId: 's1', list: 'decisions', itemId: 'd1' },
      { type: 'update-block', sessionId: 'gone', blockId: 'a', fields: { minutes: 1 } },
      { type: 'move-block', sessionId: 's1', blockId: 'gone', index: 0 },
    );
    expect(next[0]?.decisions).toEqual([]);
    expect(blockIds(next)).toEqual(['a', 'b', 'c']);
    expect(apply(next, { type: 'remove-session', sessionId: 's1' })).toEqual([]);
  });
});
