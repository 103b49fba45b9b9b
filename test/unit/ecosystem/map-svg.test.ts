import { describe, expect, it } from 'vitest';
import { ACTOR_SIZE } from '../../../shared/ecosystem';
import { mapScene, type MapSceneLabels } from '../../../shared/ecosystem/map-scene';
import { escapeXml, sceneToSvg } from '../../../shared/drawing/svg';
import { textWidth } from '../../../shared/drawing/text-fit';
import { en } from '../../../shared/i18n/en';
import type { Actor, EcosystemContent, Relation } from '../../../shared/model';
import { buildSampleProject } from '../../../shared/samples';
import { allElements, parseXml, textOf, type XmlElement } from './xml-tree';

const labels: MapSceneLabels = {
  title: 'Rakentamisluvan ekosysteemi',
  description: 'Ecosystem map. Actors: 37, rings: 3, relations: 55.',
  legend: 'Legend',
  informal: 'Informal',
  types: { actor: en.outline.actorTypes, relation: en.outline.relationTypes },
};

function sampleMap(): EcosystemContent {
  const board = buildSampleProject().boards.find((b) => b.kind === 'ecosystem');
  if (board?.kind !== 'ecosystem') throw new Error('the sample has no ecosystem map');
  return board.content;
}

const actor = (id: string, fields: Partial<Actor> = {}): Actor => ({
  id,
  name: id,
  type: 'citizen',
  ringId: 'r1',
  description: '',
  organisation: '',
  groupId: null,
  role: '',
  tags: [],
  x: 0,
  y: 0,
  ...fields,
});

const relation = (id: string, from: string, to: string, fields: Partial<Relation> = {}): Relation => ({
  id,
  from,
  to,
  type: 'service',
  label: '',
  directed: true,
  informal: false,
  strength: null,
  ...fields,
});

const smallMap = (fields: Partial<EcosystemContent>): EcosystemContent => ({
  view: 'rings',
  rings: [{ id: 'r1', name: 'Core' }],
  ringWidth: 300,
  groups: [],
  customActorTypes: [],
  customRelationTypes: [],
  actors: [],
  relations: [],
  ...fields,
});

const svgOf = (content: EcosystemContent, l: MapSceneLabels = labels) => sceneToSvg(mapScene(content, l));
const parse = (content: EcosystemContent, l?: MapSceneLabels) => parseXml(svgOf(content, l));
const groups = (root: XmlElement, kind: string) =>
  allElements(root).filter((e) => e.name === 'g' && e.attributes.class === kind);
const inside = (root: XmlElement, name: string) => allElements(root).filter((e) => e.name === name);
const num = (e: XmlElement, key: string) => {
  const value = Number(e.attributes[key]);
  if (!Number.isFinite(value)) throw new Error(`${e.name} has no number ${key}`);
  return value;
};

/**
 * The name an actor card shows, read back from its bold lines. A line ending in "-" was either
 * cut inside a word or broken after a hyphen, so every reading is returned.
 */
function drawnNames(card: XmlElement): string[] {
  const lines = inside(card, 'text')
    .filter((t) => t.attributes['font-weight'] === 'bold')
    .map(textOf);
  let readings = [lines[0] ?? ''];
  for (const line of lines.slice(1)) {
    readings = readings.flatMap((r) =>
      r.endsWith('-') ? [`${r.slice(0, -1)}${line}`, `${r}${line}`, `${r} ${line}`] : [`${r} ${line}`],
    );
  }
  return readings;
}

describe('ecosystem map as SVG', () => {
  it('writes a well-formed, standalone SVG 1.1 document with a title and description', () => {
    const svg = svgOf(sampleMap());
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attributes.version).toBe('1.1');
    expect(root.attributes['font-family']).toBe('Noto Sans, DejaVu Sans, Arial, sans-serif');
    const [, , width, height] = root.attributes.viewBox.split(' ').map(Number);
    expect(num(root, 'width')).toBe(width);
    expect(num(root, 'height')).toBe(height);
    const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
    expect(elements[0].name).toBe('title');
    expect(textOf(elements[0])).toBe('Rakentamisluvan ekosysteemi');
    expect(elements[1].name).toBe('desc');
    expect(textOf(elements[1])).toBe(labels.description);
    // Nothing is fetched: no links, images, fonts or foreign content.
    expect(svg).not.toMatch(/href|<image|@font-face|url\((?!#)|foreignObject/);
  });

  it('draws each of the 37 actors once, with its name on its card', () => {
    const content = sampleMap();
    const cards = groups(parse(content), 'actor');
    expect(cards).toHaveLength(37);
    for (const a of content.actors) {
      const showing = cards.filter((card) => drawnNames(card).includes(a.name));
      expect(showing, a.name).toHaveLength(1);
      // Its card is where the actor is.
      const rect = inside(showing[0], 'rect')[0];
      expect(num(rect, 'x') + ACTOR_SIZE.width / 2).toBeCloseTo(a.x);
      expect(num(rect, 'y') + ACTOR_SIZE.height / 2).toBeCloseTo(a.y);
    }
  });

  it('keeps every card text inside its card', () => {
    for (const card of groups(parse(sampleMap()), 'actor')) {
      const rect = inside(card, 'rect')[0];
      const [left, top] = [num(rect, 'x'), num(rect, 'y')];
      for (const text of inside(card, 'text')) {
        const width = textWidth(textOf(text), num(text, 'font-size'), text.attributes['font-weight'] === 'bold');
        expect(num(text, 'x') + width).toBeLessThanOrEqual(left + ACTOR_SIZE.width);
        expect(num(text, 'y') - num(text, 'font-size')).toBeGreaterThanOrEqual(top);
        expect(num(text, 'y')).toBeLessThanOrEqual(top + ACTOR_SIZE.height);
      }
    }
  });

  it('draws one line per relation, with arrowheads, dashes and weights as in the editor', () => {
    const content = sampleMap();
    const root = parse(content);
    const lines = groups(root, 'relation').flatMap((g) => inside(g, 'line'));
    expect(lines).toHaveLength(content.relations.length);
    expect(lines.every((l) => l.attributes['marker-end'])).toBe(true);
    const twoWay = content.relations.filter((r) => !r.directed).length;
    expect(twoWay).toBeGreaterThan(0);
    expect(lines.filter((l) => l.attributes['marker-start'])).toHaveLength(twoWay);
    const informal = content.relations.filter((r) => r.informal).length;
    expect(informal).toBeGreaterThan(0);
    expect(lines.filter((l) => l.attributes['stroke-dasharray'] === '7 5')).toHaveLength(informal);
    expect(lines.filter((l) => l.attributes['stroke-width'] === '4')).toHaveLength(
      content.relations.filter((r) => r.strength === 3).length,
    );
    const labelled = content.relations.filter((r) => r.label).map((r) => r.label);
    expect(
      groups(root, 'relation-label')
        .map((g) => textOf(inside(g, 'text')[0]))
        .sort(),
    ).toEqual(labelled.sort());
  });

  it('defines one arrowhead marker per colour and direction, and every reference resolves', () => {
    const svg = svgOf(sampleMap());
    const root = parseXml(svg);
    const ids = inside(root, 'marker').map((m) => m.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = inside(root, 'line')
      .flatMap((l) => [l.attributes['marker-start'], l.attributes['marker-end']])
      .filter(Boolean)
      .map((ref) => /^url\(#(.+)\)$/.exec(ref)?.[1]);
    expect(new Set(used)).toEqual(new Set(ids));
    const colours = new Set(
      inside(root, 'line')
        .filter((l) => l.attributes['marker-end'])
        .map((l) => l.attributes.stroke),
    );
    expect(ids.filter((id) => id.startsWith('arrow-end-'))).toHaveLength(colours.size);
  });

  it('ends each line just outside the two cards it joins', () => {
    const a = actor('a', { x: -200, y: 0 });
    const b = actor('b', { x: 200, y: 100 });
    const root = parse(
      smallMap({ view: 'flow', actors: [a, b], relations: [relation('r', 'a', 'b', { directed: false })] }),
    );
    const line = inside(root, 'line')[0];
    const outside = (x: number, y: number, c: Actor) =>
      Math.max(Math.abs(x - c.x) - ACTOR_SIZE.width / 2, Math.abs(y - c.y) - ACTOR_SIZE.height / 2);
    // The line stops half an arrowhead (3.5 line widths) before the tip, the tip 3 units off the card.
    const start = outside(num(line, 'x1'), num(line, 'y1'), a);
    const end = outside(num(line, 'x2'), num(line, 'y2'), b);
    for (const gap of [start, end]) {
      expect(gap).toBeGreaterThan(2);
      expect(gap).toBeLessThan(3 + 1.75 * 2.5 + 0.5);
    }
  });

  it('lists in the legend only the types the map uses', () => {
    const content = smallMap({
      actors: [actor('a', { type: 'citizen', x: -200 }), actor('b', { type: 'company', x: 200 })],
      relations: [relation('r', 'a', 'b', { type: 'money' })],
    });
    const legend = groups(parse(content), 'legend');
    expect(legend).toHaveLength(1);
    expect(inside(legend[0], 'text').map(textOf)).toEqual(['Legend', 'Citizen / service user', 'Company', 'Money']);

    const informal = smallMap({ ...content, relations: [relation('r', 'a', 'b', { type: 'money', informal: true })] });
    expect(inside(groups(parse(informal), 'legend')[0], 'text').map(textOf)).toEqual([
      'Legend',
      'Citizen / service user',
      'Company',
      'Money',
      'Informal',
    ]);
    expect(groups(parse(smallMap({})), 'legend')).toHaveLength(0);

    const sample = sampleMap();
    const sampleLegend = inside(groups(parse(sample), 'legend')[0], 'text').map(textOf);
    const usedTypes = new Set([...sample.actors.map((x) => x.type), ...sample.relations.map((r) => r.type)]);
    expect(sampleLegend).toHaveLength(1 + usedTypes.size + 1);
  });

  it('escapes <, &, quotes and apostrophes, and drops characters XML forbids', () => {
    const nasty = `<b>&"x'</b>`;
    const content = smallMap({
      rings: [{ id: 'r1', name: `R&D "core"` }],
      actors: [
        actor('a', { name: nasty, organisation: `A&B <x>`, x: -200 }),
        actor('b', { name: `Bell\u0007 & co`, x: 200 }),
      ],
      relations: [relation('r', 'a', 'b', { label: `a < b & 'c'` })],
    });
    const svg = svgOf(content, { ...labels, title: `T<1> & "2"`, description: `d'&<` });
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('\u0007');
    const root = parseXml(svg);
    const texts = inside(root, 'text').map(textOf);
    expect(texts).toEqual(expect.arrayContaining([`R&D "core"`, nasty, `A&B <x>`, 'Bell & co', `a < b & 'c'`]));
    expect(textOf(inside(root, 'title')[0])).toBe(`T<1> & "2"`);
    expect(textOf(inside(root, 'desc')[0])).toBe(`d'&<`);
    // Safe in an attribute value too, whichever quote it is written in.
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('draws the rings with their names in the rings view, and none in the flow view', () => {
    const content = sampleMap();
    const rings = parse({ ...content, view: 'rings' });
    expect(inside(rings, 'circle').map((c) => num(c, 'r'))).toEqual([900, 600, 300]);
    expect(groups(rings, 'ring').map((g) => textOf(inside(g, 'text')[0]))).toEqual(
      content.rings.map((r) => r.name).reverse(),
    );
    const flow = parse({ ...content, view: 'flow' });
    expect(inside(flow, 'circle')).toHaveLength(0);
    expect(groups(flow, 'ring')).toHaveLength(0);
    const flowTexts = inside(flow, 'text').map(textOf);
    for (const ring of content.rings) expect(flowTexts).not.toContain(ring.name);
  });

  it.each([
    ['the sample in the rings view', { ...sampleMap(), view: 'rings' as const }],
    ['the sample in the flow view', { ...sampleMap(), view: 'flow' as const }],
    [
      'a flow map far from the centre',
      smallMap({
        view: 'flow',
        actors: [
          actor('a', { x: 5000, y: -3000, name: 'A very long name of an actor that goes on and on' }),
          actor('b', { x: 6200, y: -2500 }),
        ],
        relations: [relation('r', 'a', 'b', { label: 'A label long enough to stick out of its line on both sides' })],
      }),
    ],
    ['an empty map', smallMap({ view: 'flow' })],
  ])('has a viewBox that holds every shape: %s', (_name, content) => {
    const root = parse(content);
    const [x, y, width, height] = root.attributes.viewBox.split(' ').map(Number);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    const within = (px: number, py: number) => {
      expect(px).toBeGreaterThanOrEqual(x);
      expect(px).toBeLessThanOrEqual(x + width);
      expect(py).toBeGreaterThanOrEqual(y);
      expect(py).toBeLessThanOrEqual(y + height);
    };
    for (const e of allElements(root)) {
      if (e.name === 'circle') {
        within(num(e, 'cx') - num(e, 'r'), num(e, 'cy') - num(e, 'r'));
        within(num(e, 'cx') + num(e, 'r'), num(e, 'cy') + num(e, 'r'));
      } else if (e.name === 'rect') {
        within(num(e, 'x'), num(e, 'y'));
        within(num(e, 'x') + num(e, 'width'), num(e, 'y') + num(e, 'height'));
      } else if (e.name === 'line') {
        // With room for an arrowhead (2.8 line widths to the side, 1.75 beyond the end).
        const reach = 3.5 * num(e, 'stroke-width');
        within(num(e, 'x1') - reach, num(e, 'y1') - reach);
        within(num(e, 'x1') + reach, num(e, 'y1') + reach);
        within(num(e, 'x2') - reach, num(e, 'y2') - reach);
        within(num(e, 'x2') + reach, num(e, 'y2') + reach);
      } else if (e.name === 'path' && e.attributes.transform) {
        const [tx, ty, scale = 1] = (e.attributes.transform.match(/-?[\d.]+/g) ?? []).map(Number);
        within(tx, ty);
        within(tx + 24 * scale, ty + 24 * scale);
      } else if (e.name === 'text') {
        const size = num(e, 'font-size');
        const w = textWidth(textOf(e), size, e.attributes['font-weight'] === 'bold');
        const anchor = e.attributes['text-anchor'] ?? 'start';
        const left = anchor === 'middle' ? num(e, 'x') - w / 2 : anchor === 'end' ? num(e, 'x') - w : num(e, 'x');
        within(left, num(e, 'y') - size);
        within(left + w, num(e, 'y') + size / 4);
      }
    }
  });

  it('draws each group with members as a named box around its members, behind the relations', () => {
    const map = smallMap({
      groups: [
        { id: 'g1', name: 'Asunto Oy <Koivu>' },
        { id: 'g2', name: 'Tyhjä ryhmä' },
      ],
      actors: [
        actor('a', { groupId: 'g1', x: -100, y: 0 }),
        actor('b', { groupId: 'g1', x: 120, y: 40 }),
        actor('c', { x: 0, y: 250 }),
      ],
      relations: [relation('r', 'a', 'c')],
    });
    const root = parse(map);
    const clusters = groups(root, 'cluster');
    // Only the group with members is drawn, with its name escaped and read back.
    expect(clusters).toHaveLength(1);
    expect(inside(clusters[0], 'text').map(textOf)).toEqual(['Asunto Oy <Koivu>']);
    const [box] = inside(clusters[0], 'rect');
    for (const member of map.actors.filter((a) => a.groupId === 'g1')) {
      expect(num(box, 'x')).toBeLessThan(member.x - ACTOR_SIZE.width / 2);
      expect(num(box, 'x') + num(box, 'width')).toBeGreaterThan(member.x + ACTOR_SIZE.width / 2);
      expect(num(box, 'y') + num(box, 'height')).toBeGreaterThan(member.y + ACTOR_SIZE.height / 2);
    }
    expect(num(box, 'y') + num(box, 'height')).toBeLessThan(250 - ACTOR_SIZE.height / 2);
    const order = allElements(root)
      .filter((e) => e.name === 'g')
      .map((e) => e.attributes.class);
    expect(order.indexOf('cluster')).toBeLessThan(order.indexOf('relation'));
  });
});
