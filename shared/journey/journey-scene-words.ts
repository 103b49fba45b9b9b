import type { Messages } from '../i18n';
import type { JourneySceneLabels } from './journey-scene-style';

/** The fixed words of a drawn journey, from a message catalogue: the app and the report share them. */
export function journeySceneWords(
  m: Messages,
): Omit<JourneySceneLabels, 'title' | 'description' | 'persona' | 'photoAlt'> {
  return {
    states: { 'as-is': m.boardExport.asIs, 'to-be': m.boardExport.toBe },
    laneTypes: m.journey.laneTypes,
    lines: m.journey.lines,
    scores: {
      2: m.journey.scores.plus2,
      1: m.journey.scores.plus1,
      0: m.journey.scores.zero,
      [-1]: m.journey.scores.minus1,
      [-2]: m.journey.scores.minus2,
    },
    channels: m.outline.channels,
    emptyNote: m.canvas.emptyNote,
    photoNoAlt: m.canvas.photo.altMissing,
  };
}
