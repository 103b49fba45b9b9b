// Writers for the two icon containers electron-builder wants, so no icon tool is needed beyond a
// browser that rasterises the SVG. Both follow the formats as the OS reads them today.

/** macOS: PNG payloads under the type codes for 32 px and up (Finder scales 16 px from ic11). */
const icnsTypes = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];
export const ICNS_SIZES = [...new Set(icnsTypes.map(([, size]) => size))];

/**
 * @param {Map<number, Buffer>} pngBySize
 * @returns {Buffer}
 */
export function writeIcns(pngBySize) {
  const chunks = icnsTypes.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`icns: no ${size} px PNG`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

/** Windows: classic 32-bit bitmaps for the small sizes (every Windows and NSIS reads them), PNG for 256. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/**
 * A 32-bit BGRA DIB with its AND mask, rows bottom-up, as an .ico entry stores it.
 * @param {number} size
 * @param {Uint8Array} rgba size*size*4 bytes, rows top-down
 */
function dibEntry(size, rgba) {
  const header = Buffer.alloc(40);
  const maskRow = Math.ceil(size / 32) * 4;
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows plus mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const src = (y * size + x) * 4;
      const dst = (row * size + x) * 4;
      pixels[dst] = rgba[src + 2];
      pixels[dst + 1] = rgba[src + 1];
      pixels[dst + 2] = rgba[src];
      pixels[dst + 3] = rgba[src + 3];
      if (rgba[src + 3] === 0) mask[row * maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

/**
 * @param {Map<number, { png: Buffer, rgba: Uint8Array }>} images
 * @returns {Buffer}
 */
export function writeIco(images) {
  const entries = ICO_SIZES.map((size) => {
    const image = images.get(size);
    if (!image) throw new Error(`ico: no ${size} px image`);
    return { size, data: size >= 256 ? image.png : dibEntry(size, image.rgba) };
  });
  const head = Buffer.alloc(6 + 16 * entries.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(entries.length, 4);
  let offset = head.length;
  entries.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    head.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    head.writeUInt8(size >= 256 ? 0 : size, at + 1);
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(data.length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...entries.map((e) => e.data)]);
}
