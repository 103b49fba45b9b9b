import type { TFunction } from 'i18next';
import type { EcosystemContent } from '../../../shared/model';
import { builtInTypeNames } from './type-names';
import { mapScene, type MapSceneLabels } from '../../../shared/ecosystem/map-scene';
import type { Scene } from '../../../shared/drawing/scene';
import type { AppServices } from '../../app/context';
import { saveSceneImage, sceneSvgBytes, scenePngBytes, type SceneImageFormat } from '../boards/export-scene';

export { PNG_MAX_SIDE, pngSize } from '../boards/export-scene';
export type MapImageFormat = SceneImageFormat;

/** The words of an exported map in the user's language. */
export function mapSceneLabels(t: TFunction, title: string, content: EcosystemContent): MapSceneLabels {
  const counts = { actors: content.actors.length, rings: content.rings.length, relations: content.relations.length };
  return {
    title,
    description: t(content.view === 'rings' ? 'mapExport.description' : 'mapExport.descriptionFlow', counts),
    legend: t('ecosystem.legend'),
    informal: t('ecosystem.legendInformal'),
    types: builtInTypeNames(t),
  };
}

export const exportMapSvg = (scene: Scene): Uint8Array => sceneSvgBytes(scene);
export const exportMapPng = (scene: Scene): Promise<Uint8Array> => scenePngBytes(scene);

/**
 * Draws the map and saves it where the user chooses (a native dialog, or a download in a
 * browser), with a notice either way; cancelling the dialog says nothing.
 */
export async function saveMapImage(
  services: Pick<AppServices, 'platform' | 'notices'>,
  t: TFunction,
  map: { title: string; content: EcosystemContent; altText?: string },
  format: MapImageFormat,
): Promise<void> {
  await saveSceneImage(
    services,
    {
      fileTitle: map.title,
      format,
      scene: () => mapScene(map.content, mapSceneLabels(t, map.title, map.content)),
      altText: map.altText,
    },
    {
      saved: (name) => t('mapExport.saved', { name }),
      failed: (reason) => t('mapExport.failed', { reason }),
      drawFailed: t('mapExport.drawFailed'),
    },
  );
}
