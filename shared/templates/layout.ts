// Templates are laid out on a track grid rather than with hand-typed coordinates, so every gap
// between neighbouring sections is the same gutter and a changed track width cannot make two
// sections overlap.

/** The space between neighbouring sections, in board units. */
export const GUTTER = 16;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TrackGrid {
  readonly size: { readonly width: number; readonly height: number };
  /** The rectangle covering the given cells; spans count tracks, gutters between them included. */
  area(column: number, row: number, columnSpan?: number, rowSpan?: number): Rect;
}

function trackStarts(tracks: readonly number[]): number[] {
  const starts: number[] = [];
  let position = 0;
  for (const track of tracks) {
    starts.push(position);
    position += track + GUTTER;
  }
  return starts;
}

function span(tracks: readonly number[], starts: readonly number[], first: number, count: number, axis: string) {
  const last = first + count - 1;
  const start = starts[first];
  const lastStart = starts[last];
  const lastSize = tracks[last];
  if (count < 1 || start === undefined || lastStart === undefined || lastSize === undefined) {
    // A template definition error: fail at load so the unit tests catch it, not a user.
    throw new RangeError(`${axis} tracks ${first}..${last} are outside the grid of ${tracks.length}`);
  }
  return { start, size: lastStart + lastSize - start };
}

/** A grid of column widths and row heights (board units) with GUTTER between tracks and no outer margin. */
export function trackGrid(columns: readonly number[], rows: readonly number[]): TrackGrid {
  const columnStarts = trackStarts(columns);
  const rowStarts = trackStarts(rows);
  const total = (tracks: readonly number[]) =>
    tracks.reduce((sum, track) => sum + track, 0) + GUTTER * Math.max(0, tracks.length - 1);
  return {
    size: { width: total(columns), height: total(rows) },
    area(column, row, columnSpan = 1, rowSpan = 1) {
      const horizontal = span(columns, columnStarts, column, columnSpan, 'column');
      const vertical = span(rows, rowStarts, row, rowSpan, 'row');
      return { x: horizontal.start, y: vertical.start, width: horizontal.size, height: vertical.size };
    },
  };
}
