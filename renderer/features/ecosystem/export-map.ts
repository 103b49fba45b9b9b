import type { TFunction } from 'i18next';
import type { EcosystemContent } from '../../../shared/model';
import { builtInTypeNames } from './type-names';
import { mapScene, type MapSceneLabels } from '../../../shared/ecosystem/map-scene';
import { sceneToSvg } from '../../../shared/drawing/svg';
import type { Box, Scene } from '../../../shared/drawing/scene';
import type { AppServices } from '../../app/context';
import { safeFileName } from '../../app/file-actions';

export type MapImageFormat = 'svg' | 'png';

/** PNG pixels per board unit: sharp on high-density screens and in print. */
const PNG_SCALE = 2;
/** The longest side of a PNG; a bigger map is scaled down (a canvas this big is ~256 MB already). */
export const PNG_MAX_SIDE = 8000;

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

/** Pixel size of the PNG of a scene: twice its size, scaled down to fit PNG_MAX_SIDE. */
export function pngSize(bounds: Pick<Box, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
  return {
    width: Math.max(1, Math.round(bounds.width * scale)),
    height: Math.max(1, Math.round(bounds.height * scale)),
  };
}

export function exportMapSvg(scene: Scene): Uint8Array {
  return new TextEncoder().encode(sceneToSvg(scene));
}

/** The scene drawn by the browser itself: the SVG as an image (a blob: URL, which the CSP allows) on a canvas. */
export async function exportMapPng(scene: Scene): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([sceneToSvg(scene)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { width, height } = pngSize(scene.bounds);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new DrawError();
    context.drawImage(image, 0, 0, width, height);
    // Null when the canvas is too big for this machine's memory.
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new DrawError();
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    // image.decode() rejects with a bare EncodingError: say what failed instead.
    throw error instanceof DrawError ? error : new DrawError('the map image could not be drawn', { cause: error });
  } finally {
    URL.revokeObjectURL(url);
  }
}

class DrawError extends Error {
  override name = 'DrawError';
}

/**
 * Draws the map and saves it where the user chooses (a native dialog, or a download in a
 * browser), with a notice either way; cancelling the dialog says nothing.
 */
export async function saveMapImage(
  services: Pick<AppServices, 'platform' | 'notices'>,
  t: TFunction,
  map: { title: string; content: EcosystemContent },
  format: MapImageFormat,
): Promise<void> {
  const { platform, notices } = services;
  try {
    const scene = mapScene(map.content, mapSceneLabels(t, map.title, map.content));
    const data = format === 'svg' ? exportMapSvg(scene) : await exportMapPng(scene);
    const outcome = await platform.saveFile({
      suggestedName: `${safeFileName(map.title)}.${format}`,
      kind: format,
      mimeType: format === 'svg' ? 'image/svg+xml' : 'image/png',
      data,
    });
    if (outcome.saved) notices.show({ tone: 'info', message: t('mapExport.saved', { name: outcome.fileName }) });
  } catch (error) {
    const reason =
      error instanceof DrawError ? t('mapExport.drawFailed') : error instanceof Error ? error.message : String(error);
    notices.show({ tone: 'error', message: t('mapExport.failed', { reason }) });
  }
}
