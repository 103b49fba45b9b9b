export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };
export const MIN_WINDOW_SIZE = { width: 640, height: 480 };
/** Less than this much of the window on any display counts as lost (a monitor was unplugged). */
const MIN_VISIBLE = { width: 160, height: 80 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.max(Math.min(width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width))),
    height: Math.round(Math.max(Math.min(height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height))),
  };
}

function centreOn(area: Rect, width: number, height: number): Rect {
  const size = fitSize(width, height, area);
  return {
    ...size,
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
  };
}

/**
 * Where the window opens: the saved place if it is still on a display (moved fully onto that
 * display's work area), else centred on the primary display.
 */
export function restoreWindowState(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowState {
  if (!saved || ![saved.x, saved.y, saved.width, saved.height].every(Number.isFinite)) {
    return { ...centreOn(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height), maximized: false };
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return { ...centreOn(primary, saved.width, saved.height), maximized: saved.maximized };
  const size = fitSize(saved.width, saved.height, best);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - size.height);
  return { x: Math.round(x), y: Math.round(y), ...size, maximized: saved.maximized };
}
