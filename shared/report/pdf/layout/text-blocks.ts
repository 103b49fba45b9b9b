// Headings, paragraphs, lists, term–value facts and standalone images on the page flow.
import type { Attachment } from '../../../model';
import type { Facts, Heading, ImageBlock, List, Paragraph, Photo } from '../../tree';
import type { Destination } from '../ops';
import { COLORS, FACTS, HEADING, LIST, PARAGRAPH, type TextStyle } from '../styles';
import { drawLine, placeLines, type Flow } from './flow';

export interface LayoutState {
  flow: Flow;
  destinations: Map<string, Destination>;
  images: ReadonlyMap<string, Attachment>;
}

/** A heading keeps at least this much of what follows on its page. */
const KEEP_WITH_NEXT = 56;

export function layoutHeading(state: LayoutState, heading: Heading): void {
  const { flow } = state;
  const style = HEADING[heading.level];
  const lines = flow.lines(heading.runs, style.face, style.size, flow.box.width);
  flow.space(style.before);
  flow.ensure(lines.length * style.leading + KEEP_WITH_NEXT);
  state.destinations.set(heading.id, { page: flow.pages.length - 1, y: flow.y });
  placeLines(flow, lines, flow.box.left, style, { kind: 'node', id: heading.id }, lines.length);
  flow.y += style.after;
}

export function layoutParagraph(state: LayoutState, paragraph: Paragraph, width?: number): void {
  const { flow } = state;
  const style = PARAGRAPH[paragraph.style];
  const lines = flow.lines(paragraph.runs, style.face, style.size, width ?? flow.box.width);
  if (lines.length === 0) return;
  flow.space(style.before);
  placeLines(flow, lines, flow.box.left, style, { kind: 'node', id: paragraph.id });
  flow.y += style.after;
}

/** The size of a photo fitted into a box, keeping its shape. */
function fitted(image: Attachment, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
  return { width: image.width * scale, height: image.height * scale };
}

/** Places a photo at x below the cursor; returns false when its attachment is missing. */
function placePhoto(
  state: LayoutState,
  photo: Photo,
  x: number,
  maxWidth: number,
  maxHeight: number,
  id: string,
  part?: string,
): boolean {
  const image = state.images.get(photo.attachmentId);
  if (!image) return false;
  const { flow } = state;
  const size = fitted(image, maxWidth, Math.min(maxHeight, flow.box.bottom - flow.box.top));
  flow.ensure(size.height);
  flow.push({
    kind: 'image',
    owner: part ? { kind: 'node', id, part } : { kind: 'node', id },
    attachmentId: photo.attachmentId,
    x,
    y: flow.y,
    ...size,
  });
  flow.y += size.height;
  return true;
}

export function layoutImage(state: LayoutState, block: ImageBlock): void {
  if (placePhoto(state, block.photo, state.flow.box.left, block.maxWidth, block.maxHeight, block.id))
    state.flow.y += 24;
}

export function layoutList(state: LayoutState, list: List): void {
  const { flow } = state;
  const body = PARAGRAPH.body;
  const details = LIST.details;
  const x = flow.box.left + LIST.indent;
  const width = flow.box.width - LIST.indent;
  list.items.forEach((item, index) => {
    const lines = flow.lines(item.runs, body.face, body.size, width);
    const detailLines = item.details.length > 0 ? flow.lines(item.details, details.face, details.size, width) : [];
    // A short item stays together; a long one may break between lines.
    const height =
      lines.length * body.leading +
      (detailLines.length > 0 ? details.before + detailLines.length * details.leading : 0);
    if (height < 120) flow.ensure(height);
    else flow.ensure(2 * body.leading);
    const marker = list.ordered ? `${index + 1}.` : '•';
    // The bullet is text (a list label) too: muted, but at WCAG contrast (4.5:1) like all text.
    const markerStyle: TextStyle = { ...body, color: list.ordered ? body.color : COLORS.muted };
    const markerLine = flow.lines([{ text: marker, lang: 'zxx' }], 'regular', body.size, LIST.indent)[0];
    if (markerLine)
      drawLine(flow, markerLine, flow.box.left + (list.ordered ? 0 : 3), flow.y, markerStyle, {
        kind: 'node',
        id: item.id,
        part: 'label',
      });
    placeLines(flow, lines, x, body, { kind: 'node', id: item.id });
    if (detailLines.length > 0) {
      flow.y += details.before;
      placeLines(flow, detailLines, x, details, { kind: 'node', id: item.id, part: 'details' });
    }
    if (item.photo) {
      flow.y += LIST.photo.gap;
      placePhoto(state, item.photo, x, LIST.photo.maxWidth, LIST.photo.maxHeight, item.id, 'photo');
    }
    flow.y += LIST.itemGap;
  });
  flow.y += LIST.after - LIST.itemGap;
}

export function layoutFacts(state: LayoutState, facts: Facts): void {
  const { flow } = state;
  const x = flow.box.left;
  const valueX = x + FACTS.termWidth;
  const valueWidth = flow.box.width - FACTS.termWidth;
  facts.items.forEach((item, i) => {
    const term = flow.lines(item.term, FACTS.term.face, FACTS.term.size, FACTS.termWidth - 12);
    // Each value paragraph but the last ends in a space (not measured), so extracted text and a
    // screen reader do not glue one paragraph's last word to the next one's first.
    const value = item.value.flatMap((runs, p) => {
      const lines = flow.lines(runs, FACTS.value.face, FACTS.value.size, valueWidth);
      const tail = lines.at(-1)?.fragments.at(-1);
      if (p < item.value.length - 1 && tail && !tail.text.endsWith(' ')) tail.text += ' ';
      return lines;
    });
    const height = Math.max(term.length * FACTS.term.leading, value.length * FACTS.value.leading);
    flow.ensure(height);
    const top = flow.y;
    // Both columns share the first line's baseline.
    const termTop = top + (FACTS.value.leading - FACTS.term.leading) / 2;
    term.forEach((line, n) =>
      drawLine(flow, line, x, termTop + n * FACTS.term.leading, FACTS.term, {
        kind: 'node',
        id: facts.id,
        part: `term:${i}`,
      }),
    );
    value.forEach((line, n) =>
      drawLine(flow, line, valueX, top + n * FACTS.value.leading, FACTS.value, {
        kind: 'node',
        id: facts.id,
        part: `value:${i}`,
      }),
    );
    flow.y = top + height + FACTS.rowGap;
  });
  flow.y += FACTS.after - FACTS.rowGap;
}
