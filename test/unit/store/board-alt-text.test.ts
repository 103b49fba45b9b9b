// A board's own text alternative (issue 12): written as typed, read trimmed into the snapshot,
// kept by a project copy and by a file round trip, removed by "Use the generated text"; and the
// report's remembered logo.
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import { renameBoard, setBoardAltText } from '../../../renderer/store/boards-repo';
import { buildSnapshot, duplicateProject, importSnapshot } from '../../../renderer/store/snapshot-io';
import { BOARD_ALT_TEXT_MAX, restore, serializeKarttaFile, toKarttaFile } from '../../../shared/model';
import { readReportLogo, rememberReportLogo } from '../../../renderer/store/report-logo';
import { dbName, smallSnapshot } from './fixtures';

let db: KarttaDB | undefined;
const open = () => (db = createDb(dbName('alt-text')));
afterEach(async () => {
  await db?.delete();
});

const altOf = async (db: KarttaDB, projectId: string, boardTitle: string) =>
  (await buildSnapshot(db, projectId)).boards.find((b) => b.title === boardTitle)?.altText;

describe('a board’s own text alternative', () => {
  it('is stored as typed, read trimmed, and cleared by null or blank text', async () => {
    const db = open();
    await importSnapshot(db, smallSnapshot());
    expect(await altOf(db, 'p1', 'Empatiakartta')).toBeUndefined();
    // Typing a word and then a space: the space stays in the row while typing.
    await setBoardAltText(db, 'b-canvas', 'Empatiakartta, jossa ');
    expect((await db.boards.get('b-canvas'))?.altText).toBe('Empatiakartta, jossa ');
    expect(await altOf(db, 'p1', 'Empatiakartta')).toBe('Empatiakartta, jossa');
    await setBoardAltText(db, 'b-canvas', '   \n ');
    expect(await db.boards.get('b-canvas')).not.toHaveProperty('altText');
    await setBoardAltText(db, 'b-canvas', 'Oma kuvaus');
    await setBoardAltText(db, 'b-canvas', null);
    expect(await altOf(db, 'p1', 'Empatiakartta')).toBeUndefined();
  });

  it('never stores more than the file format allows', async () => {
    const db = open();
    await importSnapshot(db, smallSnapshot());
    await setBoardAltText(db, 'b-canvas', 'x'.repeat(BOARD_ALT_TEXT_MAX + 50));
    expect((await db.boards.get('b-canvas'))?.altText).toHaveLength(BOARD_ALT_TEXT_MAX);
  });

  it('marks the project changed, and refuses a missing board the way a rename does', async () => {
    const db = open();
    await importSnapshot(db, smallSnapshot());
    const before = (await db.projects.get('p1'))?.updatedAt ?? '';
    await setBoardAltText(db, 'b-canvas', 'Oma kuvaus');
    expect((await db.projects.get('p1'))?.updatedAt ?? '').not.toBe(before);
    await expect(renameBoard(db, 'missing', 'x')).rejects.toThrow(/not found/);
    await expect(setBoardAltText(db, 'missing', 'x')).rejects.toThrow(/not found/);
  });

  it('is kept by a duplicated project and by a .kartta file written and opened again', async () => {
    const db = open();
    await importSnapshot(db, smallSnapshot());
    await setBoardAltText(db, 'b-canvas', '  Kuusi muistilappua neljässä osiossa.  ');
    const copy = await duplicateProject(db, 'p1', 'Kopio');
    expect(await altOf(db, copy.id, 'Empatiakartta')).toBe('Kuusi muistilappua neljässä osiossa.');
    // The others still have none.
    const boards = (await buildSnapshot(db, copy.id)).boards;
    expect(boards.filter((b) => 'altText' in b).map((b) => b.kind)).toEqual(['canvas']);

    const text = serializeKarttaFile(toKarttaFile(await buildSnapshot(db, 'p1'), '0.0.0', new Date(0)));
    const restored = restore(text);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const other = createDb(dbName('alt-text-file'));
    try {
      const opened = await importSnapshot(other, restored.file.snapshot, { asCopy: true });
      expect(await altOf(other, opened.id, 'Empatiakartta')).toBe('Kuusi muistilappua neljässä osiossa.');
    } finally {
      await other.delete();
    }
  });
});

describe('the report’s logo, remembered per project on this machine', () => {
  it('is read back for the same project only, and forgotten when removed', async () => {
    const db = open();
    expect(await readReportLogo(db, 'p1')).toBeNull();
    await rememberReportLogo(db, 'p1', 'logo-1');
    expect(await readReportLogo(db, 'p1')).toBe('logo-1');
    expect(await readReportLogo(db, 'p2')).toBeNull();
    await rememberReportLogo(db, 'p1', null);
    expect(await readReportLogo(db, 'p1')).toBeNull();
    // Anything else under the key (a hand-edited database) is no logo.
    await db.meta.put({ key: 'report.logo.p1', value: 42 });
    expect(await readReportLogo(db, 'p1')).toBeNull();
  });
});
