import type { ProjectSnapshot } from '../../shared/model';
import { fromBase64 } from './base64';

/**
 * Attachments of a file that cannot be shown: bytes that start like an image but do not decode,
 * or an image of another size than the file says. The file format checks what it can without
 * decoding (shared/model/image-signature.ts); this decodes, in the page, before anything is
 * written, so a broken photo never reaches the database or a report.
 */
export async function brokenAttachments(
  snapshot: ProjectSnapshot,
): Promise<{ path: string; problem: 'not-image' | 'wrong-size' }[]> {
  const broken: { path: string; problem: 'not-image' | 'wrong-size' }[] = [];
  // One at a time: each decoded image is held in memory only while it is checked.
  for (const [index, attachment] of snapshot.attachments.entries()) {
    const path = `$.snapshot.attachments.${index}.data`;
    try {
      const blob = new Blob([fromBase64(attachment.data) as Uint8Array<ArrayBuffer>], { type: attachment.mimeType });
      const bitmap = await createImageBitmap(blob);
      const sameSize = bitmap.width === attachment.width && bitmap.height === attachment.height;
      bitmap.close();
      if (!sameSize) broken.push({ path, problem: 'wrong-size' });
    } catch {
      broken.push({ path, problem: 'not-image' });
    }
  }
  return broken;
}
