import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type KarttaDB } from '../../../renderer/store/db';
import {
  createProject,
  deleteProject,
  listDeletedProjects,
  listProjects,
  purgeDeletedProjects,
  restoreProject,
  updateProject,
} from '../../../renderer/store/projects-repo';
import {
  createBoard,
  deleteBoard,
  listBoards,
  moveBoard,
  renameBoard,
  restoreBoard,
} from '../../../renderer/store/boards-repo';
import { buildSnapshot, duplicateProject, importSnapshot } from '../../../renderer/store/snapshot-io';
import { emptyCanvas, projectSnapshotSchema, type WorkshopSession } from '../../../shared/model';
import { dbName, smallSnapshot } from './fixtures';

let db: KarttaDB | undefined;
const open = () => (db = createDb(dbName('repo')));
afterEach(async () => {
  await db?.delete();
});

describe('projects repository', () => {
  it('creates, edits, searches and sorts projects', async () => {
    const db = open();
    const a = await createProject(db, 'Rakennuslupa');
    const b = await createProject(db, 'asukaskysely');
    await new Promise((r) => setTimeout(r, 5)); // distinct updatedAt timestamps, for the sort
    await updateProject(db, a.id, { organisation: 'Kaislaniemen kunta', goal: 'Sujuvampi lupa' });
    expect((await listProjects(db, '', 'title')).map((p) => p.project.title)).toEqual(['asukaskysely', 'Rakennuslupa']);
    expect((await listProjects(db, 'kaislaniemen')).map((p) => p.project.id)).toEqual([a.id]);
    expect((await listProjects(db, 'SUJUVAMPI')).map((p) => p.project.id)).toEqual([a.id]);
    expect((await listProjects(db, '', 'updated'))[0].project.id).toBe(a.id);
    await updateProject(db, b.id, { title: 'Asukaskysely 2026' });
    expect((await db.projects.get(b.id))?.titleKey).toBe('asukaskysely 2026');
  });

  it('sets and clears the project’s own language, and a file carries it', async () => {
    const db = open();
    const project = await createProject(db, 'Rakennuslupa');
    await updateProject(db, project.id, { language: 'sv' });
    expect((await buildSnapshot(db, project.id)).project.language).toBe('sv');
    await updateProject(db, project.id, { language: undefined });
    expect(await db.projects.get(project.id)).not.toHaveProperty('language');
    expect((await buildSnapshot(db, project.id)).project).not.toHaveProperty('language');
  });

  it('refuses to update a project that does not exist', async () => {
    await expect(updateProject(open(), 'missing', { title: 'x' })).rejects.toThrow(/not found/);
  });

  it('soft-deletes, restores and later purges a project with its boards', async () => {
    const db = open();
    const p = await createProject(db, 'Poistettava');
    await createBoard(db, p.id, 'canvas', 'Kanvaasi', emptyCanvas());
    await deleteProject(db, p.id);
    expect(await listProjects(db)).toEqual([]);
    expect((await listDeletedProjects(db)).map((r) => r.id)).toEqual([p.id]);
    await restoreProject(db, p.id);
    expect((await listProjects(db)).map((r) => r.project.id)).toEqual([p.id]);
    expect((await db.projects.get(p.id))?.deletedAt).toBeUndefined();

    await deleteProject(db, p.id);
    expect(await purgeDeletedProjects(db, 30)).toBe(0);
    expect(await purgeDeletedProjects(db, 30, new Date(Date.now() + 31 * 86_400_000))).toBe(1);
    expect(await db.projects.count()).toBe(0);
    expect(await db.boards.count()).toBe(0);
  });
});

describe('boards repository', () => {
  it('purges boards deleted on their own after the retention period, keeping live ones', async () => {
    const db = open();
    const p = await createProject(db, 'Taulut');
    const kept = await createBoard(db, p.id, 'canvas', 'Jää', emptyCanvas());
    const gone = await createBoard(db, p.id, 'canvas', 'Poistuu', emptyCanvas());
    await deleteBoard(db, gone);
    expect(await purgeDeletedProjects(db, 30)).toBe(0);
    expect(await db.boards.count()).toBe(2);
    await purgeDeletedProjects(db, 30, new Date(Date.now() + 31 * 86_400_000));
    expect((await db.boards.toArray()).map((b) => b.id)).toEqual([kept]);
  });

  it('puts a new board after the last live one, whatever was deleted before', async () => {
    const db = open();
    const p = await createProject(db, 'Järjestys');
    await createBoard(db, p.id, 'canvas', 'A', emptyCanvas());
    const b = await createBoard(db, p.id, 'canvas', 'B', emptyCanvas());
    await createBoard(db, p.id, 'canvas', 'C', emptyCanvas());
    await deleteBoard(db, b);
    await createBoard(db, p.id, 'canvas', 'D', emptyCanvas());
    const orders = (await listBoards(db, p.id)).map((x) => [x.title, x.order]);
    expect(orders).toEqual([
      ['A', 0],
      ['C', 2],
      ['D', 3],
    ]);
  });

  it('creates, renames, reorders, deletes and restores boards', async () => {
    const db = open();
    const p = await createProject(db, 'Taulut');
    const first = await createBoard(db, p.id, 'canvas', 'Eka', emptyCanvas());
    const second = await createBoard(db, p.id, 'canvas', 'Toka', emptyCanvas());
    const third = await createBoard(db, p.id, 'canvas', 'Kolmas', emptyCanvas());
    await renameBoard(db, second, 'Toinen');
    await moveBoard(db, third, -1);
    expect((await listBoards(db, p.id)).map((b) => [b.title, b.order])).toEqual([
      ['Eka', 0],
      ['Kolmas', 1],
      ['Toinen', 2],
    ]);
    await moveBoard(db, first, -1); // already first: nothing moves
    await deleteBoard(db, third);
    expect((await listBoards(db, p.id)).map((b) => b.title)).toEqual(['Eka', 'Toinen']);
    await moveBoard(db, second, -1);
    expect((await listBoards(db, p.id)).map((b) => [b.title, b.order])).toEqual([
      ['Toinen', 0],
      ['Eka', 1],
    ]);
    await restoreBoard(db, third);
    expect((await listBoards(db, p.id)).map((b) => b.title)).toContain('Kolmas');
  });
});

describe('snapshots', () => {
  it('imports a snapshot and builds the same snapshot back', async () => {
    const db = open();
    const snapshot = smallSnapshot();
    const row = await importSnapshot(db, snapshot);
    expect(row.id).toBe('p1');
    const back = await buildSnapshot(db, 'p1');
    expect(projectSnapshotSchema.parse(back)).toEqual(back);
    expect(back.project).toEqual(snapshot.project);
    const byId = (s: typeof back) => [...s.boards].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back)).toEqual(byId(snapshot));
  });

  it('imports a project that already exists as a copy with new ids', async () => {
    const db = open();
    await importSnapshot(db, smallSnapshot());
    const copy = await importSnapshot(db, smallSnapshot());
    expect(copy.id).not.toBe('p1');
    expect(await db.projects.count()).toBe(2);
    expect(await db.boards.count()).toBe(6);
  });

  it('writes nothing when an import fails half way', async () => {
    const db = open();
    const broken = smallSnapshot();
    // A duplicate board id makes bulkAdd fail after the project row was added in the same transaction.
    broken.boards.push(broken.boards[0]);
    await expect(importSnapshot(db, broken)).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
    expect(await db.boards.count()).toBe(0);
  });

  it('duplicates a project with its board contents', async () => {
    const db = open();
    await importSnapshot(db, smallSnapshot());
    const copy = await duplicateProject(db, 'p1', 'Kopio');
    const snap = await buildSnapshot(db, copy.id);
    expect(snap.project.title).toBe('Kopio');
    expect(snap.boards.map((b) => b.kind).sort()).toEqual(['canvas', 'ecosystem', 'journey']);
    expect(snap.boards.find((b) => b.kind === 'ecosystem')?.content).toEqual(smallSnapshot().boards[1].content);
  });

  it('a copy’s links between boards point at the copies: a journey’s original and persona, an agenda block’s board', async () => {
    const db = open();
    const snapshot = smallSnapshot();
    const [canvas, map, journey] = snapshot.boards;
    if (journey.kind !== 'journey') throw new Error('the fixture’s third board is a journey');
    journey.content = {
      ...journey.content,
      state: 'to-be',
      basedOn: canvas.id,
      personaRef: { boardId: map.id, actorId: null },
    };
    snapshot.project.sessions = [agendaBlockFixture()];
    await importSnapshot(db, snapshot);
    const copy = await duplicateProject(db, 'p1', 'Kopio');
    const snap = await buildSnapshot(db, copy.id);
    const idOf = (kind: string) => snap.boards.find((b) => b.kind === kind)?.id;
    const copiedJourney = snap.boards.find((b) => b.kind === 'journey');
    expect(copiedJourney?.kind === 'journey' && copiedJourney.content.basedOn).toBe(idOf('canvas'));
    expect(copiedJourney?.kind === 'journey' && copiedJourney.content.personaRef?.boardId).toBe(idOf('ecosystem'));
    expect(snap.project.sessions?.[0]?.blocks[0]?.boardId).toBe(idOf('canvas'));
    expect(idOf('canvas')).not.toBe(canvas.id);
  });
});

/** One session with one block that uses the fixture's canvas. */
function agendaBlockFixture(): WorkshopSession {
  return {
    id: 's1',
    title: 'Työpaja 1',
    date: '2026-02-17',
    place: 'Valtuustosali',
    startTime: '13:00',
    blocks: [
      {
        id: 'k1',
        kind: 'block',
        title: 'Empatiakartta',
        minutes: 30,
        method: '',
        methodId: null,
        boardId: 'b-canvas',
        purpose: '',
        instructions: '',
        materials: '',
        lead: '',
        actual: null,
      },
    ],
    decisions: [],
    actionItems: [],
    parkedQuestions: [],
  };
}
