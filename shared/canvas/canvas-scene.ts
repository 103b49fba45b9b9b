// A canvas as a drawing (shared/drawing/scene.ts): its sections, notes and, for a 2 × 2 matrix,
// its axes, as the editor shows them, made from the model alone so SVG/PNG export and the PDF
// report draw the same picture.
import type { CanvasContent, CanvasNote, CanvasSection } from '../model/boards/canvas';
import type { Box, Scene, SceneGroup, SceneShape } from '../drawing/scene';
import { groupsBox } from '../drawing/scene';
import { growBox, moveShapes, textBlock } from '../drawing/layout';
import { fitParagraphs } from '../drawing/paragraphs';
import { fitText, textWidth } from '../drawing/text-fit';
import { canvasNoteGroups } from './canvas-scene-note';
import { currentVoteTotals } from './canvas-votes';
import { CANVAS_COLORS, CANVAS_SIZES, CANVAS_TEXT, type CanvasSceneLabels } from './canvas-scene-style';

export type { CanvasSceneLabels } from './canvas-scene-style';
export { CANVAS_NOTE_SIZE } from './canvas-scene-style';
export { currentVoteTotals } from './canvas-votes';

/** The title row is at least this wide, so a small canvas still has room for its title. */
const MIN_TITLE_WIDTH = 480;

/** A section's box, its title (two lines at most) and its prompt (muted, four lines at most). */
function sectionGroup(section: CanvasSection): SceneGroup {
  const { radius, padX, padY, promptLines } = CANVAS_SIZES.section;
  const inner = Math.max(0, section.width - 2 * padX);
  const left = section.x + padX;
  const shapes: SceneShape[] = [
    {
      kind: 'rect',
      x: section.x,
      y: section.y,
      width: section.width,
      height: section.height,
      radius,
      fill: CANVAS_COLORS.section,
      stroke: CANVAS_COLORS.sectionBorder,
      strokeWidth: 1.5,
    },
  ];
  let y = section.y + padY;
  const style = CANVAS_TEXT.sectionTitle;
  const title = fitParagraphs(section.title, inner, [style.fontSize, 14, 13], true, 2);
  if (title) {
    const block = textBlock(title.lines, left, y, { ...style, fontSize: title.fontSize });
    shapes.push(...block.shapes);
    y += block.height + 2;
  }
  const prompt = CANVAS_TEXT.prompt;
  const room = section.y + section.height - padY - y;
  const lines = Math.min(promptLines, Math.floor(room / (prompt.fontSize * prompt.lineHeight)));
  const fitted = section.prompt.trim()
    ? fitParagraphs(section.prompt, inner, [prompt.fontSize, 11], false, lines)
    : null;
  if (fitted) shapes.push(...textBlock(fitted.lines, left, y, { ...prompt, fontSize: fitted.fontSize }).shapes);
  return { part: { kind: 'section', id: section.id }, shapes };
}

/**
 * A matrix's axes around all its sections, as AxesNode draws them: a line up the left and one
 * along the bottom, the x name under the bottom line's end and the y name over the left line's
 * top (the editor turns it upright; a scene has no rotated text, so its arrow points up instead).
 */
function axesGroup(sections: readonly CanvasSection[], axes: { x: string; y: string }): SceneGroup | null {
  if (sections.length === 0) return null;
  const left = Math.min(...sections.map((s) => s.x)) - CANVAS_SIZES.axisMargin;
  const top = Math.min(...sections.map((s) => s.y));
  const right = Math.max(...sections.map((s) => s.x + s.width));
  const bottom = Math.max(...sections.map((s) => s.y + s.height)) + CANVAS_SIZES.axisMargin;
  const { fontSize, bold, fill } = CANVAS_TEXT.axis;
  const line = (x1: number, y1: number, x2: number, y2: number): SceneShape => ({
    kind: 'line',
    x1,
    y1,
    x2,
    y2,
    stroke: CANVAS_COLORS.axis,
    strokeWidth: 2,
    arrowStart: false,
    arrowEnd: false,
  });
  const label = (text: string, x: number, y: number, anchor: 'start' | 'end'): SceneShape => ({
    kind: 'text',
    x,
    y,
    text,
    fontSize,
    bold,
    anchor,
    fill,
  });
  return {
    part: { kind: 'axes' },
    shapes: [
      line(left, top, left, bottom),
      line(left, bottom, right, bottom),
      label(`${axes.x} →`, right, bottom + 8 + fontSize, 'end'),
      label(`↑ ${axes.y}`, left, top - 10, 'start'),
    ],
  };
}

/** Notes in the editor's reading order: section by section, top to bottom, left to right; loose notes last. */
function readingOrder(content: CanvasContent): CanvasNote[] {
  const sectionIndex = new Map(content.sections.map((s, i) => [s.id, i]));
  const rank = (n: CanvasNote) =>
    n.sectionId === null ? content.sections.length : (sectionIndex.get(n.sectionId) ?? content.sections.length);
  return [...content.notes].sort((a, b) => rank(a) - rank(b) || a.y - b.y || a.x - b.x);
}

/** The board title above the drawing's top-left corner. */
function titleGroup(title: string, box: Box): SceneGroup {
  const style = CANVAS_TEXT.title;
  const width = Math.max(box.width, MIN_TITLE_WIDTH);
  const fitted = fitText(title, width, [style.fontSize, 18, 16], true, 2);
  const lines = fitted?.lines ?? [];
  const block = textBlock(lines, 0, 0, { ...style, fontSize: fitted?.fontSize ?? style.fontSize });
  return {
    part: { kind: 'title' },
    shapes: moveShapes(block.shapes, box.x, box.y - CANVAS_SIZES.titleGap - block.height),
  };
}

/**
 * The canvas as a scene, back to front: the axes of a matrix, the sections, then the notes in
 * reading order (each with its photo mark). The board title sits above it all.
 */
export function canvasScene(content: CanvasContent, labels: CanvasSceneLabels): Scene {
  const votes = currentVoteTotals(content);
  const axes = labels.axes ? axesGroup(content.sections, labels.axes) : null;
  const drawing: SceneGroup[] = [
    ...(axes ? [axes] : []),
    ...content.sections.map(sectionGroup),
    ...readingOrder(content).flatMap((note) => canvasNoteGroups(note, votes.get(note.id) ?? 0, labels)),
  ];
  const box = groupsBox(drawing) ?? { x: 0, y: 0, width: textWidth(labels.title, 20, true), height: 0 };
  const title = titleGroup(labels.title, box);
  const bounds = growBox(groupsBox([title, ...drawing]) ?? box, CANVAS_SIZES.margin);
  const background: SceneGroup = {
    part: { kind: 'background' },
    shapes: [{ kind: 'rect', ...bounds, radius: 0, fill: CANVAS_COLORS.background }],
  };
  return { title: labels.title, description: labels.description, bounds, groups: [background, title, ...drawing] };
}
