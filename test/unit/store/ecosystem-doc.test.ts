import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { emptyMapDoc } from './fixtures';
import { danglingReferences, ecosystemContentSchema, type EcosystemContent } from '../../../shared/model';
import {
  ACTOR_SIZE,
  actorTypeInfo,
  actorTypeList,
  groupBoxes,
  layoutByRing,
  relationTypeInfo,
  ringIndexAt,
} from '../../../shared/ecosystem';
import {
  addActor,
  addActorCopies,
  addActorType,
  addRelationType,
  removeActorType,
  removeRelationType,
  updateActorType,
  updateRelationType,
  addGroup,
  removeGroup,
  renameGroup,
  setActorsGroup,
  addRelation,
  addRing,
  applyLayout,
  deleteActors,
  moveActors,
  readEcosystem,
  removeRing,
  renameRing,
  reverseRelation,
  updateActor,
  updateRelation,
} from '../../../renderer/store/ecosystem-doc';

const emptyMap = emptyMapDoc;

const validateSnapshotLike = (content: EcosystemContent) => ecosystemContentSchema.safeParse(content).success;

const ringOf = (doc: Y.Doc, id: string) => readEcosystem(doc).actors.find((a) => a.id === id)?.ringId;

describe('ecosystem map document', () => {
  it('adds actors at free spots inside their rings, and relations between them', () => {
    const { doc } = emptyMap();
    const citizen = addActor(doc, { name: 'Asukas', type: 'citizen', ringId: 'core' });
    const office = addActor(doc, { name: 'Rakennusvalvonta', type: 'municipality', ringId: 'direct' });
    const agency = addActor(doc, { name: 'ELY-keskus', type: 'agency', ringId: 'indirect' });
    const map = readEcosystem(doc);
    expect(map.actors.find((a) => a.id === citizen)).toMatchObject({ x: 0, y: 0, ringId: 'core' });
    for (const actor of map.actors) {
      const index = map.rings.findIndex((r) => r.id === actor.ringId);
      expect(ringIndexAt(actor.x, actor.y, 3, 300), actor.name).toBe(index);
    }
    addRelation(doc, { from: office, to: citizen, type: 'service', label: 'Lupaneuvonta' });
    const steering = addRelation(doc, { from: agency, to: office, type: 'regulation', directed: false });
    expect(readEcosystem(doc).relations.find((r) => r.id === steering)).toMatchObject({
      label: '',
      directed: false,
      informal: false,
      strength: null,
    });
    expect(() => addRelation(doc, { from: office, to: office, type: 'money' })).toThrow();
    expect(() => addRelation(doc, { from: office, to: 'nobody', type: 'money' })).toThrow();
    expect(ecosystemContentSchema.safeParse(readEcosystem(doc)).success).toBe(true);
  });

  it('an actor dragged into another ring changes ring; one dropped outside the map snaps back in', () => {
    const { doc, undo } = emptyMap();
    const id = addActor(doc, { name: 'Kirjasto', type: 'municipality', ringId: 'direct' });
    undo.stopCapturing();
    moveActors(doc, [{ id, x: 0, y: 750 }]);
    undo.stopCapturing();
    expect(ringOf(doc, id)).toBe('indirect');
    moveActors(doc, [{ id, x: 5000, y: 0 }]);
    const actor = readEcosystem(doc).actors[0];
    expect(actor.ringId).toBe('indirect');
    expect(actor.x).toBeLessThan(900);
    undo.undo();
    undo.undo();
    expect(ringOf(doc, id)).toBe('direct');
  });

  it('choosing another ring in the panel moves the actor into that ring', () => {
    const { doc } = emptyMap();
    const id = addActor(doc, { name: 'Pankki', type: 'company', ringId: 'direct' });
    updateActor(doc, id, { ringId: 'indirect', organisation: 'Osuuspankki', role: 'Lainaneuvoja' });
    const actor = readEcosystem(doc).actors[0];
    expect(actor).toMatchObject({ ringId: 'indirect', organisation: 'Osuuspankki', role: 'Lainaneuvoja' });
    expect(ringIndexAt(actor.x, actor.y, 3, 300)).toBe(2);
    expect(() => updateActor(doc, id, { ringId: 'no-such-ring' })).toThrow();
    expect(() => updateActor(doc, id, { name: 'x'.repeat(501) })).toThrow();
  });

  it('deleting an actor deletes its relations too, and one undo brings both back', () => {
    const { doc, undo } = emptyMap();
    const a = addActor(doc, { name: 'A', type: 'citizen', ringId: 'core' });
    const b = addActor(doc, { name: 'B', type: 'company', ringId: 'direct' });
    const c = addActor(doc, { name: 'C', type: 'research', ringId: 'indirect' });
    addRelation(doc, { from: a, to: b, type: 'money' });
    addRelation(doc, { from: b, to: c, type: 'collaboration' });
    undo.stopCapturing();
    deleteActors(doc, [b]);
    undo.stopCapturing();
    expect(readEcosystem(doc).relations).toEqual([]);
    expect(ecosystemContentSchema.safeParse(readEcosystem(doc)).success).toBe(true);
    undo.undo();
    expect(readEcosystem(doc).relations).toHaveLength(2);
    expect(readEcosystem(doc).actors).toHaveLength(3);
  });

  it('pastes copies of actors with the relations among them, new ids, in the ring their place says', () => {
    const { doc, undo } = emptyMap();
    const a = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'direct' });
    const b = addActor(doc, { name: 'Yhdistys', type: 'association', ringId: 'direct' });
    const c = addActor(doc, { name: 'Virasto', type: 'agency', ringId: 'indirect' });
    addRelation(doc, { from: a, to: b, type: 'collaboration', label: 'Kumppanuus' });
    addRelation(doc, { from: b, to: c, type: 'money' });
    undo.stopCapturing();
    const map = readEcosystem(doc);
    const copied = { actors: map.actors.filter((x) => x.id !== c), relations: map.relations };
    const ids = addActorCopies(doc, copied, { x: 0, y: 400 });
    undo.stopCapturing();
    const after = readEcosystem(doc);
    expect(ids).toHaveLength(2);
    expect(ids.some((id) => [a, b, c].includes(id))).toBe(false);
    const copies = after.actors.filter((x) => ids.includes(x.id));
    expect(copies.map((x) => x.name).sort()).toEqual(['Kunta', 'Yhdistys']);
    for (const copy of copies) {
      const index = after.rings.findIndex((r) => r.id === copy.ringId);
      expect(ringIndexAt(copy.x, copy.y, 3, 300)).toBe(index);
    }
    // Only the relation between two copied actors is copied; it joins the copies.
    const copiedRelations = after.relations.filter((r) => ids.includes(r.from) || ids.includes(r.to));
    expect(copiedRelations).toHaveLength(1);
    expect(copiedRelations[0]).toMatchObject({ type: 'collaboration', label: 'Kumppanuus' });
    expect(ids).toContain(copiedRelations[0].to);
    expect(ecosystemContentSchema.safeParse(after).success).toBe(true);
    undo.undo();
    expect(readEcosystem(doc)).toEqual(map);
  });

  it('groups actors, moves one out, renames and removes a group (its actors stay)', () => {
    const { doc, undo } = emptyMap();
    const a = addActor(doc, { name: 'Taloyhtiö', type: 'association', ringId: 'direct' });
    const b = addActor(doc, { name: 'Isännöitsijä', type: 'company', ringId: 'direct' });
    const c = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'core' });
    undo.stopCapturing();
    const group = addGroup(doc, 'Asunto-osakeyhtiö', [a, b]);
    undo.stopCapturing();
    let map = readEcosystem(doc);
    expect(map.groups).toEqual([{ id: group, name: 'Asunto-osakeyhtiö' }]);
    expect(map.actors.filter((x) => x.groupId === group).map((x) => x.id)).toEqual([a, b]);
    // The group's box holds its members' cards and not the others'.
    const [box] = groupBoxes(map);
    for (const member of map.actors.filter((x) => x.groupId === group)) {
      expect(member.x - ACTOR_SIZE.width / 2).toBeGreaterThan(box.x);
      expect(member.y + ACTOR_SIZE.height / 2).toBeLessThan(box.y + box.height);
    }
    setActorsGroup(doc, [b], null);
    renameGroup(doc, group, 'Taloyhtiö ja isännöinti');
    expect(() => setActorsGroup(doc, [c], 'no-such-group')).toThrow();
    undo.stopCapturing();
    removeGroup(doc, group);
    undo.stopCapturing();
    map = readEcosystem(doc);
    expect(map.groups).toEqual([]);
    expect(map.actors.map((x) => x.groupId)).toEqual([null, null, null]);
    expect(validateSnapshotLike(map)).toBe(true);
    // One undo brings the group back with its remaining member.
    undo.undo();
    expect(readEcosystem(doc).groups).toEqual([{ id: group, name: 'Taloyhtiö ja isännöinti' }]);
    expect(readEcosystem(doc).actors.map((x) => x.groupId)).toEqual([group, null, null]);
  });

  it("the map's own actor and relation types: used like built-in ones, and removing one falls back", () => {
    const { doc, undo } = emptyMap();
    const cooperative = addActorType(doc, { name: 'Osuuskunta', color: '#006d77', icon: 'leaf' });
    const volunteering = addRelationType(doc, { name: 'Vapaaehtoistyö', color: '#8a4b08' });
    const a = addActor(doc, { name: 'Kyläosuuskunta', type: cooperative, ringId: 'direct' });
    const b = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'core' });
    const r = addRelation(doc, { from: a, to: b, type: volunteering });
    updateActorType(doc, cooperative, { icon: 'house', name: 'Energiaosuuskunta' });
    expect(() => updateActorType(doc, cooperative, { color: 'red' })).toThrow();
    expect(() => updateRelationType(doc, volunteering, { color: '#12345' })).toThrow();
    let map = readEcosystem(doc);
    expect(map.customActorTypes).toEqual([
      { id: cooperative, name: 'Energiaosuuskunta', color: '#006d77', icon: 'house' },
    ]);
    const names = {
      actor: {
        citizen: 'C',
        municipality: 'M',
        agency: 'A',
        company: 'Co',
        association: 'As',
        research: 'R',
        other: 'O',
      },
      relation: { service: 'S', information: 'I', money: 'Mo', regulation: 'Re', collaboration: 'Col' },
    };
    expect(actorTypeInfo(map, names, map.actors[0].type)).toMatchObject({
      name: 'Energiaosuuskunta',
      color: '#006d77',
    });
    expect(actorTypeList(map, names).map((x) => x.id)).toEqual([
      'citizen',
      'municipality',
      'agency',
      'company',
      'association',
      'research',
      'other',
      cooperative,
    ]);
    expect(relationTypeInfo(map, names, volunteering)).toMatchObject({ name: 'Vapaaehtoistyö', custom: true });
    expect(ecosystemContentSchema.safeParse(map).success).toBe(true);
    undo.stopCapturing();
    removeActorType(doc, cooperative);
    removeRelationType(doc, volunteering);
    undo.stopCapturing();
    map = readEcosystem(doc);
    expect(map.actors.find((x) => x.id === a)?.type).toBe('other');
    expect(map.relations.find((x) => x.id === r)?.type).toBe('collaboration');
    undo.undo();
    expect(readEcosystem(doc).actors.find((x) => x.id === a)?.type).toBe(cooperative);
  });

  it('copies from another map fall back to built-in types; no self-loop; the project stays valid', () => {
    const { doc } = emptyMap();
    const a = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'core' });
    const pasted = {
      actors: [
        { ...readEcosystem(doc).actors[0], id: 'x1', type: 'their-own-type', groupId: 'their-group' },
        { ...readEcosystem(doc).actors[0], id: 'x2', name: 'Toinen' },
      ],
      relations: [
        {
          id: 'r1',
          from: 'x1',
          to: 'x2',
          type: 'their-relation-type',
          label: '',
          directed: true,
          informal: false,
          strength: null,
        },
        { id: 'r2', from: 'x1', to: 'x1', type: 'service', label: '', directed: true, informal: false, strength: null },
      ],
    };
    addActorCopies(doc, pasted, { x: 10, y: 10 });
    const map = readEcosystem(doc);
    expect(map.actors.filter((x) => x.id !== a).map((x) => [x.type, x.groupId])).toEqual([
      ['other', null],
      ['municipality', null],
    ]);
    expect(map.relations.map((r) => r.type)).toEqual(['collaboration']);
    const board = { id: 'b', kind: 'ecosystem' as const, title: '', order: 0, content: map };
    expect(danglingReferences(board)).toEqual([]);
  });

  it('a map written before groups and own types existed gets them on the first write', () => {
    const { doc } = emptyMap();
    const root = doc.getMap('board');
    for (const key of ['groups', 'customActorTypes', 'customRelationTypes']) root.delete(key);
    const a = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'core' });
    expect(readEcosystem(doc).groups).toEqual([]);
    const group = addGroup(doc, 'Kuntaryhmä', [a]);
    addActorType(doc, { name: 'Osuuskunta', color: '#006d77', icon: 'leaf' });
    addRelationType(doc, { name: 'Talkoot', color: '#8a4b08' });
    const map = readEcosystem(doc);
    expect(map.actors[0].groupId).toBe(group);
    expect(map.customActorTypes.map((c) => c.name)).toEqual(['Osuuskunta']);
    expect(map.customRelationTypes.map((c) => c.name)).toEqual(['Talkoot']);
  });

  it('keeps every position inside the model limits, and in the flow view a new ring keeps the place', () => {
    const { doc } = emptyMap();
    const a = addActor(doc, { name: 'Kaukana', type: 'other', ringId: 'direct' });
    applyLayout(doc, { view: 'flow', positions: new Map([[a, { x: 5_000_000, y: -7_000_000 }]]) });
    expect(readEcosystem(doc).actors[0]).toMatchObject({ x: 999_000, y: -999_000 });
    moveActors(doc, [{ id: a, x: 5000, y: 5000 }]);
    updateActor(doc, a, { ringId: 'core' });
    removeRing(doc, 'direct');
    expect(readEcosystem(doc).actors[0]).toMatchObject({ x: 5000, y: 5000, ringId: 'core' });
  });

  it('edits relations: label, type, informal, strength, direction', () => {
    const { doc } = emptyMap();
    const a = addActor(doc, { name: 'A', type: 'citizen', ringId: 'core' });
    const b = addActor(doc, { name: 'B', type: 'association', ringId: 'direct' });
    const id = addRelation(doc, { from: a, to: b, type: 'information' });
    updateRelation(doc, id, { label: 'Vertaistuki', informal: true, strength: 3, type: 'collaboration' });
    reverseRelation(doc, id);
    expect(readEcosystem(doc).relations[0]).toMatchObject({
      from: b,
      to: a,
      label: 'Vertaistuki',
      informal: true,
      strength: 3,
      type: 'collaboration',
    });
    expect(() => updateRelation(doc, id, { strength: 7 as 3 })).toThrow();
  });

  it('applies a layout, wider rings included, as one undo step', () => {
    const { doc, undo } = emptyMap();
    for (let i = 0; i < 40; i++) addActor(doc, { name: `T${i}`, type: 'company', ringId: 'core' });
    undo.stopCapturing();
    const before = readEcosystem(doc);
    const layout = layoutByRing(before);
    expect(layout.ringWidth).toBeGreaterThan(300);
    applyLayout(doc, { view: 'rings', ...layout });
    undo.stopCapturing();
    const after = readEcosystem(doc);
    expect(after.ringWidth).toBe(layout.ringWidth);
    expect(after.actors.map((a) => ({ x: a.x, y: a.y }))).toEqual(after.actors.map((a) => layout.positions.get(a.id)));
    undo.undo();
    expect(readEcosystem(doc)).toEqual(before);
  });

  it('adds, renames and removes rings; a removed ring hands its actors on and outer rings move in', () => {
    const { doc } = emptyMap();
    const inner = addActor(doc, { name: 'Kunta', type: 'municipality', ringId: 'direct' });
    const outer = addActor(doc, { name: 'Ministeriö', type: 'agency', ringId: 'indirect' });
    const fourth = addRing(doc, 'Kansainväliset');
    renameRing(doc, 'direct', 'Lähipiiri');
    expect(readEcosystem(doc).rings.map((r) => r.name)).toEqual([
      'Ydin',
      'Lähipiiri',
      'Välilliset toimijat',
      'Kansainväliset',
    ]);
    removeRing(doc, 'direct');
    const map = readEcosystem(doc);
    expect(map.rings.map((r) => r.id)).toEqual(['core', 'indirect', fourth]);
    const byId = new Map(map.actors.map((a) => [a.id, a]));
    expect(byId.get(inner)?.ringId).toBe('indirect');
    expect(byId.get(outer)?.ringId).toBe('indirect');
    for (const actor of map.actors) expect(ringIndexAt(actor.x, actor.y, 3, 300), actor.name).toBe(1);
    removeRing(doc, 'core');
    removeRing(doc, fourth);
    expect(() => removeRing(doc, 'indirect')).toThrow();
    expect(ecosystemContentSchema.safeParse(readEcosystem(doc)).success).toBe(true);
  });
});
