import { useTranslation } from 'react-i18next';
import type { JourneyContent } from '../../../shared/model';
import { journeyScene } from '../../../shared/journey/journey-scene';
import { useServices, type AppServices } from '../../app/context';
import { saveSceneImage, type SceneImageFormat } from '../boards/export-scene';
import { ImageExportButtons } from '../boards/ImageExportButtons';
import { journeySceneLabels } from './journey-scene-labels';
import type { TFunction } from 'i18next';

/** The text alternatives of the journey's photos, read when exporting (they are not in the board). */
async function photoAlts(services: AppServices, content: JourneyContent): Promise<Map<string, string>> {
  const ids = [...new Set(content.notes.flatMap((n) => (n.photoId ? [n.photoId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await services.db.attachments.bulkGet(ids);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.alt] as const] : [])));
}

/** Draws the journey and saves it as an SVG or PNG image, with a notice. */
export function saveJourneyImage(
  services: AppServices,
  t: TFunction,
  journey: { title: string; content: JourneyContent; altText?: string },
  format: SceneImageFormat,
): Promise<void> {
  const { title, content } = journey;
  return saveSceneImage(
    services,
    {
      fileTitle: title || t('boards.untitled.journey'),
      format,
      scene: async () =>
        journeyScene(content, journeySceneLabels(t, title, content, await photoAlts(services, content))),
      altText: journey.altText,
    },
    {
      saved: (name) => t('boardExport.saved', { name }),
      failed: (reason) => t('boardExport.failed', { reason }),
      drawFailed: t('mapExport.drawFailed'),
    },
  );
}

/** "Export SVG" and "Export PNG" for the whole journey, collapsed lanes included. */
export function JourneyExportButtons({
  title,
  content,
  altText,
}: {
  title: string;
  content: JourneyContent;
  altText?: string;
}) {
  const { t } = useTranslation();
  const services = useServices();
  return (
    <ImageExportButtons small save={(format) => saveJourneyImage(services, t, { title, content, altText }, format)} />
  );
}
