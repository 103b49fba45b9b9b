import { newId, nowIso, type Attachment } from '../../shared/model';
import type { AttachmentRow, KarttaDB } from './db';
import { fromBase64, toBase64 } from './base64';

export async function addAttachment(
  db: KarttaDB,
  projectId: string,
  image: { blob: Blob; mimeType: AttachmentRow['mimeType']; width: number; height: number },
): Promise<string> {
  const id = newId();
  await db.attachments.add({ id, projectId, ...image, alt: '', createdAt: nowIso() });
  return id;
}

export async function setAttachmentAlt(db: KarttaDB, id: string, alt: string): Promise<void> {
  await db.attachments.update(id, { alt: alt.slice(0, 1000) });
}

async function asSnapshotImage(r: AttachmentRow): Promise<Attachment> {
  return {
    id: r.id,
    mimeType: r.mimeType,
    width: r.width,
    height: r.height,
    alt: r.alt,
    data: toBase64(new Uint8Array(await r.blob.arrayBuffer())),
  };
}

/** The project's images as they go into a snapshot (base64, for the .kartta file). */
export async function attachmentsForSnapshot(db: KarttaDB, projectId: string): Promise<Attachment[]> {
  return Promise.all((await db.attachments.where('projectId').equals(projectId).toArray()).map(asSnapshotImage));
}

/**
 * The images with these ids, whichever project stored them (a note pasted from another project
 * keeps its photo there), as they go into a snapshot; ids with no image are left out.
 */
export async function attachmentsByIds(db: KarttaDB, ids: Iterable<string>): Promise<Attachment[]> {
  const rows = await db.attachments.bulkGet([...ids]);
  return Promise.all(rows.filter((r) => r !== undefined).map(asSnapshotImage));
}

/** Rows for a snapshot's attachments (already validated by the schema), under the given ids. */
export function attachmentRows(
  projectId: string,
  attachments: readonly Attachment[],
  idOf: (id: string) => string,
): AttachmentRow[] {
  const now = nowIso();
  return attachments.map((a) => ({
    id: idOf(a.id),
    projectId,
    mimeType: a.mimeType,
    width: a.width,
    height: a.height,
    alt: a.alt,
    blob: new Blob([fromBase64(a.data) as Uint8Array<ArrayBuffer>], { type: a.mimeType }),
    createdAt: now,
  }));
}

/**
 * Notes pasted from another project point at that project's images. Each such photo is copied
 * into this project (its files then carry it, and purging the other project leaves it here); a
 * photo no longer stored is taken off the note.
 */
export async function adoptPhotos<N extends { photoId: string | null }>(
  db: KarttaDB,
  projectId: string,
  notes: readonly N[],
): Promise<N[]> {
  const copies = new Map<string, string | null>();
  for (const note of notes) {
    if (note.photoId === null || copies.has(note.photoId)) continue;
    const row = await db.attachments.get(note.photoId);
    if (!row) copies.set(note.photoId, null);
    else if (row.projectId === projectId) copies.set(note.photoId, row.id);
    else {
      const id = newId();
      await db.attachments.add({ ...row, id, projectId, createdAt: nowIso(), unusedSince: undefined });
      copies.set(note.photoId, id);
    }
  }
  return notes.map((n) => (n.photoId === null ? n : { ...n, photoId: copies.get(n.photoId) ?? null }));
}
