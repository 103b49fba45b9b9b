import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankBlock, newSession, type SessionEdit } from '../../../shared/facilitation';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/projects-repo';
import { buildSnapshot } from '../../../renderer/store/snapshot-io';
import { editSessions } from '../../../renderer/store/sessions-repo';
import { replaySessionJournal, replaySessionJournals, saveSessionEdit } from '../../../renderer/store/sessions-journal';
import { readRunState, runKey, stepSessionRun } from '../../../renderer/store/session-run';
import { MemoryStorage, dbName } from '../store/fixtures';

let db: KarttaDB;
let projectId: string;
const sessionsNow = async () => (await db.projects.get(projectId))?.sessions ?? [];
const addSession: SessionEdit = { type: 'add-session', session: newSession('s1', 'Työpaja 1') };
const addBlock = (id: string, minutes: number): SessionEdit => ({
  type: 'add-block',
  sessionId: 's1',
  block: blankBlock(id, `Osio ${id}`, minutes),
});

beforeEach(async () => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  db = createDb(dbName('sessions'));
  projectId = (await createProject(db, 'Lupapalvelu')).id;
});
afterEach(() => {
  db.close();
  vi.unstubAllGlobals();
});

describe('sessions in storage', () => {
  it('a project made before sessions existed has none, and gets them in its snapshot', async () => {
    expect((await db.projects.get(projectId))?.sessions).toBeUndefined();
    await editSessions(db, projectId, [addSession, addBlock('a', 10)]);
    const snapshot = await buildSnapshot(db, projectId);
    expect(snapshot.project.sessions?.[0]?.blocks.map((b) => b.id)).toEqual(['a']);
  });

  it('refuses an edit that would store sessions a file could not hold', async () => {
    await editSessions(db, projectId, [addSession]);
    const tooLong: SessionEdit = { type: 'update-session', sessionId: 's1', fields: { title: 'x'.repeat(501) } };
    await expect(editSessions(db, projectId, [tooLong])).rejects.toThrow();
    expect((await sessionsNow())[0]?.title).toBe('Työpaja 1');
  });

  it('journals each edit until it is stored, and replays what a closed page left', async () => {
    await saveSessionEdit(db, projectId, addSession);
    expect(localStorage.getItem(`kartta.journal.sessions.${projectId}`)).toBeNull();
    // A page that journalled an edit and was closed before the write: the next page replays it.
    localStorage.setItem(
      `kartta.journal.sessions.${projectId}`,
      JSON.stringify([
        { token: 't1', edit: addBlock('a', 10) },
        {
          token: 't2',
          edit: { type: 'update-block', sessionId: 's1', blockId: 'a', fields: { title: 'Alkukierros' } },
        },
      ]),
    );
    expect(await replaySessionJournal(db, projectId)).toBe(2);
    expect((await sessionsNow())[0]?.blocks.map((b) => b.title)).toEqual(['Alkukierros']);
    // Replaying the same again (stored, but not yet cleared) changes nothing.
    expect(await replaySessionJournal(db, projectId)).toBe(0);
  });

  it('at start, replays every project’s journalled session edits and leaves other keys alone', async () => {
    await saveSessionEdit(db, projectId, addSession);
    localStorage.setItem(
      `kartta.journal.sessions.${projectId}`,
      JSON.stringify([{ token: 't1', edit: addBlock('a', 10) }]),
    );
    localStorage.setItem('kartta.journal.sessions.gone', JSON.stringify([{ token: 't2', edit: addBlock('b', 5) }]));
    localStorage.setItem('kartta.other', 'kept');
    expect(await replaySessionJournals(db)).toBe(1);
    expect((await sessionsNow())[0]?.blocks.map((b) => b.id)).toEqual(['a']);
    expect(localStorage.getItem(`kartta.journal.sessions.${projectId}`)).toBeNull();
    expect(localStorage.getItem('kartta.journal.sessions.gone')).toBeNull();
    expect(localStorage.getItem('kartta.other')).toBe('kept');
    localStorage.removeItem('kartta.other');
  });

  it('runs the timer in storage and keeps each block’s real duration when moving on', async () => {
    await editSessions(db, projectId, [addSession, addBlock('a', 10), addBlock('b', 5)]);
    const t0 = Date.parse('2026-03-10T09:00:00Z');
    await stepSessionRun(db, projectId, 's1', { type: 'start', now: t0 });
    await stepSessionRun(db, projectId, 's1', { type: 'next', now: t0 + 12 * 60_000 });
    expect(await readRunState(db, projectId, 's1')).toMatchObject({ blockId: 'b', status: 'running' });
    expect((await sessionsNow())[0]?.blocks[0]?.actual).toEqual({ seconds: 720, endedAt: '2026-03-10T09:12:00.000Z' });
    // A garbled stored state reads as a timer not yet started.
    await db.meta.put({ key: runKey(projectId, 's1'), value: { status: 'flying' } });
    expect((await readRunState(db, projectId, 's1')).status).toBe('idle');
  });
});
