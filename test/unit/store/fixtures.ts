import * as Y from 'yjs';
import type { EcosystemContent, ProjectSnapshot } from '../../../shared/model';
import { createUndoManager, writeContent } from '../../../renderer/store/board-docs';
import { readCanvas } from '../../../renderer/store/canvas-doc';
import { instantiateTemplate, swot } from '../../../shared/templates';

/** localStorage for Node: the journal writes there synchronously. */
export class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let counter = 0;
/** A unique database name per test, so tests never share state through fake-indexeddb. */
export const dbName = (label: string) => `kartta-test-${label}-${++counter}-${Date.now()}`;

/** A small snapshot with one board of each kind and a cross-reference in each. */
export function smallSnapshot(): ProjectSnapshot {
  const at = '2026-03-02T09:00:00.000Z';
  return {
    attachments: [],
    project: {
      id: 'p1',
      title: 'Digitaalinen rakennuslupa',
      organisation: 'Kaislaniemen kunta',
      goal: 'Lupa-asiointi sujuvaksi',
      startDate: '2026-03-01',
      endDate: '2026-06-30',
      facilitators: ['Maija Mentori'],
      participants: [{ id: 'u1', name: 'Aino Asukas', organisation: 'Kylä', role: 'asukas' }],
      createdAt: at,
      updatedAt: at,
      sessions: [],
    },
    boards: [
      {
        id: 'b-canvas',
        kind: 'canvas',
        title: 'Empatiakartta',
        order: 0,
        content: {
          templateId: 'empathy-map',
          sections: [
            { id: 's1', title: 'Ajattelee', prompt: 'Mitä hän ajattelee?', x: 0, y: 0, width: 400, height: 300 },
          ],
          notes: [
            {
              id: 'n1',
              sectionId: 's1',
              text: 'Onko lupa tarpeen?',
              color: 'yellow',
              x: 10,
              y: 20,
              tags: ['lupa'],
              authorId: 'u1',
              photoId: null,
            },
            {
              id: 'n2',
              sectionId: 's1',
              text: 'Vem hjälper mig?',
              color: 'blue',
              x: 120,
              y: 20,
              tags: [],
              authorId: null,
              photoId: null,
            },
          ],
          rounds: [],
          votes: [],
        },
      },
      {
        id: 'b-map',
        kind: 'ecosystem',
        title: 'Ekosysteemi',
        order: 0,
        content: {
          rings: [{ id: 'r1', name: 'Ydin' }],
          view: 'rings',
          ringWidth: 300,
          groups: [],
          customActorTypes: [],
          customRelationTypes: [],
          actors: [
            {
              id: 'a1',
              name: 'Hakija',
              type: 'citizen',
              ringId: 'r1',
              description: '',
              organisation: '',
              groupId: null,
              role: '',
              tags: [],
              x: 0,
              y: 0,
            },
            {
              id: 'a2',
              name: 'Rakennusvalvonta',
              type: 'municipality',
              ringId: 'r1',
              description: '',
              organisation: '',
              groupId: null,
              role: '',
              tags: [],
              x: 100,
              y: 0,
            },
          ],
          relations: [
            {
              id: 'e1',
              from: 'a1',
              to: 'a2',
              type: 'service',
              label: 'hakee lupaa',
              directed: true,
              informal: false,
              strength: null,
            },
          ],
        },
      },
      {
        id: 'b-journey',
        kind: 'journey',
        title: 'Palvelupolku',
        order: 0,
        content: {
          preset: 'customer-journey',
          persona: 'Aino',
          personaRef: null,
          state: 'as-is',
          basedOn: null,
          stages: [{ id: 'st1', title: 'Tiedonhaku', steps: ['Hakee netistä'] }],
          lanes: [
            { id: 'l1', title: 'Toiminnot', type: 'notes', lineBelow: null, collapsed: false, color: null },
            { id: 'l2', title: 'Tunne', type: 'emotion', lineBelow: null, collapsed: false, color: null },
            { id: 'l3', title: 'Kanavat', type: 'channels', lineBelow: null, collapsed: false, color: null },
          ],
          notes: [
            {
              id: 'jn1',
              stageId: 'st1',
              laneId: 'l1',
              text: 'Googlaa',
              color: 'green',
              tags: [],
              order: 0,
              authorId: null,
              photoId: null,
              votes: 2,
            },
          ],
          scores: [{ stageId: 'st1', laneId: 'l2', score: -1 }],
          touchpoints: [{ stageId: 'st1', laneId: 'l3', channels: ['web', 'phone'], text: 'kunnan sivut' }],
        },
      },
    ],
  };
}

/** An empty ecosystem map of three rings (core, direct, indirect) in its own Yjs document. */
export function emptyMapDoc() {
  const doc = new Y.Doc();
  const content: EcosystemContent = {
    rings: [
      { id: 'core', name: 'Ydin' },
      { id: 'direct', name: 'Suorat toimijat' },
      { id: 'indirect', name: 'Välilliset toimijat' },
    ],
    view: 'rings',
    ringWidth: 300,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors: [],
    relations: [],
  };
  writeContent(doc, 'ecosystem', content);
  return { doc, undo: createUndoManager(doc) };
}

let swotIds = 0;

/** A SWOT canvas document with its undo manager, and lookups of a section by title and a note by id. */
export function swotDoc() {
  const doc = new Y.Doc();
  writeContent(
    doc,
    'canvas',
    instantiateTemplate(swot, 'en', () => `swot-${++swotIds}`),
  );
  const undo = createUndoManager(doc);
  const section = (title: string) => {
    const found = readCanvas(doc).sections.find((s) => s.title === title);
    if (!found) throw new Error(`no section ${title}`);
    return found;
  };
  const note = (id: string) => {
    const found = readCanvas(doc).notes.find((x) => x.id === id);
    if (!found) throw new Error(`no note ${id}`);
    return found;
  };
  return { doc, undo, section, note };
}
