// restore(): the one door a .kartta file comes in by. Valid files pass; broken or hostile ones are
// refused with an error kind the UI can explain, and never touch Object.prototype.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallSnapshot } from './store/fixtures';
import {
  KARTTA_FILE_VERSION,
  restore,
  serializeKarttaFile,
  toKarttaFile,
  type Board,
  type ProjectSnapshot,
  type RestoreResult,
} from '../../shared/model';

const SAVED_AT = new Date('2026-03-01T10:00:00.000Z');

const minimalSnapshot = (boards: Board[] = []): ProjectSnapshot => ({
  project: {
    id: 'project-1',
    title: 'Testihanke',
    organisation: 'Kaislaniemen kunta',
    goal: '',
    startDate: '',
    endDate: '',
    facilitators: [],
    participants: [],
    createdAt: '2026-02-01T08:00:00.000Z',
    updatedAt: '2026-02-01T08:00:00.000Z',
    sessions: [],
  },
  boards,
  attachments: [],
});

const ecosystem = (id: string, relationTo = 'actor-2'): Board => ({
  id,
  kind: 'ecosystem',
  title: 'Ekosysteemikartta',
  order: 0,
  content: {
    rings: [{ id: 'ring-1', name: 'Ydin' }],
    view: 'rings',
    ringWidth: 300,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors: ['actor-1', 'actor-2'].map((actorId, i) => ({
      id: actorId,
      name: `Toimija ${i + 1}`,
      type: 'municipality' as const,
      ringId: 'ring-1',
      description: '',
      organisation: '',
      groupId: null,
      role: '',
      tags: [],
      x: i * 100,
      y: 0,
    })),
    relations: [
      {
        id: 'relation-1',
        from: 'actor-1',
        to: relationTo,
        type: 'service',
        label: 'Neuvonta',
        directed: true,
        informal: false,
        strength: null,
      },
    ],
  },
});

const fileText = (snapshot = minimalSnapshot()) => serializeKarttaFile(toKarttaFile(snapshot, '0.1.0', SAVED_AT));
/** The file as plain JSON data, to break on purpose. */
const fileData = (snapshot = minimalSnapshot()) => JSON.parse(fileText(snapshot)) as Record<string, unknown>;

function expectError<K extends string>(result: RestoreResult, kind: K) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected an error');
  expect(result.error.kind).toBe(kind);
  return result.error;
}

function invalidIssues(result: RestoreResult) {
  const error = expectError(result, 'invalid');
  if (error.kind !== 'invalid') throw new Error('unreachable');
  return error.issues;
}

describe('restore()', () => {
  let prototypeKeys: string[];
  beforeAll(() => {
    prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterAll(() => {
    // The hostile cases above must not have reached Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a valid minimal file and gives back the same data', () => {
    const text = fileText();
    const result = restore(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file).toEqual(JSON.parse(text));
  });

  it('accepts a file with a board', () => {
    expect(restore(fileText(minimalSnapshot([ecosystem('board-1')]))).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expectError(restore('Tämä ei ole JSONia'), 'not-json');
    expectError(restore(''), 'not-json');
  });

  it('refuses truncated JSON', () => {
    const text = fileText();
    expectError(restore(text.slice(0, Math.floor(text.length / 2))), 'not-json');
  });

  it('refuses a __proto__ key anywhere, without polluting Object.prototype', () => {
    const top = '{"format":"kartta","version":1,"__proto__":{"polluted":true}}';
    expect(expectError(restore(top), 'not-json')).toMatchObject({ detail: expect.stringContaining('__proto__') });
    const nested = fileText().replace('"goal": ""', '"goal": "", "__proto__": { "polluted": true }');
    expect(nested).toContain('__proto__');
    expectError(restore(nested), 'not-json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a constructor or prototype key', () => {
    const constructorKey = fileText().replace(
      '"goal": ""',
      '"goal": "", "constructor": { "prototype": { "polluted": true } }',
    );
    expect(constructorKey).toContain('constructor');
    expect(expectError(restore(constructorKey), 'not-json')).toMatchObject({
      detail: expect.stringContaining('forbidden key'),
    });
    expectError(restore('{"prototype": {}}'), 'not-json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses JSON that is not a Kartta file', () => {
    expectError(restore(JSON.stringify({ ...fileData(), format: 'miro' })), 'not-kartta');
    expectError(restore('{}'), 'not-kartta');
    expectError(restore('[]'), 'not-kartta');
    expectError(restore('null'), 'not-kartta');
    expectError(restore('"kartta"'), 'not-kartta');
  });

  it('refuses a file from a newer Kartta with its version', () => {
    const error = expectError(
      restore(JSON.stringify({ ...fileData(), version: KARTTA_FILE_VERSION + 1 })),
      'newer-version',
    );
    expect(error).toEqual({ kind: 'newer-version', version: 2 });
  });

  it('reports a wrong type with its JSON path', () => {
    const data = fileData() as { snapshot: { project: { title: unknown } } };
    data.snapshot.project.title = 42;
    const issues = invalidIssues(restore(JSON.stringify(data)));
    expect(issues.map((i) => i.path)).toContain('$.snapshot.project.title');
  });

  it('reports a missing field with its JSON path', () => {
    const data = fileData() as { snapshot: { project: Record<string, unknown> } };
    delete data.snapshot.project.createdAt;
    expect(invalidIssues(restore(JSON.stringify(data))).map((i) => i.path)).toContain('$.snapshot.project.createdAt');
  });

  it('refuses a relation to a missing actor', () => {
    const issues = invalidIssues(restore(fileText(minimalSnapshot([ecosystem('board-1', 'actor-404')]))));
    expect(issues).toContainEqual({
      path: '$.snapshot.boards.0.content.relations.0.to',
      message: expect.stringContaining('actor-404'),
    });
  });

  it('refuses an actor in a group that does not exist; reads maps from before groups, views and ring widths', () => {
    const board = ecosystem('board-1');
    if (board.kind !== 'ecosystem') throw new Error('not a map');
    const actors = board.content.actors.map((a) => ({ ...a, groupId: 'group-404' }));
    const grouped: Board = { ...board, content: { ...board.content, actors } };
    const issues = invalidIssues(restore(fileText(minimalSnapshot([grouped]))));
    expect(issues).toContainEqual({
      path: '$.snapshot.boards.0.content.actors.0.groupId',
      message: expect.stringContaining('group-404'),
    });
    // A map written before these fields existed reads with their defaults.
    const data = fileData(minimalSnapshot([ecosystem('board-1')])) as {
      snapshot: { boards: { content: Record<string, unknown> & { actors: Record<string, unknown>[] } }[] };
    };
    const content = data.snapshot.boards[0].content;
    delete content.groups;
    delete content.view;
    delete content.ringWidth;
    for (const actor of content.actors) {
      delete actor.groupId;
      delete actor.role;
    }
    const result = restore(JSON.stringify(data));
    expect(result.ok).toBe(true);
    const read = result.ok ? result.file.snapshot.boards[0] : undefined;
    expect(read?.kind === 'ecosystem' && read.content).toMatchObject({ view: 'rings', ringWidth: 300, groups: [] });
    expect(read?.kind === 'ecosystem' && read.content.actors[0]).toMatchObject({ groupId: null, role: '' });
  });

  it('refuses duplicate ids within a map, reserved ids, own types that shadow built-in ones and self-loops', () => {
    const board = ecosystem('board-1');
    if (board.kind !== 'ecosystem') throw new Error('not a map');
    const [first] = board.content.actors;
    const hostile: Board = {
      ...board,
      content: {
        ...board.content,
        actors: [...board.content.actors, { ...first }, { ...first, id: '__rings' }],
        customActorTypes: [{ id: 'citizen', name: 'Kansalainen', color: '#006d77', icon: 'leaf' }],
        relations: [
          ...board.content.relations,
          { ...board.content.relations[0], id: 'loop', to: first.id, from: first.id },
        ],
      },
    };
    const messages = invalidIssues(restore(fileText(minimalSnapshot([hostile])))).map((i) => `${i.path} ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.snapshot\.boards\.0\.content\.actors\.2\.id duplicate id/),
        expect.stringMatching(/actors\.3\.id reserved id "__rings"/),
        expect.stringMatching(/customActorTypes\.0\.id own type "citizen"/),
        expect.stringMatching(/relations\.1\.to a relation joins an actor to itself/),
      ]),
    );
  });

  it('refuses a journey with two emotion scores for one cell', () => {
    const board = smallSnapshot().boards.find((b) => b.kind === 'journey');
    if (board?.kind !== 'journey') throw new Error('no journey in the fixture');
    const scores = [...board.content.scores, { ...board.content.scores[0], score: -2 }];
    const twice: Board = { ...board, content: { ...board.content, scores } };
    const issues = invalidIssues(restore(fileText(minimalSnapshot([twice]))));
    expect(issues).toContainEqual({
      path: '$.snapshot.boards.0.content.scores.1.stageId',
      message: 'a second entry for the same cell',
    });
  });

  it('refuses two boards with the same id', () => {
    const issues = invalidIssues(restore(fileText(minimalSnapshot([ecosystem('board-1'), ecosystem('board-1')]))));
    expect(issues).toContainEqual({ path: '$.snapshot.boards.1.id', message: expect.stringContaining('duplicate') });
  });

  it('refuses an unknown board kind', () => {
    const data = fileData(minimalSnapshot([ecosystem('board-1')])) as { snapshot: { boards: { kind: string }[] } };
    (data.snapshot.boards[0] as { kind: string }).kind = 'spreadsheet';
    invalidIssues(restore(JSON.stringify(data)));
  });

  it('reads a file from before attachments and votes existed (additive fields default to empty)', () => {
    const data = fileData() as { snapshot: Record<string, unknown> };
    delete data.snapshot.attachments;
    const result = restore(JSON.stringify(data));
    expect(result.ok && result.file.snapshot.attachments).toEqual([]);
  });

  it('refuses attachment data that is not base64, an unknown image type, and a photo that points at nothing', () => {
    const photo = { id: 'photo-1', mimeType: 'image/jpeg', width: 10, height: 10, alt: '', data: 'aGVsbG8=' };
    const bad = (patch: Record<string, unknown>) => {
      const data = fileData() as { snapshot: Record<string, unknown> };
      data.snapshot.attachments = [{ ...photo, ...patch }];
      return invalidIssues(restore(JSON.stringify(data))).map((i) => i.path);
    };
    expect(bad({ data: 'not base64!' })).toContain('$.snapshot.attachments.0.data');
    expect(bad({ mimeType: 'image/bmp' })).toContain('$.snapshot.attachments.0.mimeType');
    expect(bad({ width: 100_000 })).toContain('$.snapshot.attachments.0.width');

    const canvas = {
      id: 'canvas-1',
      kind: 'canvas',
      title: 'Kanvaasi',
      order: 0,
      content: {
        templateId: 'blank',
        sections: [],
        notes: [
          {
            id: 'n1',
            sectionId: null,
            text: 'Kuva',
            color: 'yellow',
            x: 0,
            y: 0,
            tags: [],
            authorId: null,
            photoId: 'photo-404',
          },
        ],
      },
    };
    const data = fileData() as { snapshot: Record<string, unknown> };
    data.snapshot.boards = [canvas];
    expect(invalidIssues(restore(JSON.stringify(data)))).toContainEqual({
      path: '$.snapshot.boards.0.content.notes.0.photoId',
      message: expect.stringContaining('photo-404'),
    });
  });
});
