// Lays the report document out on pages: each section from a new page (a board's diagram on a
// landscape page when it is wide, its text on portrait pages), the cover without furniture,
// then the running header, footer and contents page numbers once the page count is known.
import type { Block, Orientation, ReportDocument, Section } from '../../tree';
import type { LaidDocument, Measurer, OutlineEntry } from '../ops';
import { COLORS, PARAGRAPH } from '../styles';
import { layoutContents } from './contents';
import { layoutFigure } from './figure';
import { Flow } from './flow';
import { addFurniture } from './furniture';
import { layoutTable } from './table';
import { layoutFacts, layoutHeading, layoutImage, layoutList, layoutParagraph, type LayoutState } from './text-blocks';

const textOf = (runs: readonly { text: string }[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .trim();

/** Bookmarks: every outlined level-1 heading, with the outlined level-2 headings of its section under it. */
export function outlineOf(document: ReportDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'heading' || !block.outline) continue;
      const entry: OutlineEntry = {
        headingId: block.id,
        title: textOf(block.runs),
        lang: block.runs[0]?.lang ?? section.lang,
        children: [],
      };
      const parent = entries.at(-1);
      if (block.level === 1 || !parent) entries.push(entry);
      else if (block.level === 2) parent.children.push(entry);
    }
  }
  return entries;
}

/** A block's preferred page orientation: a figure's own, everything else portrait. */
const orientationOf = (block: Block): Orientation => (block.kind === 'figure' ? block.orientation : 'portrait');

/** A section starts in the orientation of its first figure when only its title comes before it. */
function startOrientation(section: Section): Orientation {
  for (const block of section.blocks) {
    if (block.kind === 'figure') return block.orientation;
    if (block.kind !== 'heading' && block.kind !== 'paragraph') return 'portrait';
  }
  return 'portrait';
}

function layoutBlock(
  state: LayoutState,
  document: ReportDocument,
  block: Block,
  outline: OutlineEntry[],
  contentsHeading: string,
): void {
  switch (block.kind) {
    case 'heading':
      return layoutHeading(state, block);
    case 'paragraph':
      return layoutParagraph(state, block);
    case 'list':
      return layoutList(state, block);
    case 'table':
      return layoutTable(state, block);
    case 'facts':
      return layoutFacts(state, block);
    case 'figure':
      return layoutFigure(state, block, document.furniture);
    case 'image':
      return layoutImage(state, block);
    case 'contents':
      return layoutContents(state, block.id, outline, contentsHeading);
  }
}

function layoutCover(state: LayoutState, document: ReportDocument, section: Section): void {
  const { flow } = state;
  flow.newPage(section.id, 'portrait', false);
  const { width, height } = flow.page;
  flow.push({
    kind: 'rect',
    owner: { kind: 'artifact', type: 'decoration' },
    x: 0,
    y: 0,
    width,
    height: 10,
    radius: 0,
    fill: COLORS.coverBand,
    stroke: null,
    lineWidth: 0,
  });
  const blocks = [...section.blocks];
  const logo = blocks[0]?.kind === 'image' ? blocks.shift() : undefined;
  if (logo) layoutBlock(state, document, logo, [], '');
  // Small print (licence, "made with") sits at the foot of the cover.
  const foot: Block[] = [];
  while (blocks.at(-1)?.kind === 'paragraph' && (blocks.at(-1) as { style: string }).style === 'small')
    foot.unshift(blocks.pop() as Block);
  flow.y = Math.max(flow.y, height * 0.3);
  for (const block of blocks) {
    if (block.kind === 'facts') {
      flow.push({
        kind: 'line',
        owner: { kind: 'artifact', type: 'decoration' },
        x1: flow.box.left,
        y1: flow.y,
        x2: flow.box.left + 48,
        y2: flow.y,
        color: COLORS.accent,
        width: 2,
      });
      flow.y += 22;
    }
    layoutBlock(state, document, block, [], '');
  }
  const small = PARAGRAPH.small;
  const footHeight = foot.reduce(
    (sum, b) =>
      sum +
      (b.kind === 'paragraph'
        ? flow.lines(b.runs, small.face, small.size, flow.box.width).length * small.leading + small.after
        : 0),
    0,
  );
  flow.y = Math.max(flow.y, flow.box.bottom - footHeight);
  for (const block of foot) layoutBlock(state, document, block, [], '');
}

/** Lays out the whole document; `measure` measures text with the fonts the PDF embeds. */
export function layoutDocument(document: ReportDocument, measure: Measurer): LaidDocument {
  const flow = new Flow(document.paper, measure);
  const state: LayoutState = { flow, destinations: new Map(), images: new Map(document.images.map((i) => [i.id, i])) };
  const outline = outlineOf(document);
  const contentsHeading =
    document.sections.find((s) => s.kind === 'contents')?.blocks.find((b) => b.kind === 'heading')?.id ?? '';
  for (const section of document.sections) {
    if (section.kind === 'cover') {
      layoutCover(state, document, section);
      continue;
    }
    flow.newPage(section.id, startOrientation(section));
    let figureSeen = false;
    for (const block of section.blocks) {
      const wanted = orientationOf(block);
      // A board's kicker and title share the page of its diagram; text after a landscape diagram
      // goes on portrait pages again.
      const titleBeforeFigure = (block.kind === 'heading' || block.kind === 'paragraph') && !figureSeen;
      if (wanted !== flow.page.orientation && !titleBeforeFigure) flow.newPage(section.id, wanted);
      if (block.kind === 'figure') figureSeen = true;
      layoutBlock(state, document, block, outline, contentsHeading);
    }
  }
  addFurniture(flow, document, state.destinations);
  return { pages: flow.pages, destinations: state.destinations, outline };
}
