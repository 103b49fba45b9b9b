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

/** The project's images (or those of `only`) as they go into a snapshot (base64, for the .kartta file). */
export async function attachmentsForSnapshot(
  db: KarttaDB,
  projectId: string,
  only?: ReadonlySet<string>,
): Promise<Attachment[]> {
  const all = await db.attachments.where('projectId').equals(projectId).toArray();
  const rows = only ? all.filter((r) => only.has(r.id)) : all;
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      mimeType: r.mimeType,
      width: r.width,
      height: r.height,
      alt: r.alt,
      data: toBase64(new Uint8Array(await r.blob.arrayBuffer())),
    })),
  );
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
