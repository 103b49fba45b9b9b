// Diagrams on pages: scaled to fit the space left (never enlarged past their own size). When the
// smallest text would shrink below MIN_FIGURE_TEXT points, the diagram is shown whole as an
// overview with a numbered grid, then enlarged part by part, one page each, at a legible size;
// the parts overlap by about a card, so every actor appears whole on at least one page.
import type { Box } from '../../../drawing/scene';
import type { Figure, FurnitureLabels, Run } from '../../tree';
import { smallestText } from '../draw-scene';
import { COLORS, MIN_FIGURE_TEXT, PARAGRAPH } from '../styles';
import { placeLines, type Flow } from './flow';
import type { LayoutState } from './text-blocks';

/** Scene units (board pixels) shown at most at this many points each: 1 px = 0.75 pt at 100 %. */
const MAX_SCALE = 0.75;
/** Overlap of neighbouring parts, in scene units: an actor card is 150 wide. */
const OVERLAP = 170;
/** More parts than this and the text is allowed to get smaller instead (a 2,000-actor map). */
const MAX_PARTS = 48;
/** A diagram whose smallest text reaches this share of the minimum on a page of its own is not split. */
const NEARLY = 0.8;
/** A diagram squeezed below this share of a page's height moves to a page of its own. */
const MIN_SHARE = 0.4;

function caption(flow: Flow, runs: Run[], id: string, part = 'caption'): void {
  const style = PARAGRAPH.caption;
  flow.y += style.before;
  placeLines(flow, flow.lines(runs, style.face, style.size, flow.box.width), flow.box.left, style, {
    kind: 'node',
    id,
    part,
  });
}

const captionHeight = (flow: Flow, runs: Run[]) =>
  PARAGRAPH.caption.before +
  flow.lines(runs, PARAGRAPH.caption.face, PARAGRAPH.caption.size, flow.box.width).length * PARAGRAPH.caption.leading;

/** Places the scene's viewport at `scale`, centred in the content width, below the cursor. */
function place(flow: Flow, figure: Figure, viewport: Box, scale: number, part?: string): Box {
  const width = viewport.width * scale;
  const height = viewport.height * scale;
  const box = { x: flow.box.left + (flow.box.width - width) / 2, y: flow.y, width, height };
  flow.push({
    kind: 'scene',
    owner: part ? { kind: 'node', id: figure.id, part } : { kind: 'node', id: figure.id },
    scene: figure.scene,
    viewport,
    box,
  });
  // A hairline frame sets the diagram off from the page.
  flow.push({
    kind: 'rect',
    owner: { kind: 'artifact', type: 'decoration' },
    ...box,
    radius: 0,
    fill: null,
    stroke: COLORS.rule,
    lineWidth: 0.5,
  });
  flow.y += height;
  return box;
}

/** The parts a diagram is split into: a grid of viewports at `scale` that fill a page each. */
function parts(bounds: Box, pageWidth: number, pageHeight: number, scale: number): Box[] {
  const tileW = Math.min(bounds.width, pageWidth / scale);
  const tileH = Math.min(bounds.height, pageHeight / scale);
  const overlapX = Math.min(OVERLAP, tileW / 4);
  const overlapY = Math.min(OVERLAP, tileH / 4);
  const cols = Math.max(1, Math.ceil((bounds.width - overlapX) / (tileW - overlapX)));
  const rows = Math.max(1, Math.ceil((bounds.height - overlapY) / (tileH - overlapY)));
  const stepX = cols > 1 ? (bounds.width - tileW) / (cols - 1) : 0;
  const stepY = rows > 1 ? (bounds.height - tileH) / (rows - 1) : 0;
  const out: Box[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out.push({ x: bounds.x + c * stepX, y: bounds.y + r * stepY, width: tileW, height: tileH });
    }
  }
  return out;
}

export function layoutFigure(state: LayoutState, figure: Figure, labels: FurnitureLabels): void {
  const { flow } = state;
  const { bounds } = figure.scene;
  if (bounds.width <= 0 || bounds.height <= 0) return;
  const smallest = smallestText(figure.scene);
  const fullHeight = flow.box.bottom - flow.box.top;
  const fit = (height: number) => Math.min(MAX_SCALE, flow.box.width / bounds.width, height / bounds.height);
  const legible = (scale: number) => smallest === null || smallest * scale >= MIN_FIGURE_TEXT - 1e-6;
  // Whole on a page of its own with its smallest words (tags, badges) a little under the minimum
  // reads better than two parts that mostly repeat each other (a canvas just too wide for A4).
  const nearlyLegible = (scale: number) => smallest === null || smallest * scale >= NEARLY * MIN_FIGURE_TEXT;

  const captionSpace = captionHeight(flow, figure.caption) + PARAGRAPH.caption.after;
  let scale = fit(flow.remaining() - captionSpace);
  const whole = fit(fullHeight - captionSpace);
  // Too squeezed below earlier content, or legible only on a page of its own: start a new page.
  const squeezed = scale * bounds.height < MIN_SHARE * fullHeight && scale < whole - 1e-6;
  if (!flow.fresh && (squeezed || (!nearlyLegible(scale) && nearlyLegible(whole)))) {
    flow.continuePage();
    scale = fit(flow.remaining() - captionSpace);
  }
  if (legible(scale) || nearlyLegible(scale)) {
    place(flow, figure, bounds, scale);
    caption(flow, figure.caption, figure.id);
    flow.y += PARAGRAPH.caption.after;
    return;
  }

  // Split: an overview with the parts' grid, then each part enlarged on a page of its own.
  // The report's own words, in its language (the figure's alt text may be the facilitator's, in another).
  const partLabel = (n: number, of: number): Run[] => [{ text: labels.figurePart(n, of), lang: labels.lang }];
  const partCaption = captionHeight(flow, [...figure.caption, ...partLabel(99, 99)]) + 4;
  let enlarged = Math.min(MAX_SCALE, MIN_FIGURE_TEXT / (smallest ?? MIN_FIGURE_TEXT));
  let grid = parts(bounds, flow.box.width, fullHeight - partCaption, enlarged);
  while (grid.length > MAX_PARTS) {
    enlarged *= 0.85;
    grid = parts(bounds, flow.box.width, fullHeight - partCaption, enlarged);
  }
  const overview: Run[] = [...figure.caption, { text: ` — ${labels.figureOverview(grid.length)}`, lang: labels.lang }];
  scale = fit(flow.remaining() - captionHeight(flow, overview) - PARAGRAPH.caption.after);
  const box = place(flow, figure, bounds, scale);
  // The overview shows where each part is as a grid of equal cells (the parts themselves overlap).
  const cols = new Set(grid.map((t) => t.x)).size;
  const rows = grid.length / cols;
  grid.forEach((_, i) => {
    const frame = {
      x: box.x + ((i % cols) * box.width) / cols,
      y: box.y + (Math.floor(i / cols) * box.height) / rows,
      width: box.width / cols,
      height: box.height / rows,
    };
    flow.push({
      kind: 'rect',
      owner: { kind: 'artifact', type: 'decoration' },
      ...frame,
      radius: 0,
      fill: null,
      stroke: COLORS.accent,
      lineWidth: 0.6,
    });
    flow.push({
      kind: 'text',
      owner: { kind: 'artifact', type: 'decoration' },
      x: frame.x + 4,
      y: frame.y + 11,
      text: String(i + 1),
      face: 'bold',
      size: 9,
      color: COLORS.accent,
      lang: 'zxx',
    });
  });
  caption(flow, overview, figure.id);
  flow.y += PARAGRAPH.caption.after;
  grid.forEach((tile, i) => {
    flow.continuePage();
    caption(
      flow,
      [...figure.caption, { text: ' — ', lang: 'zxx' }, ...partLabel(i + 1, grid.length)],
      figure.id,
      'detail-caption',
    );
    flow.y += 4;
    place(flow, figure, tile, enlarged, 'detail');
  });
}
