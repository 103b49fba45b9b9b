import { afterEach, describe, expect, it } from 'vitest';
import { createAutoBackup } from '../../../renderer/app/auto-backup';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { createProject, deleteProject, updateProject } from '../../../renderer/store/projects-repo';
import { markProjectTouched, touchedProjects } from '../../../renderer/store/touched-projects';
import type { Platform } from '../../../renderer/platform/platform';
import { restore } from '../../../shared/model';
import { dbName } from './fixtures';

let db: KarttaDB;
afterEach(async () => {
  await db.delete();
});

/** A desktop platform whose backups land in memory (main's side is tested in electron/backups). */
function fakePlatform(fail = false, extra: 'none' | 'written' | 'failed' = 'none') {
  const written: { projectId: string; text: string }[] = [];
  const platform = {
    kind: 'electron',
    appVersion: async () => '0.1.0-test',
    backups: {
      write: async (projectId: string, data: Uint8Array) => {
        if (fail) throw new Error('disk full');
        written.push({ projectId, text: new TextDecoder().decode(data) });
        return { extra };
      },
      list: async () => [],
      read: async () => new Uint8Array(),
    },
  } as unknown as Platform;
  return { platform, written };
}

describe('automatic backups in the renderer', () => {
  it('backs up a project edited in this session once, and again only after it changed', async () => {
    db = createDb(dbName('backup'));
    const { platform, written } = fakePlatform();
    const errors: unknown[] = [];
    const backup = createAutoBackup({ db, platform, onError: (e) => errors.push(e) });
    const project = await createProject(db, 'Kirjastopalvelut');
    await updateProject(db, project.id, { goal: 'Asiakkaat löytävät palvelut' });
    expect(touchedProjects()).toContain(project.id);

    expect(await backup.backUpChanged()).toEqual([project.id]);
    expect(written).toHaveLength(1);
    const file = restore(written[0].text);
    expect(file.ok && file.file.snapshot.project.goal).toBe('Asiakkaat löytävät palvelut');
    expect(touchedProjects()).not.toContain(project.id);

    // Touched but unchanged: no new file.
    markProjectTouched(project.id);
    expect(await backup.backUpChanged()).toEqual([]);
    await updateProject(db, project.id, { goal: 'Asiakkaat löytävät palvelut helposti' });
    expect(await backup.backUpChanged()).toEqual([project.id]);
    expect(written).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('says so when the extra backup folder could not take its copy, and counts the backup as made', async () => {
    db = createDb(dbName('backup-extra'));
    const { platform, written } = fakePlatform(false, 'failed');
    let extraFailures = 0;
    const backup = createAutoBackup({ db, platform, onError: () => {}, onExtraFailed: () => extraFailures++ });
    const project = await createProject(db, 'Kyläkoulu');
    await updateProject(db, project.id, { goal: 'Koulu jää kylään' });
    expect(await backup.backUpChanged()).toEqual([project.id]);
    expect(written).toHaveLength(1);
    expect(extraFailures).toBe(1);
  });

  it('reports a failed write and tries again next round; deleted projects are not backed up', async () => {
    db = createDb(dbName('backup-fail'));
    const failing = fakePlatform(true);
    const errors: unknown[] = [];
    const project = await createProject(db, 'Varmuuskopio');
    await updateProject(db, project.id, { goal: 'x' });
    expect(
      await createAutoBackup({ db, platform: failing.platform, onError: (e) => errors.push(e) }).backUpChanged(),
    ).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(touchedProjects()).toContain(project.id);
    await deleteProject(db, project.id);
    const working = fakePlatform();
    expect(
      await createAutoBackup({ db, platform: working.platform, onError: () => undefined }).backUpChanged(),
    ).toEqual([]);
    expect(touchedProjects()).not.toContain(project.id);
  });
});
