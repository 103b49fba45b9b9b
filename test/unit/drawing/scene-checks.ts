// Checks that hold for every board drawn as a scene: texts inside their boxes, readable on what
// lies under them, and the words of an item readable back from its group.
import { contrastRatio } from '../../../shared/drawing/color';
import { shapeBox, type Box, type Scene, type SceneGroup, type SceneShape } from '../../../shared/drawing/scene';

type Text = Extract<SceneShape, { kind: 'text' }>;
type Rect = Extract<SceneShape, { kind: 'rect' }>;

export const texts = (group: SceneGroup): Text[] => group.shapes.filter((s): s is Text => s.kind === 'text');
export const rects = (group: SceneGroup): Rect[] => group.shapes.filter((s): s is Rect => s.kind === 'rect');
export const groupsOf = <K extends SceneGroup['part']['kind']>(scene: Scene, kind: K) =>
  scene.groups.filter(
    (g): g is SceneGroup & { part: Extract<SceneGroup['part'], { kind: K }> } => g.part.kind === kind,
  );

const EPSILON = 0.01;
export const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - EPSILON &&
  inner.y >= outer.y - EPSILON &&
  inner.x + inner.width <= outer.x + outer.width + EPSILON &&
  inner.y + inner.height <= outer.y + outer.height + EPSILON;

const rectBox = (r: Rect): Box => ({ x: r.x, y: r.y, width: r.width, height: r.height });

/** Texts of groups of these kinds that are not inside their group's first rect (the card, header or cell). */
export function textsOutsideTheirBox(scene: Scene, kinds: readonly SceneGroup['part']['kind'][]): string[] {
  return scene.groups
    .filter((g) => kinds.includes(g.part.kind))
    .flatMap((g) => {
      const frame = rects(g)[0];
      if (!frame) return texts(g).map((t) => `${g.part.kind}: "${t.text}" has no box`);
      return texts(g)
        .filter((t) => !contains(rectBox(frame), shapeBox(t)))
        .map((t) => `${g.part.kind}: "${t.text}"`);
    });
}

/**
 * Every text whose contrast with the topmost filled rect under its box (painted before it) is below
 * 4.5:1, with the colours. The page background counts as the last resort.
 */
export function lowContrastTexts(scene: Scene): string[] {
  const painted: Rect[] = [];
  const problems: string[] = [];
  for (const group of scene.groups) {
    for (const shape of group.shapes) {
      if (shape.kind === 'rect' && shape.fill !== 'none') painted.push(shape);
      if (shape.kind !== 'text') continue;
      const box = shapeBox(shape);
      const under = painted.findLast((r) => contains(rectBox(r), box));
      const fill = under?.fill ?? '#ffffff';
      const ratio = contrastRatio(shape.fill, fill);
      if (ratio < 4.5) problems.push(`"${shape.text}" ${shape.fill} on ${fill}: ${ratio.toFixed(2)}`);
    }
  }
  return problems;
}

/** A group's words with spaces and hyphens dropped, so text wrapped or cut anywhere reads the same. */
export const squeezed = (text: string) => text.replace(/[\s\-‐]/g, '');
export const groupWords = (group: SceneGroup) =>
  squeezed(
    texts(group)
      .map((t) => t.text)
      .join(''),
  );

/** Shapes of two groups overlap (their boxes intersect by more than a hair). */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x + a.width > b.x + 0.5 && b.x + b.width > a.x + 0.5 && a.y + a.height > b.y + 0.5 && b.y + b.height > a.y + 0.5
  );
}
