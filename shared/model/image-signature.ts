// An image's first bytes say what it is: a file that claims "image/png" must start like a PNG.
// Checked in the file format itself, so every importer refuses an attachment that is not the
// image it claims to be before anything is decoded or stored (PITFALLS.md, Images).

const SIGNATURES: Record<'image/jpeg' | 'image/png', readonly number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first `count` bytes of base64 text (no padding needed that early); pure, no atob. */
export function base64Prefix(data: string, count: number): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of data) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) break;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
      if (bytes.length === count) break;
    }
  }
  return bytes;
}

/** True when base64 data starts with the signature of the image type it claims. */
export function hasImageSignature(data: string, mimeType: 'image/jpeg' | 'image/png'): boolean {
  const signature = SIGNATURES[mimeType];
  const start = base64Prefix(data, signature.length);
  return start.length === signature.length && signature.every((byte, i) => start[i] === byte);
}
