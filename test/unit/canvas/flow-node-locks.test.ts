import { describe, expect, it } from 'vitest';
import type { CanvasContent, EcosystemContent } from '../../../shared/model';
import {
  toFlowNodes,
  type FlowNodeCache,
  type NoteFlowNode,
  type SectionFlowNode,
} from '../../../renderer/features/canvas/flow-nodes';
import { toMapNodes, type ActorFlowNode, type MapFlowNode } from '../../../renderer/features/ecosystem/flow-elements';
import type { DepsCache } from '../../../renderer/features/boards/element-cache';
import { lockedNoteIds } from '../../../shared/model';

const labels = {
  section: (s: { title: string }) => `Section ${s.title}`,
  note: (n: { text: string }) => n.text,
  locked: (label: string) => `${label}, locked`,
};

const canvas = (sectionLocked: boolean, boardLocked = false): CanvasContent => ({
  templateId: 'blank',
  sections: [{ id: 's', title: 'A', prompt: '', x: 0, y: 0, width: 400, height: 300, locked: sectionLocked }],
  notes: [
    { id: 'in', sectionId: 's', text: 'in', color: 'yellow', x: 10, y: 60, tags: [], authorId: null, photoId: null },
    { id: 'out', sectionId: null, text: 'out', color: 'blue', x: 900, y: 0, tags: [], authorId: null, photoId: null },
  ],
  rounds: [],
  votes: [],
  locked: boardLocked,
});

function build(content: CanvasContent, cache: FlowNodeCache) {
  const nodes = toFlowNodes(content, null, new Set(), labels, new Map(), new Set(), cache, {
    board: content.locked === true,
    notes: lockedNoteIds(content),
  });
  const byId = (id: string) => nodes.find((n) => n.id === id);
  return {
    section: byId('s') as SectionFlowNode,
    inside: byId('in') as NoteFlowNode,
    outside: byId('out') as NoteFlowNode,
  };
}

describe('locks in the React Flow nodes', () => {
  it('a locked section makes its notes undraggable and undeletable; the cache rebuilds only what changed', () => {
    const cache: FlowNodeCache = new Map();
    const open = build(canvas(false), cache);
    expect(open.inside).toMatchObject({ draggable: true, deletable: true, ariaLabel: 'in' });
    const locked = build(canvas(true), cache);
    expect(locked.inside).not.toBe(open.inside);
    expect(locked.inside).toMatchObject({ draggable: false, deletable: false, ariaLabel: 'in, locked' });
    expect(locked.inside.data.locked).toBe(true);
    expect(locked.section.data).toMatchObject({ locked: true, fixed: true });
    expect(locked.section.ariaLabel).toBe('Section A, locked');
    // The note outside the section shows nothing new: React Flow gets the same object.
    expect(locked.outside).toBe(open.outside);
  });

  it('a locked board fixes every note but shows no per-item badge (its banner says it)', () => {
    const { inside, outside, section } = build(canvas(false, true), new Map());
    for (const note of [inside, outside]) {
      expect(note).toMatchObject({ draggable: false, deletable: false });
      expect(note.data.locked).toBe(false);
    }
    expect(section.data).toMatchObject({ locked: false, fixed: true });
  });

  it('a locked actor is not draggable or deletable; a locked map is not connectable', () => {
    const map: EcosystemContent = {
      view: 'rings',
      rings: [{ id: 'r', name: 'Ydin' }],
      ringWidth: 300,
      groups: [],
      customActorTypes: [],
      customRelationTypes: [],
      actors: [
        {
          id: 'a',
          name: 'A',
          type: 'citizen',
          ringId: 'r',
          description: '',
          organisation: '',
          groupId: null,
          role: '',
          tags: [],
          x: 0,
          y: 0,
          locked: true,
        },
        {
          id: 'b',
          name: 'B',
          type: 'citizen',
          ringId: 'r',
          description: '',
          organisation: '',
          groupId: null,
          role: '',
          tags: [],
          x: 100,
          y: 0,
        },
      ],
      relations: [],
    };
    const cache: DepsCache<MapFlowNode> = new Map();
    const mapLabels = { actor: (a: { name: string }) => a.name, relation: () => '' };
    const actor = (nodes: MapFlowNode[], id: string) => nodes.find((n) => n.id === id) as ActorFlowNode;
    const nodes = toMapNodes(map, new Set(), new Set(), mapLabels, cache);
    expect(actor(nodes, 'a')).toMatchObject({ draggable: false, deletable: false, connectable: true });
    expect(actor(nodes, 'a').data.locked).toBe(true);
    expect(actor(nodes, 'b')).toMatchObject({ draggable: true, deletable: true });
    const lockedMap = toMapNodes(map, new Set(), new Set(), mapLabels, cache, true);
    expect(actor(lockedMap, 'b')).toMatchObject({ draggable: false, deletable: false, connectable: false });
    expect(actor(lockedMap, 'b')).not.toBe(actor(nodes, 'b'));
  });
});
