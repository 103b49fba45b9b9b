import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed outputs of scripts/build-icons.mjs, read as the OS would: sizes and containers.
const build = (name: string) => readFileSync(resolve(__dirname, '../../resources/build', name));

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function icoSizes(ico: Buffer): number[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  const sizes: number[] = [];
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const at = 6 + 16 * i;
    const offset = ico.readUInt32LE(at + 12);
    expect(offset + ico.readUInt32LE(at + 8)).toBeLessThanOrEqual(ico.length);
    sizes.push(ico.readUInt8(at) || 256);
  }
  return sizes;
}

function icnsTypes(icns: Buffer): Map<string, number> {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const types = new Map<string, number>();
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    types.set(icns.toString('latin1', at, at + 4), pngSize(icns.subarray(at + 8)).width);
  }
  return types;
}

describe('icons in resources/build', () => {
  it('has a 1024 px app icon and the Linux sizes up to 512 px', () => {
    expect(pngSize(build('icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(build(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('has Windows .ico files with 16 to 256 px', () => {
    for (const name of ['icon.ico', 'kartta-file.ico']) {
      expect(icoSizes(build(name))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    }
  });

  it('has macOS .icns files up to 1024 px', () => {
    for (const name of ['icon.icns', 'kartta-file.icns']) {
      const types = icnsTypes(build(name));
      expect(types.get('ic10')).toBe(1024);
      expect(types.get('ic07')).toBe(128);
    }
  });
});
