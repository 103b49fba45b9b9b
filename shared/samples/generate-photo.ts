// Small, valid PNG "photos" for generated projects, made in plain TypeScript: shared/ has no DOM
// canvas and no Node zlib. The pixels look like a photo of a wall with sticky notes (a tinted
// background, a few coloured rectangles, some noise), so an image decoder and the report see a
// real image. Compression is zlib "stored" blocks: valid PNG, no deflate implementation needed,
// and the bytes weigh about what a small re-encoded photo does.
import type { Attachment } from '../model';
import type { Rng } from './random';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];

function chunk(type: string, data: Uint8Array): number[] {
  const typed = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i++) typed[i] = type.charCodeAt(i);
  typed.set(data, 4);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/** A zlib stream of stored (uncompressed) deflate blocks, at most 65,535 bytes each. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const out = new Uint8Array(2 + blocks * 5 + raw.length + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535));
    const len = part.length;
    out.set([i === blocks - 1 ? 1 : 0, len & 0xff, len >>> 8, ~len & 0xff, (~len >>> 8) & 0xff], at);
    out.set(part, at + 5);
    at += 5 + len;
  }
  out.set(u32(adler32(raw)), at);
  return out;
}

/** An RGB PNG of the given pixels (3 bytes per pixel, rows top to bottom). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    // Filter type 0 (none) in front of each row.
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1);
  }
  const header = new Uint8Array([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    parts.push(
      (BASE64[(n >>> 18) & 63] as string) +
        (BASE64[(n >>> 12) & 63] as string) +
        (b === undefined ? '=' : (BASE64[(n >>> 6) & 63] as string)) +
        (c === undefined ? '=' : (BASE64[n & 63] as string)),
    );
  }
  return parts.join('');
}

const NOTE_TINTS: readonly (readonly [number, number, number])[] = [
  [250, 226, 110],
  [255, 183, 120],
  [250, 160, 190],
  [140, 200, 240],
  [160, 220, 150],
];

/** Pixels of a wall with a few sticky notes on it, drawn from the rng. */
function stickyNoteWall(width: number, height: number, rng: Rng): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  const wall = [rng.int(200, 240), rng.int(200, 235), rng.int(190, 225)] as const;
  const notes = Array.from({ length: rng.int(3, 7) }, () => {
    const w = rng.int(Math.floor(width / 6), Math.floor(width / 3));
    const h = rng.int(Math.floor(height / 6), Math.floor(height / 3));
    return { x: rng.int(0, width - w), y: rng.int(0, height - h), w, h, tint: rng.pick(NOTE_TINTS) };
  });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const note = notes.find((n) => x >= n.x && x < n.x + n.w && y >= n.y && y < n.y + n.h);
      const base = note?.tint ?? wall;
      // A light vertical shading and per-pixel noise, as a phone camera gives.
      const shade = 1 - (0.15 * y) / height;
      const at = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        rgb[at + c] = Math.max(0, Math.min(255, Math.round((base[c] as number) * shade + rng.int(-6, 6))));
      }
    }
  }
  return rgb;
}

/** A photo attachment of a wall of sticky notes, `width` × `height` pixels, as the file stores it. */
export function generatePhoto(id: string, width: number, height: number, rng: Rng, alt: string): Attachment {
  const png = encodePng(width, height, stickyNoteWall(width, height, rng));
  return { id, mimeType: 'image/png', width, height, alt, data: toBase64(png) };
}
