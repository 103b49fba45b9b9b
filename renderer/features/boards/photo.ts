import { ATTACHMENT_LIMITS } from '../../../shared/model';

/** The longest side a stored photo keeps: enough for a photo of a paper note on a wall. */
const MAX_SIDE = 1600;
/** Refuse before decoding: a file this big is not a workshop photo (and decoding costs memory). */
const MAX_INPUT_BYTES = 40 * 1024 * 1024;
/** Decoded size limit (PITFALLS.md, Images: huge dimensions exhaust memory). */
const MAX_INPUT_PIXELS = 80_000_000;

export class PhotoError extends Error {
  constructor(readonly reason: 'not-image' | 'too-large') {
    super(reason);
  }
}

/**
 * Decodes a picked image, checks its size, and re-encodes it as a bounded JPEG: what is stored,
 * exported and later drawn into reports is always this, never the original bytes.
 */
export async function preparePhoto(
  data: Uint8Array,
): Promise<{ blob: Blob; mimeType: 'image/jpeg'; width: number; height: number }> {
  if (data.byteLength > MAX_INPUT_BYTES) throw new PhotoError('too-large');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([data as Uint8Array<ArrayBuffer>]));
  } catch {
    throw new PhotoError('not-image');
  }
  try {
    if (bitmap.width * bitmap.height > MAX_INPUT_PIXELS) throw new PhotoError('too-large');
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new PhotoError('not-image');
    context.fillStyle = '#ffffff'; // transparent PNGs become white, not black, as JPEG
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    if (blob.size > ATTACHMENT_LIMITS.maxBytes) throw new PhotoError('too-large');
    return { blob, mimeType: 'image/jpeg', width, height };
  } finally {
    bitmap.close();
  }
}
