import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieYProvider, compressYDocs } from 'y-dexie';
import { maintainWhenIdle } from '../../../renderer/store/maintain-when-idle';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/projects-repo';
import { createBoard } from '../../../renderer/store/boards-repo';
import { readCanvas, addNoteToSection } from '../../../renderer/store/canvas-doc';
import { emptyCanvas } from '../../../shared/model';
import { dbName } from './fixtures';

describe('merging stored board updates when the user pauses', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a pause in input, then merges every five minutes', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const work = vi.fn(() => Promise.resolve());
    const db = { isOpen: () => true } as unknown as KarttaDB;
    const stop = maintainWhenIdle(db, { target, work });
    await vi.advanceTimersByTimeAsync(9_000);
    // A drag going on around the first due time: not now.
    target.dispatchEvent(new Event('pointermove'));
    await vi.advanceTimersByTimeAsync(1_500);
    target.dispatchEvent(new Event('pointermove'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(work).toHaveBeenCalledTimes(1);
    expect(work).toHaveBeenCalledWith(db, 300_000, expect.any(Function));
    // The work is told once the user is back (the sweep stops there).
    const interrupted = (work.mock.calls[0] as unknown[])[2] as () => boolean;
    expect(interrupted()).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    target.dispatchEvent(new Event('keydown'));
    expect(interrupted()).toBe(true);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(work).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(900_000);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('the database, opened with y-dexie’s own timer off, still merges a board’s updates into one, content kept', async () => {
    const db = createDb(dbName('compress'));
    try {
      const project = await createProject(db, 'Tiivistys');
      const section = { id: 's', title: 'Osio', prompt: '', x: 0, y: 0, width: 400, height: 300 };
      const boardId = await createBoard(db, project.id, 'canvas', 'Kanvaasi', {
        ...emptyCanvas(),
        sections: [section],
      });
      const row = await db.boards.get(boardId);
      if (!row) throw new Error('no board');
      const provider = DexieYProvider.load(row.content);
      await provider.whenLoaded;
      for (let i = 0; i < 5; i++) addNoteToSection(row.content, 's');
      const updates = db.table('$boards.content_updates');
      await vi.waitFor(async () => expect(await updates.where({ k: boardId }).count()).toBeGreaterThan(5));
      const before = readCanvas(row.content);
      DexieYProvider.release(row.content);

      await compressYDocs(db);
      expect(await updates.where({ k: boardId }).count()).toBe(1);
      const again = await db.boards.get(boardId);
      if (!again) throw new Error('no board');
      const reloaded = DexieYProvider.load(again.content);
      await reloaded.whenLoaded;
      expect(readCanvas(again.content)).toEqual(before);
      DexieYProvider.release(again.content);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
