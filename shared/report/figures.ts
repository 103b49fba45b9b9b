// THE place where a board becomes a diagram (a Scene of shared/drawing): the same scenes the app
// exports as SVG and PNG, with the words of the report's language.
import type { Scene } from '../drawing/scene';
import { canvasScene } from '../canvas/canvas-scene';
import { journeyScene } from '../journey/journey-scene';
import { journeySceneWords } from '../journey/journey-scene-words';
import { templateById } from '../templates';
import type { BuiltInTypeNames } from '../ecosystem/types';
import { mapScene } from '../ecosystem/map-scene';
import { actorTypes, relationTypes, type Board } from '../model';
import type { BuildContext } from './build-context';
import type { Orientation } from './tree';

/** The built-in actor and relation types' names in the report's language. */
export function typeNames(ctx: BuildContext): BuiltInTypeNames {
  const { outline } = ctx.messages;
  return {
    actor: Object.fromEntries(actorTypes.map((t) => [t, outline.actorTypes[t]])) as BuiltInTypeNames['actor'],
    relation: Object.fromEntries(
      relationTypes.map((t) => [t, outline.relationTypes[t]]),
    ) as BuiltInTypeNames['relation'],
  };
}

/**
 * The board's diagram. `alt` is its text alternative (the facilitator's own, or the one the
 * document builder made from the content, see board-alt.ts); a scene carries it as its description.
 */
export function boardScene(ctx: BuildContext, board: Board, alt: string): Scene | null {
  switch (board.kind) {
    case 'ecosystem':
      return mapScene(board.content, {
        title: board.title,
        description: alt,
        legend: ctx.messages.ecosystem.legend,
        informal: ctx.messages.ecosystem.legendInformal,
        types: typeNames(ctx),
      });
    case 'canvas': {
      const axes = templateById(board.content.templateId)?.axes;
      return canvasScene(board.content, {
        title: board.title,
        description: alt,
        emptyNote: ctx.messages.canvas.emptyNote,
        axes: axes ? { x: axes.x[ctx.lang], y: axes.y[ctx.lang] } : null,
      });
    }
    case 'journey': {
      const persona = board.content.persona.trim();
      return journeyScene(board.content, {
        ...journeySceneWords(ctx.messages),
        title: board.title,
        description: alt,
        persona: persona ? ctx.messages.outline.persona.replace('{{name}}', persona) : '',
        photoAlt: (photoId) => ctx.attachments.get(photoId)?.alt ?? '',
      });
    }
  }
}

/** Landscape pages for a diagram clearly wider than tall. */
export function orientationFor(scene: Scene): Orientation {
  return scene.bounds.width > scene.bounds.height * 1.15 ? 'landscape' : 'portrait';
}
