/**
 * Where an arrow key leads in the journey grid. Row -1 is the row of stage headers, column -1 the
 * column of lane headers; the empty corner (-1, -1) is never a stop.
 */
export interface GridPos {
  readonly row: number;
  readonly col: number;
}

export function nextCell(pos: GridPos, key: string, rows: number, cols: number): GridPos | null {
  const clampRow = (r: number) => Math.max(-1, Math.min(rows - 1, r));
  const clampCol = (c: number) => Math.max(-1, Math.min(cols - 1, c));
  let next: GridPos;
  switch (key) {
    case 'ArrowUp':
      next = { row: clampRow(pos.row - 1), col: pos.col };
      break;
    case 'ArrowDown':
      next = { row: clampRow(pos.row + 1), col: pos.col };
      break;
    case 'ArrowLeft':
      next = { row: pos.row, col: clampCol(pos.col - 1) };
      break;
    case 'ArrowRight':
      next = { row: pos.row, col: clampCol(pos.col + 1) };
      break;
    case 'Home':
      next = { row: pos.row, col: pos.row === -1 ? 0 : -1 };
      break;
    case 'End':
      next = { row: pos.row, col: cols - 1 };
      break;
    default:
      return null;
  }
  if (next.row === -1 && next.col === -1) return pos;
  return next;
}
