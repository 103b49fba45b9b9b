// Images no board shows any more: left out of files and copies at once, deleted from the
// database after a month unused (the photo of a participant taken off a note must not travel).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieYProvider } from 'y-dexie';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { deleteBoard } from '../../../renderer/store/boards-repo';
import { updateNote } from '../../../renderer/store/canvas-doc';
import {
  buildFileSnapshot,
  buildSnapshot,
  duplicateProject,
  importSnapshot,
} from '../../../renderer/store/snapshot-io';
import { readReportLogo, rememberReportLogo } from '../../../renderer/store/report-logo';
import { adoptPhotos } from '../../../renderer/store/attachments-repo';
import { createProject, deleteProject, purgeDeletedProjects } from '../../../renderer/store/projects-repo';
import { sweepUnusedAttachments } from '../../../renderer/store/attachment-sweep';
import {
  attachmentsInUse,
  projectSnapshotSchema,
  restore,
  type Attachment,
  type ProjectSnapshot,
} from '../../../shared/model';
import type { TFunction } from 'i18next';
import { saveProjectCopy } from '../../../renderer/app/file-actions';
import { createAutoBackup } from '../../../renderer/app/auto-backup';
import type { NoticeApi } from '../../../renderer/ui/notices';
import type { Platform } from '../../../renderer/platform/platform';
import { markProjectTouched } from '../../../renderer/store/touched-projects';
import { TINY_PNG } from '../report/helpers';
import { dbName, smallSnapshot } from './fixtures';

const image = (id: string): Attachment => ({ id, mimeType: 'image/png', width: 1, height: 1, alt: id, data: TINY_PNG });

/** The small project with photos on both of its canvas notes, and a logo image. */
function withPhotos(): ProjectSnapshot {
  const snapshot = smallSnapshot();
  const canvas = snapshot.boards.find((b) => b.kind === 'canvas');
  if (canvas?.kind !== 'canvas') throw new Error('no canvas');
  canvas.content.notes = canvas.content.notes.map((n, i) => ({ ...n, photoId: `photo${i + 1}` }));
  return { ...snapshot, attachments: [image('photo1'), image('photo2'), image('logo')] };
}

let db: KarttaDB;

/** Sets a canvas note's photo as the editor does (null: "Remove photo"), and waits until it is stored. */
async function setPhoto(noteId: string, photoId: string | null) {
  const row = await db.boards.get('b-canvas');
  if (!row) throw new Error('no canvas');
  const provider = DexieYProvider.load(row.content);
  await provider.whenLoaded;
  updateNote(row.content, noteId, { photoId });
  DexieYProvider.release(row.content);
  const storedPhoto = async () => {
    const canvas = (await buildSnapshot(db, 'p1')).boards.find((b) => b.id === 'b-canvas');
    return canvas?.kind === 'canvas' ? canvas.content.notes.find((n) => n.id === noteId)?.photoId : undefined;
  };
  await vi.waitFor(async () => expect(await storedPhoto()).toBe(photoId));
}

const ids = (attachments: readonly Attachment[]) => attachments.map((a) => a.id).sort();
const stored = async () => (await db.attachments.toArray()).map((a) => a.id).sort();
const day = (n: number) => new Date(Date.parse('2026-03-01T12:00:00.000Z') + n * 86_400_000);

describe('images a project’s boards show', () => {
  it('are counted from canvas and journey notes only', () => {
    const snapshot = withPhotos();
    const journey = snapshot.boards.find((b) => b.kind === 'journey');
    if (journey?.kind !== 'journey' || !journey.content.notes[0]) throw new Error('no journey note');
    journey.content.notes[0] = { ...journey.content.notes[0], photoId: 'screenshot' };
    expect([...attachmentsInUse(snapshot.boards)].sort()).toEqual(['photo1', 'photo2', 'screenshot']);
    expect(attachmentsInUse([]).size).toBe(0);
  });
});

describe('images no board shows, in the database', () => {
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('stay out of a file, which keeps the report’s logo, and of a copy; the dialog’s snapshot still has all', async () => {
    db = createDb(dbName('unused-file'));
    await importSnapshot(db, withPhotos());
    await rememberReportLogo(db, 'p1', 'logo');
    await setPhoto('n2', null);

    expect(ids((await buildSnapshot(db, 'p1')).attachments)).toEqual(['logo', 'photo1', 'photo2']);
    expect(ids((await buildFileSnapshot(db, 'p1')).attachments)).toEqual(['logo', 'photo1']);
    // A copy starts without a report logo (it is remembered per project), so it does not take the image.
    const copy = await duplicateProject(db, 'p1', 'Kopio');
    expect((await buildSnapshot(db, copy.id)).attachments.map((a) => a.alt)).toEqual(['photo1']);

    await rememberReportLogo(db, 'p1', null);
    expect(ids((await buildFileSnapshot(db, 'p1')).attachments)).toEqual(['photo1']);
  });

  it('stay out of Save a copy and of the automatic backup', async () => {
    db = createDb(dbName('unused-files'));
    await importSnapshot(db, withPhotos());
    await setPhoto('n2', null);
    const files: string[] = [];
    const keep = (data: Uint8Array) => files.push(new TextDecoder().decode(data));
    const platform = {
      kind: 'electron',
      appVersion: async () => '0.1.0-test',
      saveFile: async ({ data }: { data: Uint8Array }) => (keep(data), { saved: true, fileName: 'x.kartta' }),
      backups: { write: async (_id: string, data: Uint8Array) => (keep(data), { extra: 'none' }) },
    } as unknown as Platform;
    const shown: string[] = [];
    const notices = { show: ({ message }: { message: string }) => void shown.push(message) } as unknown as NoticeApi;
    await saveProjectCopy({ db, platform, notices }, 'p1', ((key: string) => key) as unknown as TFunction);
    markProjectTouched('p1');
    await createAutoBackup({ db, platform, onError: (e) => shown.push(String(e)) }).backUpChanged();

    expect(shown).toEqual(['files.saved']);
    expect(files).toHaveLength(2);
    for (const text of files) {
      const file = restore(text);
      expect(file.ok && ids(file.file.snapshot.attachments)).toEqual(['photo1']);
    }
  });

  it('are marked by the daily sweep and deleted a month later; one shown again is kept', async () => {
    db = createDb(dbName('unused-sweep'));
    await importSnapshot(db, withPhotos());
    await rememberReportLogo(db, 'p1', 'logo');
    await setPhoto('n2', null);

    expect(await sweepUnusedAttachments(db, day(0))).toBe(0);
    expect((await db.attachments.get('photo2'))?.unusedSince).toBe(day(0).toISOString());
    expect((await db.attachments.get('photo1'))?.unusedSince).toBeUndefined();
    expect((await db.attachments.get('logo'))?.unusedSince).toBeUndefined();
    // At most once a day: a second sweep the same day marks nothing.
    await setPhoto('n1', null);
    expect(await sweepUnusedAttachments(db, new Date(day(0).getTime() + 3_600_000))).toBe(0);
    expect((await db.attachments.get('photo1'))?.unusedSince).toBeUndefined();
    await setPhoto('n1', 'photo1');

    // Shown again (Undo put the photo back): the mark goes.
    await setPhoto('n2', 'photo2');
    expect(await sweepUnusedAttachments(db, day(1))).toBe(0);
    expect((await db.attachments.get('photo2'))?.unusedSince).toBeUndefined();

    await setPhoto('n2', null);
    await sweepUnusedAttachments(db, day(2));
    expect(await sweepUnusedAttachments(db, day(31))).toBe(0);
    expect(await stored()).toEqual(['logo', 'photo1', 'photo2']);
    expect(await sweepUnusedAttachments(db, day(33))).toBe(1);
    expect(await stored()).toEqual(['logo', 'photo1']);
  });

  it('once a day also for deleting: a second sweep that day deletes nothing more', async () => {
    db = createDb(dbName('unused-once'));
    await importSnapshot(db, withPhotos());
    await sweepUnusedAttachments(db, day(0)); // marks the logo, which no report remembers
    await setPhoto('n2', null);
    await sweepUnusedAttachments(db, day(2)); // marks photo2
    const hours = (d: number, h: number) => new Date(day(d).getTime() + h * 3_600_000);
    expect(await sweepUnusedAttachments(db, hours(32, -1))).toBe(1); // the logo is due, photo2 not yet
    // photo2 is due an hour later, but the last sweep was only two hours ago.
    expect(await sweepUnusedAttachments(db, hours(32, 1))).toBe(0);
    expect(await stored()).toEqual(['photo1', 'photo2']);
    expect(await sweepUnusedAttachments(db, day(33))).toBe(1);
    expect(await stored()).toEqual(['photo1']);
  });

  it('are not deleted on a day a board cannot be read (it may show them), and the sweep counts as done', async () => {
    db = createDb(dbName('unused-unreadable'));
    await importSnapshot(db, withPhotos());
    await setPhoto('n2', null);
    await sweepUnusedAttachments(db, day(0));
    const broken = vi.spyOn(DexieYProvider, 'load').mockImplementationOnce(() => {
      throw new Error('damaged document');
    });
    expect(await sweepUnusedAttachments(db, day(40))).toBe(0);
    expect(broken).toHaveBeenCalled();
    broken.mockRestore();
    expect(await stored()).toEqual(['logo', 'photo1', 'photo2']);
    // Not retried the same day; the next day, with every board read, they go.
    expect(await sweepUnusedAttachments(db, new Date(day(40).getTime() + 3_600_000))).toBe(0);
    expect(await sweepUnusedAttachments(db, day(41))).toBe(2);
    expect(await stored()).toEqual(['photo1']);
  });

  it('stop at the user’s input without writing anything, and sweep again at the next pause', async () => {
    db = createDb(dbName('unused-interrupted'));
    await importSnapshot(db, withPhotos());
    await setPhoto('n2', null);
    expect(await sweepUnusedAttachments(db, day(0), { interrupted: () => true })).toBe(0);
    expect((await db.attachments.get('photo2'))?.unusedSince).toBeUndefined();
    // Not counted as the day's sweep: the next one, an hour later, marks.
    await sweepUnusedAttachments(db, new Date(day(0).getTime() + 3_600_000));
    expect((await db.attachments.get('photo2'))?.unusedSince).toBeDefined();
  });

  it('a file made after an image went loses the note’s reference to it, and still opens', async () => {
    db = createDb(dbName('unused-dangling'));
    await importSnapshot(db, withPhotos());
    await db.attachments.delete('photo2');
    const snapshot = await buildFileSnapshot(db, 'p1');
    const canvas = snapshot.boards.find((b) => b.kind === 'canvas');
    expect(canvas?.kind === 'canvas' && canvas.content.notes.map((n) => n.photoId)).toEqual(['photo1', null]);
    expect(projectSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('notes pasted from another project bring a copy of their photo; a gone one is taken off', async () => {
    db = createDb(dbName('unused-paste'));
    await importSnapshot(db, withPhotos());
    const other = await createProject(db, 'Toinen');
    const pasted = await adoptPhotos(db, other.id, [
      { id: 'a', photoId: 'photo1' },
      { id: 'b', photoId: 'photo1' },
      { id: 'c', photoId: 'gone' },
      { id: 'd', photoId: null },
    ]);
    const copyId = pasted[0]?.photoId;
    expect(copyId).not.toBe('photo1');
    expect(pasted.map((n) => n.photoId)).toEqual([copyId, copyId, null, null]);
    expect((await db.attachments.get(copyId ?? ''))?.projectId).toBe(other.id);
    // Within the same project nothing is copied.
    expect(await adoptPhotos(db, 'p1', [{ photoId: 'photo2' }])).toEqual([{ photoId: 'photo2' }]);
    expect(await db.attachments.count()).toBe(4);
  });

  it('a purged project takes its remembered report logo with it', async () => {
    db = createDb(dbName('unused-purge'));
    await importSnapshot(db, withPhotos());
    await rememberReportLogo(db, 'p1', 'logo');
    await deleteProject(db, 'p1');
    expect(await purgeDeletedProjects(db, 0, new Date(Date.now() + 1000))).toBe(1);
    expect(await readReportLogo(db, 'p1')).toBeNull();
    expect(await db.attachments.count()).toBe(0);
  });

  it('do not include those of a deleted board, which can still be restored', async () => {
    db = createDb(dbName('unused-deleted-board'));
    await importSnapshot(db, withPhotos());
    await deleteBoard(db, 'b-canvas');
    await sweepUnusedAttachments(db, day(0));
    expect(await sweepUnusedAttachments(db, day(40))).toBe(1);
    // Only the logo, which no report remembers, went.
    expect(await stored()).toEqual(['photo1', 'photo2']);
  });
});
