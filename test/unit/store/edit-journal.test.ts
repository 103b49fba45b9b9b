import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { replayJournal, saveProjectFields } from '../../../renderer/store/edit-journal';
import { createProject } from '../../../renderer/store/projects-repo';
import { MemoryStorage, dbName } from './fixtures';

// A page closed while a project write is still running: the write never commits, the journal stays.
describe('the project form’s journal', () => {
  let db: KarttaDB;
  let projectId: string;
  const key = () => `kartta.journal.project.${projectId}`;
  const row = async () => db.projects.get(projectId);
  const cutOff = () => vi.spyOn(db.projects, 'update').mockImplementationOnce(() => new Promise(() => {}) as never);

  beforeEach(async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    db = createDb(dbName('edit-journal'));
    projectId = (await createProject(db, 'Lupapalvelu')).id;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    db.close();
  });

  it('is cleared once the write is stored', async () => {
    await saveProjectFields(db, projectId, { goal: 'Lupa sujuvaksi', language: 'fi' });
    expect(localStorage.getItem(key())).toBeNull();
    expect(await row()).toMatchObject({ goal: 'Lupa sujuvaksi', language: 'fi' });
  });

  it('replays a cut-off write at the next start', async () => {
    cutOff();
    void saveProjectFields(db, projectId, { goal: 'Lupa sujuvaksi', language: 'sv' });
    expect(await replayJournal(db)).toBe(1);
    expect(await row()).toMatchObject({ goal: 'Lupa sujuvaksi', language: 'sv' });
    expect(localStorage.getItem(key())).toBeNull();
  });

  it('replays a cleared language as cleared, not as no change', async () => {
    await saveProjectFields(db, projectId, { language: 'sv' });
    cutOff();
    void saveProjectFields(db, projectId, { language: undefined });
    expect(JSON.parse(localStorage.getItem(key()) ?? '{}')).toEqual({ language: null });
    await replayJournal(db);
    const stored = await row();
    expect(stored?.title).toBe('Lupapalvelu');
    expect(stored && 'language' in stored).toBe(false);
  });

  it('never clears a field a project cannot be without, and drops a journal it cannot read', async () => {
    localStorage.setItem(key(), JSON.stringify({ title: null, goal: 'Uusi tavoite' }));
    localStorage.setItem('kartta.journal.project.gone', JSON.stringify({ goal: 'x' }));
    localStorage.setItem('kartta.journal.project.broken', '{not json');
    expect(await replayJournal(db)).toBe(1);
    expect(await row()).toMatchObject({ title: 'Lupapalvelu', goal: 'Uusi tavoite' });
    expect(localStorage.length).toBe(0);
  });
});
