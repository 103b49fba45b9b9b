import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CanvasContent } from '../../../shared/model';
import { canvasScene } from '../../../shared/canvas/canvas-scene';
import { currentLanguage } from '../../app/i18n';
import { useServices, type AppServices } from '../../app/context';
import { saveSceneImage, type SceneImageFormat } from '../boards/export-scene';
import { ImageExportButtons } from '../boards/ImageExportButtons';
import { canvasSceneLabels } from './canvas-scene-labels';

/** Draws the canvas and saves it as an SVG or PNG image, with a notice. */
export function saveCanvasImage(
  services: Pick<AppServices, 'platform' | 'notices'>,
  t: TFunction,
  canvas: { title: string; content: CanvasContent; altText?: string },
  format: SceneImageFormat,
): Promise<void> {
  const { title, content } = canvas;
  return saveSceneImage(
    services,
    {
      fileTitle: title || t('boards.untitled.canvas'),
      format,
      scene: () => canvasScene(content, canvasSceneLabels(t, currentLanguage(), title, content)),
      altText: canvas.altText,
    },
    {
      saved: (name) => t('boardExport.saved', { name }),
      failed: (reason) => t('boardExport.failed', { reason }),
      drawFailed: t('mapExport.drawFailed'),
    },
  );
}

/** "Export SVG" and "Export PNG" for the whole canvas (filters and selection do not apply). */
export function CanvasExportButtons({
  title,
  content,
  altText,
}: {
  title: string;
  content: CanvasContent;
  altText?: string;
}) {
  const { t } = useTranslation();
  const services = useServices();
  return <ImageExportButtons save={(format) => saveCanvasImage(services, t, { title, content, altText }, format)} />;
}
