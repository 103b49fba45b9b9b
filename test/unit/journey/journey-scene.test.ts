import { describe, expect, it } from 'vitest';
import { journeyScene } from '../../../shared/journey/journey-scene';
import { CURVE_STYLES, JOURNEY_SIZES } from '../../../shared/journey/journey-scene-style';
import { sceneToSvg } from '../../../shared/drawing/svg';
import { shapeBox } from '../../../shared/drawing/scene';
import { contrastRatio } from '../../../shared/drawing/color';
import { NOTE_FILLS, NOTE_INK } from '../../../shared/drawing/note-style';
import { noteColors, type JourneyContent } from '../../../shared/model';
import { allElements, parseXml, textOf } from '../ecosystem/xml-tree';
import {
  contains,
  groupWords,
  groupsOf,
  lowContrastTexts,
  rects,
  squeezed,
  texts,
  textsOutsideTheirBox,
} from '../drawing/scene-checks';
import { boardsOf, journeyLabels, sampleSnapshot, SMALL_ALTS, smallJourney } from './journey-scene-fixtures';

const BOXED = ['note', 'stage', 'lane', 'cell', 'blueprint-line'] as const;
const draw = (content: JourneyContent, alts: Record<string, string> = SMALL_ALTS) =>
  journeyScene(content, journeyLabels(content, 'fi', alts));

describe('a journey drawn as a scene', () => {
  const content = smallJourney();
  const scene = draw(content);

  it('draws a header per stage and per lane, in order, and a cell per stage and lane', () => {
    expect(groupsOf(scene, 'stage').map((g) => g.part.id)).toEqual(['s1', 's2', 's3']);
    expect(groupsOf(scene, 'lane').map((g) => g.part.id)).toEqual(content.lanes.map((l) => l.id));
    expect(groupsOf(scene, 'cell')).toHaveLength(content.stages.length * content.lanes.length);
    // Columns of one width side by side, rows stacked: the stage header sits over its cells.
    const stageRects = groupsOf(scene, 'stage').map((g) => rects(g)[0]);
    for (const cell of groupsOf(scene, 'cell')) {
      const column = content.stages.findIndex((s) => s.id === cell.part.stageId);
      expect(rects(cell)[0].x).toBe(stageRects[column].x);
      expect(rects(cell)[0].width).toBe(JOURNEY_SIZES.stageWidth);
    }
  });

  it('shows the title, the persona and the state in the title row', () => {
    const [title] = groupsOf(scene, 'title');
    expect(texts(title).map((t) => t.text)).toEqual(['Asiakaspolku', 'Persoona: Aino, 38 · To-be']);
  });

  it('shows each stage’s steps as a numbered list under its title', () => {
    const words = texts(groupsOf(scene, 'stage')[0]).map((t) => t.text);
    expect(words).toEqual(['Tarve herää', '1.', 'Huomaa saunan lahonneen', '2.', 'Kysyy naapurilta']);
  });

  it('puts every note’s text, tags and votes in its card, collapsed lanes included', () => {
    const notes = groupsOf(scene, 'note');
    expect(notes.map((g) => g.part.id).sort()).toEqual(content.notes.map((n) => n.id).sort());
    for (const note of content.notes) {
      const words = groupWords(notes.find((g) => g.part.id === note.id) ?? notes[0]);
      // A photo speaks for a note without text; other empty notes say they are empty.
      if (note.text || !note.photoId) expect(words).toContain(squeezed(note.text || 'Tyhjä lappu'));
      for (const tag of note.tags) expect(words).toContain(`#${tag}`);
      if (note.votes > 0) expect(words).toContain(`●${note.votes}`);
    }
    const empty = notes.find((g) => g.part.id === 'n4');
    expect(texts(empty ?? notes[0])[0]).toMatchObject({ text: 'Tyhjä lappu', fill: NOTE_INK.muted });
  });

  it('fills each card with its note colour and stacks a cell’s cards in their order without overlap', () => {
    const [n1, n2] = ['n1', 'n2'].map(
      (id) => rects(groupsOf(scene, 'note').find((g) => g.part.id === id) ?? scene.groups[0])[0],
    );
    expect(n1.fill).toBe(NOTE_FILLS.yellow);
    expect(n2.fill).toBe(NOTE_FILLS.orange);
    expect(n2.y).toBeGreaterThanOrEqual(n1.y + n1.height);
  });

  it('keeps every text inside its card, header or cell, and every card inside its cell', () => {
    expect(textsOutsideTheirBox(scene, BOXED)).toEqual([]);
    const cells = groupsOf(scene, 'cell');
    for (const note of content.notes) {
      const card = shapeBox(rects(groupsOf(scene, 'note').find((g) => g.part.id === note.id) ?? scene.groups[0])[0]);
      const cell = cells.find((c) => c.part.stageId === note.stageId && c.part.laneId === note.laneId);
      expect(contains(shapeBox(rects(cell ?? scene.groups[0])[0]), card)).toBe(true);
    }
  });

  it('draws a photo’s frame inside its note with the photo’s text alternative, or says it has none', () => {
    const photos = groupsOf(scene, 'photo');
    expect(photos.map((p) => [p.part.id, p.part.photoId])).toEqual([
      ['n5', 'p1'],
      ['n6', 'p2'],
    ]);
    for (const photo of photos) {
      const note = groupsOf(scene, 'note').find((g) => g.part.id === photo.part.id) ?? scene.groups[0];
      expect(contains(shapeBox(rects(note)[0]), shapeBox(rects(photo)[0]))).toBe(true);
    }
    const words = (id: string) => groupWords(groupsOf(scene, 'note').find((g) => g.part.id === id) ?? scene.groups[0]);
    expect(words('n5')).toContain(squeezed(SMALL_ALTS.p1));
    expect(words('n6')).toContain(squeezed('Kuva ilman kuvausta'));
  });

  it('draws a curve per emotion lane with a dot per score, at the score’s height', () => {
    const curves = groupsOf(scene, 'emotion-curve');
    expect(curves.map((c) => c.part.id)).toEqual(['aino', 'pekka']);
    const aino = curves[0];
    const path = aino.shapes.find((s) => s.kind === 'path');
    expect(path).toMatchObject({ fill: 'none', strokeWidth: 3 });
    expect(path?.kind === 'path' && path.d).toMatch(/^M[\d.]+ [\d.]+ C/);
    const dots = aino.shapes.filter((s) => s.kind === 'circle');
    expect(dots).toHaveLength(3);
    // +1, −2, +2: the lowest score is the lowest dot, the highest the highest.
    const ys = dots.map((d) => (d.kind === 'circle' ? d.cy : 0));
    expect(ys[1]).toBeGreaterThan(ys[0]);
    expect(ys[2]).toBeLessThan(ys[0]);
    // Pekka has no score in the middle stage: the curve breaks there, so only dots remain.
    const pekka = curves[1];
    expect(pekka.shapes.filter((s) => s.kind === 'circle')).toHaveLength(2);
    expect(pekka.shapes.some((s) => s.kind === 'path')).toBe(false);
  });

  it('gives two emotion lanes distinct colours and dashes, with a sample in each lane header', () => {
    const two: JourneyContent = {
      ...content,
      scores: [...content.scores, { stageId: 's2', laneId: 'pekka', score: 2 }],
    };
    const curves = groupsOf(draw(two), 'emotion-curve').map((c) => c.shapes.find((s) => s.kind === 'path'));
    expect(curves).toHaveLength(2);
    const [a, b] = curves.map((p) => (p?.kind === 'path' ? { stroke: p.stroke, dash: p.dash } : null));
    expect(a).toEqual(CURVE_STYLES[0]);
    expect(b).toEqual(CURVE_STYLES[1]);
    expect(a?.stroke).not.toBe(b?.stroke);
    expect(a?.dash).not.toBe(b?.dash);
    const samples = groupsOf(draw(two), 'lane')
      .slice(0, 2)
      .map((g) => g.shapes.find((s) => s.kind === 'path'));
    expect(samples.map((s) => (s?.kind === 'path' ? [s.stroke, s.dash] : null))).toEqual([
      [CURVE_STYLES[0].stroke, CURVE_STYLES[0].dash],
      [CURVE_STYLES[1].stroke, CURVE_STYLES[1].dash],
    ]);
  });

  it('labels the emotion scale from +2 to −2 at the heights of its grid lines', () => {
    const lane = groupsOf(scene, 'lane')[0];
    const scale = texts(lane).filter((t) => t.anchor === 'end');
    expect(scale.map((t) => t.text)).toEqual([
      '+2 erittäin hyvä',
      '+1 hyvä',
      '0 neutraali',
      '−1 huono',
      '−2 erittäin huono',
    ]);
    const ys = scale.map((t) => t.y);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
  });

  it('draws each blueprint line with its name across the grid, at the boundary below its lane', () => {
    const lines = groupsOf(scene, 'blueprint-line');
    expect(lines.map((l) => [l.part.id, l.part.line])).toEqual([
      ['act', 'interaction'],
      ['front', 'visibility'],
    ]);
    const laneRect = (id: string) => rects(groupsOf(scene, 'lane').find((g) => g.part.id === id) ?? scene.groups[0])[0];
    const stageRects = groupsOf(scene, 'stage').map((g) => rects(g)[0]);
    const right = stageRects[stageRects.length - 1].x + stageRects[stageRects.length - 1].width;
    for (const [line, below, next] of [
      [lines[0], 'act', 'front'],
      [lines[1], 'front', 'photos'],
    ] as const) {
      const stroke = line.shapes.find((s) => s.kind === 'line');
      if (stroke?.kind !== 'line') throw new Error('no line');
      expect(stroke.dash).toBeTruthy();
      expect(stroke.y1).toBe(stroke.y2);
      // Below the lane and its band with the name, exactly where the next lane starts.
      expect(stroke.y1).toBe(laneRect(below).y + laneRect(below).height + JOURNEY_SIZES.blueprintBand);
      expect(stroke.y1).toBe(laneRect(next).y);
      expect([stroke.x1, stroke.x2]).toEqual([laneRect(below).x, right]);
    }
    expect(texts(lines[0]).map((t) => t.text)).toEqual(['Vuorovaikutuksen linja']);
    expect(texts(lines[1]).map((t) => t.text)).toEqual(['Näkyvyyden linja']);
  });

  it('shows a channels cell’s channels by name with their icons, and its text', () => {
    const cell = groupsOf(scene, 'cell').find((c) => c.part.stageId === 's1' && c.part.laneId === 'touch');
    expect(cell && texts(cell).map((t) => t.text)).toEqual([
      'Verkkopalvelu',
      'Puhelin',
      'Kasvokkain',
      'Kunnan verkkosivut',
    ]);
    expect(cell?.shapes.filter((s) => s.kind === 'path')).toHaveLength(3);
  });

  it('tints a lane with a colour, header and cells', () => {
    const pekka = groupsOf(scene, 'lane').find((g) => g.part.id === 'pekka');
    expect(pekka && rects(pekka)[0].fill).toBe(NOTE_FILLS.pink);
    const cell = groupsOf(scene, 'cell').find((c) => c.part.laneId === 'pekka');
    expect(cell && rects(cell)[0].fill).not.toBe('#ffffff');
  });

  it('keeps text readable: at least 4.5:1 on whatever it is drawn on, on every note colour', () => {
    expect(lowContrastTexts(scene)).toEqual([]);
    for (const color of noteColors) {
      for (const ink of [NOTE_INK.text, NOTE_INK.tags, NOTE_INK.muted]) {
        expect(contrastRatio(ink, NOTE_FILLS[color])).toBeGreaterThanOrEqual(4.5);
      }
      const tinted: JourneyContent = {
        ...content,
        lanes: content.lanes.map((l) => ({ ...l, color })),
        notes: content.notes.map((n) => ({ ...n, color })),
      };
      expect(lowContrastTexts(draw(tinted))).toEqual([]);
    }
  });

  it('shortens a very long note with "…" and keeps it in its card', () => {
    const long: JourneyContent = {
      ...content,
      notes: [{ ...content.notes[0], text: 'Rakennuslupa '.repeat(400) + 'Loppu' }],
    };
    const drawn = draw(long);
    const [note] = groupsOf(drawn, 'note');
    const body = texts(note).filter((t) => t.fill === NOTE_INK.text);
    expect(body.at(-1)?.text).toMatch(/…$/);
    expect(body.length).toBeLessThanOrEqual(18);
    expect(textsOutsideTheirBox(drawn, BOXED)).toEqual([]);
  });

  it('holds the whole picture in its bounds', () => {
    const inside = scene.groups.flatMap((g) => g.shapes).every((s) => contains(scene.bounds, shapeBox(s)));
    expect(inside).toBe(true);
  });

  it('draws an empty journey as a title only', () => {
    const empty: JourneyContent = { ...content, stages: [], lanes: [], notes: [], scores: [], touchpoints: [] };
    const drawn = draw(empty);
    expect(drawn.groups.map((g) => g.part.kind)).toEqual(['background', 'title']);
    expect(drawn.bounds.width).toBeGreaterThan(0);
  });

  it('writes a well-formed SVG that holds the words', () => {
    const root = parseXml(sceneToSvg(scene));
    const words = allElements(root)
      .filter((e) => e.name === 'text')
      .map(textOf)
      .join(' ');
    for (const word of [
      'Tarve herää',
      'Ainon',
      'Pekan',
      'Kosketuspisteet',
      'Vuorovaikutuksen linja',
      'Näkyvyyden linja',
      'To-be',
      'Asiointipiste',
    ]) {
      expect(words).toContain(word);
    }
    expect(textOf(allElements(root).find((e) => e.name === 'desc') ?? root)).toBe(
      journeyLabels(content, 'fi').description,
    );
  });
});

describe('the sample project’s journeys drawn as scenes', () => {
  const journeys = boardsOf(sampleSnapshot(), 'journey');

  it.each(journeys.map((b) => [b.title, b] as const))(
    '%s: every note whole, every text in its box, readable',
    (_title, board) => {
      const scene = journeyScene(board.content, journeyLabels(board.content, 'fi', {}, board.title));
      const notes = groupsOf(scene, 'note');
      expect(notes).toHaveLength(board.content.notes.length);
      for (const note of board.content.notes) {
        const group = notes.find((g) => g.part.id === note.id);
        expect(group && groupWords(group)).toContain(squeezed(note.text));
      }
      expect(textsOutsideTheirBox(scene, BOXED)).toEqual([]);
      expect(lowContrastTexts(scene)).toEqual([]);
      const emotionLanes = board.content.lanes.filter((l) => l.type === 'emotion');
      const curves = groupsOf(scene, 'emotion-curve');
      expect(curves).toHaveLength(emotionLanes.length);
      for (const curve of curves) {
        const scores = board.content.scores.filter((s) => s.laneId === curve.part.id);
        expect(curve.shapes.filter((s) => s.kind === 'circle')).toHaveLength(scores.length);
      }
      const lines = board.content.lanes.filter((l) => l.lineBelow).map((l) => l.lineBelow);
      expect(groupsOf(scene, 'blueprint-line').map((g) => g.part.line)).toEqual(lines);
      expect(() => parseXml(sceneToSvg(scene))).not.toThrow();
    },
  );
});
