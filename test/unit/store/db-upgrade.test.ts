import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import yDexie from 'y-dexie';
import * as Y from 'yjs';
import { createDb, titleKey as titleKeyOf } from '../../../renderer/store/db';
import { readBoard } from '../../../renderer/store/snapshot-io';
import { writeContent } from '../../../renderer/store/board-docs';
import { dbName, smallSnapshot } from './fixtures';

/** Builds a database exactly as schema version 1 left it. */
async function makeV1Database(name: string) {
  const v1 = new Dexie(name, { addons: [yDexie] });
  v1.version(1).stores({ projects: 'id, updatedAt', boards: 'id, projectId, content: Y.Doc' });
  const { project, boards } = smallSnapshot();
  await v1.table('projects').add({ ...project, title: '  Vanha Projekti ' });
  const map = boards[1];
  const doc = new Y.Doc();
  writeContent(doc, map.kind, map.content);
  await v1.table('boards').add({
    id: map.id,
    projectId: project.id,
    kind: map.kind,
    title: map.title,
    order: 0,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    content: doc,
  });
  v1.close();
}

describe('database schema upgrade', () => {
  it('upgrades a version 1 database to the current version without losing data', async () => {
    const name = dbName('upgrade');
    await makeV1Database(name);
    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.templates.count()).toBe(0);
    const project = await db.projects.get('p1');
    expect(project?.titleKey).toBe('vanha projekti');
    expect(await db.meta.count()).toBe(0);
    const boardRow = await db.boards.get('b-map');
    if (!boardRow) throw new Error('board row lost in the upgrade');
    const board = await readBoard(boardRow);
    expect(board.content).toEqual(smallSnapshot().boards[1].content);
    expect(await db.boards.where('[projectId+kind]').equals(['p1', 'ecosystem']).count()).toBe(1);
    await db.delete();
  });

  // Each later version only added a table: a database left at it keeps every row, with the
  // versions' own schemas declared here as they were (db.ts's history must stay in step).
  const SCHEMAS: Record<string, string>[] = [
    { projects: 'id, updatedAt', boards: 'id, projectId, content: Y.Doc' },
    {
      projects: 'id, updatedAt, createdAt, titleKey, deletedAt',
      boards: 'id, projectId, [projectId+kind], deletedAt, content: Y.Doc',
      meta: 'key',
    },
    { templates: 'id, name, createdAt' },
  ];
  const schemasUpTo = (version: number) => SCHEMAS.slice(0, version);

  it.each([2, 3])('upgrades a version %i database to the current version without losing data', async (version) => {
    const name = dbName(`upgrade-v${version}`);
    const old = new Dexie(name, { addons: [yDexie] });
    schemasUpTo(version).forEach((stores, i) => old.version(i + 1).stores(stores));
    const { project, boards } = smallSnapshot();
    await old.table('projects').add({ ...project, titleKey: titleKeyOf(project.title) });
    await old.table('meta').add({ key: 'started', value: '2026-01-01' });
    const canvas = boards[0];
    const doc = new Y.Doc();
    writeContent(doc, canvas.kind, canvas.content);
    await old.table('boards').add({
      id: canvas.id,
      projectId: project.id,
      kind: canvas.kind,
      title: canvas.title,
      order: 0,
      createdAt: project.createdAt,
      updatedAt: project.updatedAt,
      content: doc,
    });
    if (version >= 3) {
      await old.table('templates').add({ id: 't1', name: 'Oma pohja', createdAt: project.createdAt, sections: [] });
    }
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.projects.get(project.id))?.title).toBe(project.title);
    expect(await db.meta.get('started')).toEqual({ key: 'started', value: '2026-01-01' });
    expect(await db.templates.count()).toBe(version >= 3 ? 1 : 0);
    expect(await db.attachments.count()).toBe(0);
    const row = await db.boards.get(canvas.id);
    if (!row) throw new Error('board row lost in the upgrade');
    expect((await readBoard(row)).content).toEqual(canvas.content);
    await db.delete();
  });
});
