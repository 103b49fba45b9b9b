// The benchmark projects (issue 10) are deterministic, valid .kartta content, and of the sizes
// docs/benchmarks.md states. Building and validating L takes well under a second.
import { describe, expect, it } from 'vitest';
import { restore, serializeKarttaFile, toKarttaFile, type ProjectSnapshot } from '../../../shared/model';
import {
  apportion,
  generateCanvasProject,
  generateProject,
  PROJECT_SIZES,
  type ProjectSize,
} from '../../../shared/samples/generate-project';
import { encodePng, toBase64 } from '../../../shared/samples/generate-photo';

const fileText = (snapshot: ProjectSnapshot) => serializeKarttaFile(toKarttaFile(snapshot, 'test', new Date(0)));

function counts(snapshot: ProjectSnapshot) {
  const maps = snapshot.boards.filter((b) => b.kind === 'ecosystem');
  return {
    boards: snapshot.boards.length,
    maps: maps.length,
    actors: maps.reduce((n, b) => n + b.content.actors.length, 0),
    relations: maps.reduce((n, b) => n + b.content.relations.length, 0),
    notes: snapshot.boards.reduce((n, b) => n + (b.kind === 'ecosystem' ? 0 : b.content.notes.length), 0),
    photos: snapshot.attachments.length,
    participants: snapshot.project.participants.length,
  };
}

describe('generateProject', () => {
  it.each(['S', 'M', 'L'] as const)('%s: the same seed gives the same file, and it restores', (size: ProjectSize) => {
    const text = fileText(generateProject(size, 7));
    expect(fileText(generateProject(size, 7))).toBe(text);
    expect(fileText(generateProject(size, 8))).not.toBe(text);
    const restored = restore(text);
    expect(restored.ok ? 'valid' : restored.error).toBe('valid');
  });

  it.each(['S', 'M', 'L'] as const)('%s has the sizes of PROJECT_SIZES', (size: ProjectSize) => {
    const spec = PROJECT_SIZES[size];
    const snapshot = generateProject(size);
    expect(counts(snapshot)).toEqual({ ...spec, maps: 1 });
    const kinds = snapshot.boards.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'canvas').length).toBe(Math.round((spec.boards - 1) * 0.6));
    expect(new Set(snapshot.boards.map((b) => b.title)).size).toBe(spec.boards);
    // Every photo hangs on exactly one note.
    const photoIds = snapshot.boards.flatMap((b): (string | null)[] =>
      b.kind === 'ecosystem' ? [] : b.content.notes.map((n) => n.photoId),
    );
    expect(photoIds.filter((id) => id !== null).sort()).toEqual(snapshot.attachments.map((a) => a.id).sort());
  });

  it('L is the size issue 10 asks for', () => {
    expect(PROJECT_SIZES.L).toMatchObject({ boards: 50, actors: 2000, relations: 4000, notes: 5000 });
    expect(PROJECT_SIZES.L.photos).toBeGreaterThan(0);
  });

  it('makes one canvas of any number of notes', () => {
    const snapshot = generateCanvasProject(1200, 3);
    expect(counts(snapshot)).toMatchObject({ boards: 1, notes: 1200 });
    expect(restore(fileText(snapshot)).ok).toBe(true);
  });
});

describe('apportion', () => {
  it('splits a total in proportion, summing exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(5000, [0.3, 1.7, 2.2, 0.9]).reduce((a, b) => a + b, 0)).toBe(5000);
  });
});

describe('encodePng', () => {
  it('writes a PNG signature, an IHDR of the given size and an IEND', () => {
    const png = encodePng(3, 2, new Uint8Array(18).fill(200));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new DataView(png.buffer).getUint32(16)).toBe(3);
    expect(new DataView(png.buffer).getUint32(20)).toBe(2);
    expect(String.fromCharCode(...png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
  });

  it('base64 matches Node', () => {
    for (const n of [0, 1, 2, 3, 100]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
