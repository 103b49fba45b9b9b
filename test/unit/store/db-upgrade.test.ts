import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import yDexie from 'y-dexie';
import * as Y from 'yjs';
import { createDb } from '../../../renderer/store/db';
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
});
