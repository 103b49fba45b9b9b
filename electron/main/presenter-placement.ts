import type { WindowPlace } from './window';

export interface DisplayLike {
  readonly id: number;
  readonly bounds: WindowPlace;
  readonly workArea: WindowPlace;
}

/** A projector-friendly 16:9 size for the presenter window when it has to share the main display. */
export const PRESENTER_WINDOW_SIZE = { width: 1280, height: 720 };

/**
 * Where the presenter window goes: full screen on the first display that is not the main
 * window's (the projector); with one display, a normal window centred on it, so the facilitator
 * can still see the main window and move it themselves.
 */
export function presenterPlacement(
  displays: readonly DisplayLike[],
  mainDisplayId: number,
): { place: WindowPlace; fullScreen: boolean } {
  const other = displays.find((display) => display.id !== mainDisplayId);
  if (other) return { place: { ...other.bounds }, fullScreen: true };
  const area = (displays.find((display) => display.id === mainDisplayId) ?? displays[0])?.workArea ?? {
    x: 0,
    y: 0,
    ...PRESENTER_WINDOW_SIZE,
  };
  const width = Math.min(PRESENTER_WINDOW_SIZE.width, area.width);
  const height = Math.min(PRESENTER_WINDOW_SIZE.height, area.height);
  return {
    place: {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
  };
}
