/**
 * While the zoom changes, the map's canvas layer shows its last full picture scaled and moved to
 * the new view (a CSS transform, drawn by the compositor) and paints afresh once the zoom has been
 * still this long: a full repaint in software (no GPU) cost 30–40 ms per zoom step at 2,000
 * actors (issue 10). Long enough to span the gaps between wheel notches, short enough to go
 * unnoticed.
 */
export const ZOOM_STILL_MS = 140;

/** React Flow's viewport: screen = board × zoom + (x, y), in CSS pixels. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A scale about the top-left corner, then a move, in CSS pixels: screen p → p × scale + (tx, ty). */
export interface Preview {
  scale: number;
  tx: number;
  ty: number;
}

/**
 * What moves a picture drawn at `drawn` to where `now` would draw it: a screen point p of the old
 * picture is board point (p − drawn.xy) / drawn.zoom, which `now` shows at
 * p × s + now.xy − drawn.xy × s, with s = now.zoom / drawn.zoom.
 */
export function previewOf(drawn: Viewport, now: Viewport): Preview {
  const scale = now.zoom / drawn.zoom;
  return { scale, tx: now.x - drawn.x * scale, ty: now.y - drawn.y * scale };
}

/** The preview as a CSS transform, for an element with `transform-origin: 0 0`. */
export const cssTransform = ({ scale, tx, ty }: Preview): string => `translate(${tx}px, ${ty}px) scale(${scale})`;
