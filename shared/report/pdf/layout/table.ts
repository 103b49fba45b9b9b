// Tables: a shaded header row, repeated at the top of every page the table runs onto; rows kept
// whole when they fit on a page, else split between lines; hairlines between rows.
import type { Table, TableCell } from '../../tree';
import type { Line } from '../line-break';
import type { Owner } from '../ops';
import { COLORS, TABLE } from '../styles';
import { drawLine, type Flow } from './flow';
import type { LayoutState } from './text-blocks';

/** A cell's content as a column of lines with the gap before each. */
interface CellLine {
  line: Line;
  gapBefore: number;
}

function cellLines(flow: Flow, cell: TableCell, width: number, bold: boolean): CellLine[] {
  const style = bold ? TABLE.header : TABLE.text;
  return cell.paragraphs.flatMap((runs, p) =>
    flow
      .lines(runs, style.face, style.size, width)
      .map((line, i) => ({ line, gapBefore: i === 0 && p > 0 ? TABLE.paragraphGap : 0 })),
  );
}

const heightOf = (lines: readonly CellLine[]) => lines.reduce((sum, l) => sum + l.gapBefore + TABLE.text.leading, 0);

/** Draws one row's cells (their lines from `from`, as many as fit in `room`); returns the lines drawn per cell. */
function drawRow(
  flow: Flow,
  cells: CellLine[][],
  columns: { x: number; width: number }[],
  header: boolean,
  owner: (column: number) => Owner,
  room: number,
): number[] {
  const style = header ? TABLE.header : TABLE.text;
  const top = flow.y;
  let bottom = top;
  const drawn = cells.map((lines, c) => {
    let y = top + TABLE.padY;
    let count = 0;
    for (const { line, gapBefore } of lines) {
      if (y + gapBefore + style.leading > top + room - TABLE.padY && count > 0) break;
      y += gapBefore;
      drawLine(flow, line, columns[c].x + TABLE.padX, y, style, owner(c));
      y += style.leading;
      count++;
    }
    bottom = Math.max(bottom, y + TABLE.padY);
    return count;
  });
  flow.y = bottom;
  return drawn;
}

export function layoutTable(state: LayoutState, table: Table): void {
  const { flow } = state;
  const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const left = flow.box.left;
  const width = flow.box.width;
  let x = left;
  const columns = table.columns.map((c) => {
    const column = { x, width: (width * c.weight) / total };
    x += column.width;
    return column;
  });
  const inner = (c: number) => columns[c].width - 2 * TABLE.padX;
  const headerCells = table.columns.map((c, i) => cellLines(flow, { paragraphs: [c.header] }, inner(i), true));
  const headerHeight = Math.max(...headerCells.map(heightOf)) + 2 * TABLE.padY;
  const rows = table.rows.map((row) => row.map((cell, c) => cellLines(flow, cell, inner(c), false)));
  const rowHeight = (cells: CellLine[][]) => Math.max(TABLE.text.leading, ...cells.map(heightOf)) + 2 * TABLE.padY;

  const header = (repeat: boolean) => {
    const top = flow.y;
    const owner = (c: number): Owner =>
      repeat ? { kind: 'artifact', type: 'repeat' } : { kind: 'node', id: table.id, part: `head:${c}` };
    flow.push({
      kind: 'rect',
      owner: { kind: 'artifact', type: 'decoration' },
      x: left,
      y: top,
      width,
      height: headerHeight,
      radius: 0,
      fill: COLORS.tableHeader,
      stroke: null,
      lineWidth: 0,
    });
    drawRow(flow, headerCells, columns, true, owner, Infinity);
    flow.y = top + headerHeight;
    rule(flow, left, width, COLORS.accent, 0.8);
  };

  flow.space(TABLE.before);
  // The header never stands alone at a page's foot: it comes with the first row (or part of it).
  flow.ensure(headerHeight + Math.min(rows[0] ? rowHeight(rows[0]) : 0, 4 * TABLE.text.leading));
  header(false);
  rows.forEach((cells, r) => {
    let rest = cells;
    let first = true;
    while (rest.some((lines) => lines.length > 0) || first) {
      const needed = rowHeight(rest);
      const fullPage = flow.box.bottom - flow.box.top - headerHeight;
      if (
        needed > flow.remaining() &&
        (needed <= fullPage || flow.remaining() < 3 * TABLE.text.leading + 2 * TABLE.padY)
      ) {
        flow.continuePage();
        header(true);
      }
      const top = flow.y;
      if (r % 2 === 1) {
        flow.push({
          kind: 'rect',
          owner: { kind: 'artifact', type: 'decoration' },
          x: left,
          y: top,
          width,
          height: Math.min(needed, flow.remaining()),
          radius: 0,
          fill: COLORS.zebra,
          stroke: null,
          lineWidth: 0,
        });
      }
      const stripe = flow.page.ops.at(-1);
      const drawn = drawRow(
        flow,
        rest,
        columns,
        false,
        (c) => ({ kind: 'node', id: table.id, part: `cell:${r}:${c}` }),
        flow.remaining(),
      );
      // The stripe behind a split row ends where its drawn part ends.
      if (r % 2 === 1 && stripe?.kind === 'rect') stripe.height = flow.y - top;
      rule(flow, left, width, COLORS.ruleLight, 0.5);
      rest = rest.map((lines, c) => lines.slice(drawn[c]).map((l, i) => (i === 0 ? { ...l, gapBefore: 0 } : l)));
      first = false;
    }
  });
  flow.y += TABLE.after;
}

function rule(flow: Flow, x: number, width: number, color: string, lineWidth: number): void {
  flow.push({
    kind: 'line',
    owner: { kind: 'artifact', type: 'decoration' },
    x1: x,
    y1: flow.y,
    x2: x + width,
    y2: flow.y,
    color,
    width: lineWidth,
  });
}
