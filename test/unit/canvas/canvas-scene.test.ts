import { describe, expect, it } from 'vitest';
import { canvasScene, CANVAS_NOTE_SIZE, currentVoteTotals } from '../../../shared/canvas/canvas-scene';
import { sceneToSvg } from '../../../shared/drawing/svg';
import { shapeBox } from '../../../shared/drawing/scene';
import { NOTE_FILLS, NOTE_INK } from '../../../shared/drawing/note-style';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { templateById } from '../../../shared/templates';
import { noteColors, type CanvasContent } from '../../../shared/model';
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
import { boardsOf, sampleSnapshot } from '../journey/journey-scene-fixtures';
import { canvasLabels, smallCanvas } from './canvas-scene-fixtures';

const BOXED = ['note', 'section'] as const;
const draw = (content: CanvasContent) => canvasScene(content, canvasLabels(content, 'fi', 'Pieni kanvaasi'));
const noteGroup = (scene: ReturnType<typeof draw>, id: string) => {
  const group = groupsOf(scene, 'note').find((g) => g.part.id === id);
  if (!group) throw new Error(`no note ${id}`);
  return group;
};

describe('a canvas drawn as a scene', () => {
  const content = smallCanvas();
  const scene = draw(content);

  it('draws each section as a box at its place with its title and its prompt, muted', () => {
    const sections = groupsOf(scene, 'section');
    expect(sections.map((g) => g.part.id)).toEqual(['s1', 's2']);
    expect(rects(sections[0])[0]).toMatchObject({ x: 0, y: 0, width: 560, height: 360 });
    const [title, ...prompt] = texts(sections[0]);
    expect(title).toMatchObject({ text: 'Ajattelee ja tuntee', bold: true });
    expect(squeezed(prompt.map((t) => t.text).join(''))).toBe(squeezed(content.sections[0].prompt));
    expect(prompt.every((t) => t.fill !== title.fill && !t.bold)).toBe(true);
  });

  it('draws each note as a card of its colour at its place, above the sections', () => {
    const kinds = scene.groups.map((g) => g.part.kind);
    expect(kinds.lastIndexOf('section')).toBeLessThan(kinds.indexOf('note'));
    for (const note of content.notes) {
      expect(rects(noteGroup(scene, note.id))[0]).toMatchObject({
        x: note.x,
        y: note.y,
        ...CANVAS_NOTE_SIZE,
        fill: NOTE_FILLS[note.color],
      });
    }
  });

  it('puts every note’s text and tags in its card, and keeps every text inside its card or section', () => {
    for (const note of content.notes.filter((n) => n.id !== 'n2')) {
      const words = groupWords(noteGroup(scene, note.id));
      expect(words).toContain(squeezed(note.text || 'Tyhjä lappu'));
      for (const tag of note.tags) expect(words).toContain(`#${tag}`);
    }
    expect(textsOutsideTheirBox(scene, BOXED)).toEqual([]);
  });

  it('shrinks a long note’s text, then ends it with "…", inside the card', () => {
    const body = texts(noteGroup(scene, 'n2')).filter((t) => t.fill === NOTE_INK.text);
    expect(body[0].fontSize).toBeLessThan(13);
    expect(body.at(-1)?.text).toMatch(/…$/);
    expect(groupWords(noteGroup(scene, 'n2'))).toContain(squeezed('Pitkä lappu, jossa on paljon tekstiä'));
  });

  it('keeps a note’s line breaks', () => {
    expect(texts(noteGroup(scene, 'n6')).map((t) => t.text)).toEqual(['Vem hjälper mig?', 'Ingen svarar.']);
  });

  it('counts the votes of the current round, as the editor shows them', () => {
    expect(currentVoteTotals(content)).toEqual(
      new Map([
        ['n1', 1],
        ['n2', 2],
        ['n4', 1],
      ]),
    );
    const badge = (id: string) => texts(noteGroup(scene, id)).find((t) => t.text.startsWith('●'))?.text;
    expect([badge('n1'), badge('n2'), badge('n3'), badge('n4')]).toEqual(['● 1', '● 2', undefined, '● 1']);
    expect(currentVoteTotals({ ...content, rounds: [], votes: [] }).size).toBe(0);
  });

  it('marks a photo note with a photo glyph inside the card', () => {
    const photos = groupsOf(scene, 'photo');
    expect(photos.map((p) => [p.part.id, p.part.photoId])).toEqual([['n4', 'p1']]);
    expect(photos[0].shapes.some((s) => s.kind === 'path')).toBe(true);
    const card = shapeBox(rects(noteGroup(scene, 'n4'))[0]);
    for (const shape of photos[0].shapes) expect(contains(card, shapeBox(shape))).toBe(true);
  });

  it('shows "empty note" in muted ink on a note without text', () => {
    expect(texts(noteGroup(scene, 'n3'))).toMatchObject([{ text: 'Tyhjä lappu', fill: NOTE_INK.muted }]);
  });

  it('keeps text readable on every note colour', () => {
    for (const color of noteColors) {
      const coloured = { ...content, notes: content.notes.map((n) => ({ ...n, color })) };
      expect(lowContrastTexts(draw(coloured))).toEqual([]);
    }
  });

  it('puts the title above the drawing and everything inside the bounds', () => {
    const [title] = groupsOf(scene, 'title');
    expect(texts(title).map((t) => t.text)).toEqual(['Pieni kanvaasi']);
    const top = Math.min(...groupsOf(scene, 'section').map((g) => rects(g)[0].y));
    expect(Math.max(...texts(title).map((t) => shapeBox(t).y + shapeBox(t).height))).toBeLessThan(top);
    expect(scene.groups.flatMap((g) => g.shapes).every((s) => contains(scene.bounds, shapeBox(s)))).toBe(true);
  });

  it('draws a matrix’s axes with their names around its sections', () => {
    let n = 0;
    const matrix = instantiateTemplate(templateById('impact-effort') ?? (undefined as never), 'en', () => `id${++n}`);
    const drawn = canvasScene(matrix, canvasLabels(matrix, 'en', 'Matrix'));
    const [axes] = groupsOf(drawn, 'axes');
    expect(texts(axes).map((t) => t.text)).toEqual(['Effort →', '↑ Impact']);
    expect(axes.shapes.filter((s) => s.kind === 'line')).toHaveLength(2);
    expect(groupsOf(draw(content), 'axes')).toEqual([]);
  });

  it('draws an empty canvas as its title', () => {
    const drawn = draw({ ...content, sections: [], notes: [], votes: [] });
    expect(drawn.groups.map((g) => g.part.kind)).toEqual(['background', 'title']);
    expect(drawn.bounds.width).toBeGreaterThan(0);
  });

  it('writes a well-formed SVG that holds the words', () => {
    const root = parseXml(sceneToSvg(scene));
    const words = allElements(root)
      .filter((e) => e.name === 'text')
      .map(textOf)
      .join(' ');
    for (const word of ['Ajattelee ja tuntee', 'Onko lupa tarpeen?', '#lupa', 'Vem hjälper mig?', '● 2']) {
      expect(words).toContain(word);
    }
    expect(textOf(allElements(root).find((e) => e.name === 'desc') ?? root)).toBe(
      canvasLabels(content, 'fi').description,
    );
  });
});

describe('the sample project’s canvases drawn as scenes', () => {
  const canvases = boardsOf(sampleSnapshot(), 'canvas');

  it.each(canvases.map((b) => [b.title, b] as const))(
    '%s: every note whole, every text in its box, readable',
    (_t, board) => {
      const scene = canvasScene(board.content, canvasLabels(board.content, 'fi', board.title));
      const notes = groupsOf(scene, 'note');
      expect(notes).toHaveLength(board.content.notes.length);
      for (const note of board.content.notes) {
        const group = notes.find((g) => g.part.id === note.id);
        expect(group && groupWords(group)).toContain(squeezed(note.text));
      }
      expect(textsOutsideTheirBox(scene, BOXED)).toEqual([]);
      expect(lowContrastTexts(scene)).toEqual([]);
      expect(() => parseXml(sceneToSvg(scene))).not.toThrow();
    },
  );
});
