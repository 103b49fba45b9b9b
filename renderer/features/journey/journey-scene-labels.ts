import type { TFunction } from 'i18next';
import type { JourneyContent } from '../../../shared/model';
import { catalogues } from '../../../shared/i18n';
import type { JourneySceneLabels } from '../../../shared/journey/journey-scene';
import { journeySceneWords } from '../../../shared/journey/journey-scene-words';
import { currentLanguage } from '../../app/i18n';

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
    ...journeySceneWords(catalogues[currentLanguage()]),
    title: title || t('boards.untitled.journey'),
    description: persona
      ? t('boardExport.journeyDescription', { ...counts, persona })
      : t('boardExport.journeyDescriptionNoPersona', counts),
    persona: persona ? t('outline.persona', { name: persona }) : '',
    photoAlt: (photoId) => photoAlts.get(photoId) ?? '',
  };
}
