// The contents page: each section's title with a dotted leader and its page number, and the
// section's bookmarked subheadings beneath it; every entry links to its place.
import type { OutlineEntry } from '../ops';
import { COLORS, CONTENTS, type TextStyle } from '../styles';
import { drawLine } from './flow';
import type { LayoutState } from './text-blocks';

function entry(state: LayoutState, contentsId: string, item: OutlineEntry, level: 0 | 1, index: string): void {
  const { flow } = state;
  const style: TextStyle = level === 0 ? CONTENTS.entry : CONTENTS.child;
  const indent = level === 0 ? 0 : CONTENTS.childIndent;
  const x = flow.box.left + indent;
  const right = flow.box.left + flow.box.width;
  const width = flow.box.width - indent - CONTENTS.numberWidth;
  const lines = flow.lines([{ text: item.title, lang: item.lang }], style.face, style.size, width);
  const height = lines.length * style.leading;
  flow.ensure(height);
  const top = flow.y;
  const owner = { kind: 'node', id: contentsId, part: `entry:${index}` } as const;
  lines.forEach((line, i) => drawLine(flow, line, x, top + i * style.leading, style, owner));
  const last = lines.at(-1);
  const baseline = top + height - style.leading + (style.leading + style.size * 0.7) / 2;
  // A dotted leader from the title's end to the page number.
  const from = x + (last?.width ?? 0) + 6;
  const to = right - CONTENTS.numberWidth + 8;
  if (to > from) {
    flow.push({
      kind: 'line',
      owner: { kind: 'artifact', type: 'decoration' },
      x1: from,
      y1: baseline,
      x2: to,
      y2: baseline,
      color: COLORS.rule,
      width: 1,
      dash: [0, 3],
    });
  }
  flow.push({
    kind: 'page-number',
    owner: { ...owner, part: `page:${index}` },
    x: right,
    y: baseline,
    target: item.headingId,
    face: style.face,
    size: style.size,
    color: style.color,
    lang: 'zxx',
  });
  flow.push({ kind: 'link', owner, x: flow.box.left, y: top, width: flow.box.width, height, target: item.headingId });
  flow.y = top + height;
}

export function layoutContents(
  state: LayoutState,
  contentsId: string,
  outline: readonly OutlineEntry[],
  skip: string,
): void {
  const { flow } = state;
  outline.forEach((item, i) => {
    if (item.headingId === skip) return;
    entry(state, contentsId, item, 0, String(i));
    item.children.forEach((child, j) => {
      flow.y += CONTENTS.childGap;
      entry(state, contentsId, child, 1, `${i}.${j}`);
    });
    flow.y += CONTENTS.entryGap;
  });
}
