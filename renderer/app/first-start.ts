import { restore } from '../../shared/model';
import type { KarttaDB } from '../store/db';
import type { Platform } from '../platform';
import { importSnapshot } from '../store/snapshot-io';

/**
 * On the very first start (a marker the platform keeps, not "the database is empty") the sample
 * project is added, so a new user sees what Kartta is for. An empty database on a later start
 * means the user deleted everything, or storage was reset: the sample does not come back.
 */
export async function seedOnFirstStart(db: KarttaDB, platform: Platform): Promise<void> {
  if (!(await platform.isFirstStart())) return;
  if ((await db.projects.count()) === 0) {
    // Loaded only here: a quarter of a megabyte the app needs once, not at every start.
    const { default: sampleText } = await import('../../resources/samples/digital-building-permit.kartta?raw');
    const result = restore(sampleText);
    // The sample is rebuilt and validated by a unit test; failing here is a build error.
    if (!result.ok) throw new Error(`the bundled sample project is invalid: ${JSON.stringify(result.error)}`);
    await importSnapshot(db, result.file.snapshot);
  }
  await platform.markStarted();
}
