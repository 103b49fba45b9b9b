// Saving a board drawn as a scene (shared/drawing) as an SVG or PNG image: the same code for
// ecosystem maps, journeys and canvases.
import { useState } from 'react';
import { sceneToSvg } from '../../../shared/drawing/svg';
import { ownAltText } from '../../../shared/model';
import type { Box, Scene } from '../../../shared/drawing/scene';
import type { AppServices } from '../../app/context';
import { safeFileName } from '../../app/file-actions';

export type SceneImageFormat = 'svg' | 'png';

/** PNG pixels per board unit: sharp on high-density screens and in print. */
const PNG_SCALE = 2;
/** The longest side of a PNG; a bigger scene is scaled down (a canvas this big is ~256 MB already). */
export const PNG_MAX_SIDE = 8000;

/** Pixel size of the PNG of a scene: twice its size, scaled down to fit PNG_MAX_SIDE. */
export function pngSize(bounds: Pick<Box, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
  return {
    width: Math.max(1, Math.round(bounds.width * scale)),
    height: Math.max(1, Math.round(bounds.height * scale)),
  };
}

export function sceneSvgBytes(scene: Scene): Uint8Array {
  return new TextEncoder().encode(sceneToSvg(scene));
}

/**
 * The scene with the board's own text alternative (the facilitator's, written in the report
 * dialog) as its description, when it has one: the same text the report's figure uses.
 */
export function withOwnDescription(scene: Scene, altText: string | undefined): Scene {
  const own = ownAltText({ altText });
  return own === null ? scene : { ...scene, description: own };
}

/** Drawing the picture failed (not saving it): the notice says so instead of a bare EncodingError. */
export class DrawError extends Error {
  override name = 'DrawError';
}

/** The scene drawn by the browser itself: the SVG as an image (a blob: URL, which the CSP allows) on a canvas. */
export async function scenePngBytes(scene: Scene): Promise<Uint8Array> {
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
    throw error instanceof DrawError ? error : new DrawError('the image could not be drawn', { cause: error });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The notices of one kind of board, in the user's language. */
export interface SceneExportMessages {
  saved: (fileName: string) => string;
  failed: (reason: string) => string;
  /** The reason given when the picture itself could not be drawn. */
  drawFailed: string;
}

/**
 * Draws the scene and saves it where the user chooses (a native dialog, or a download in a
 * browser), with a notice either way; cancelling the dialog says nothing. `scene` is called
 * inside, so an error while drawing is reported like any other.
 */
export async function saveSceneImage(
  services: Pick<AppServices, 'platform' | 'notices'>,
  request: {
    fileTitle: string;
    format: SceneImageFormat;
    scene: () => Scene | Promise<Scene>;
    /** The board's own text alternative, if any: it replaces the scene's generated description. */
    altText?: string;
  },
  messages: SceneExportMessages,
): Promise<void> {
  const { platform, notices } = services;
  const { fileTitle, format } = request;
  try {
    const scene = withOwnDescription(await request.scene(), request.altText);
    const data = format === 'svg' ? sceneSvgBytes(scene) : await scenePngBytes(scene);
    const outcome = await platform.saveFile({
      suggestedName: `${safeFileName(fileTitle)}.${format}`,
      kind: format,
      mimeType: format === 'svg' ? 'image/svg+xml' : 'image/png',
      data,
    });
    if (outcome.saved) notices.show({ tone: 'info', message: messages.saved(outcome.fileName) });
  } catch (error) {
    const reason =
      error instanceof DrawError ? messages.drawFailed : error instanceof Error ? error.message : String(error);
    notices.show({ tone: 'error', message: messages.failed(reason) });
  }
}

/**
 * State for a pair of export buttons: which format is being saved, and a `run` that ignores a
 * second press while one export is under way.
 */
export function useImageExport(save: (format: SceneImageFormat) => Promise<void>) {
  const [busy, setBusy] = useState<SceneImageFormat | null>(null);
  const run = async (format: SceneImageFormat) => {
    if (busy) return;
    setBusy(format);
    try {
      await save(format);
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
