import { describe, expect, it } from 'vitest';
import { base64Prefix, hasImageSignature } from '../../shared/model/image-signature';
import { restore, serializeKarttaFile, toKarttaFile } from '../../shared/model';
import { smallSnapshot } from './store/fixtures';

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 16];

describe('image signatures', () => {
  it('reads the first bytes of base64 text', () => {
    expect(base64Prefix(b64(PNG), 8)).toEqual(PNG.slice(0, 8));
    expect(base64Prefix(b64([1, 2]), 8)).toEqual([1, 2]);
    expect(base64Prefix('', 3)).toEqual([]);
  });

  it('knows a PNG from a JPEG from anything else', () => {
    expect(hasImageSignature(b64(PNG), 'image/png')).toBe(true);
    expect(hasImageSignature(b64(JPEG), 'image/jpeg')).toBe(true);
    expect(hasImageSignature(b64(JPEG), 'image/png')).toBe(false);
    expect(hasImageSignature(b64([...new TextEncoder().encode('<svg onload=alert(1)>')]), 'image/png')).toBe(false);
    expect(hasImageSignature('', 'image/jpeg')).toBe(false);
  });

  it('a file whose "PNG" attachment holds other bytes is refused at that attachment', () => {
    const snapshot = smallSnapshot();
    snapshot.attachments = [{ id: 'photo-1', mimeType: 'image/png', width: 1, height: 1, alt: '', data: b64(JPEG) }];
    const result = restore(serializeKarttaFile(toKarttaFile(snapshot, 'test')));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind === 'invalid' && result.error.issues).toContainEqual({
      path: '$.snapshot.attachments.0.data',
      message: 'not a PNG image',
    });
  });
});
