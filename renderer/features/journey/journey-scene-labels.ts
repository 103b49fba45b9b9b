import type { TFunction } from 'i18next';
import type { JourneyContent } from '../../../shared/model';
import type { JourneySceneLabels } from '../../../shared/journey/journey-scene';

/**
 * The words of a drawn journey in the user's language. `photoAlts` holds the text alternatives
 * of the journey's photos by attachment id (they live in the project's attachments, not the board).
 */
export function journeySceneLabels(
  t: TFunction,
  title: string,
  content: JourneyContent,
  photoAlts: ReadonlyMap<string, string>,
): JourneySceneLabels {
  const persona = content.persona.trim();
  const counts = { stages: content.stages.length, lanes: content.lanes.length, notes: content.notes.length };
  return {
    title: title || t('boards.untitled.journey'),
    description: persona
      ? t('boardExport.journeyDescription', { ...counts, persona })
      : t('boardExport.journeyDescriptionNoPersona', counts),
    persona: persona ? t('outline.persona', { name: persona }) : '',
    // Until the catalogues have these words, the English ones stand in (see the export issue's notes).
    states: {
      'as-is': t('boardExport.asIs'),
      'to-be': t('boardExport.toBe'),
    },
    laneTypes: {
      notes: t('journey.laneTypes.notes'),
      emotion: t('journey.laneTypes.emotion'),
      channels: t('journey.laneTypes.channels'),
      images: t('journey.laneTypes.images'),
    },
    lines: {
      interaction: t('journey.lines.interaction'),
      visibility: t('journey.lines.visibility'),
      internal: t('journey.lines.internal'),
    },
    scores: {
      2: t('journey.scores.plus2'),
      1: t('journey.scores.plus1'),
      0: t('journey.scores.zero'),
      [-1]: t('journey.scores.minus1'),
      [-2]: t('journey.scores.minus2'),
    },
    channels: {
      web: t('outline.channels.web'),
      mobile: t('outline.channels.mobile'),
      phone: t('outline.channels.phone'),
      email: t('outline.channels.email'),
      letter: t('outline.channels.letter'),
      'face-to-face': t('outline.channels.face-to-face'),
      chat: t('outline.channels.chat'),
      kiosk: t('outline.channels.kiosk'),
    },
    emptyNote: t('canvas.emptyNote'),
    photoAlt: (photoId) => photoAlts.get(photoId) ?? '',
    photoNoAlt: t('canvas.photo.altMissing'),
  };
}
