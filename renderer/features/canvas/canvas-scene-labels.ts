import type { TFunction } from 'i18next';
import type { CanvasContent } from '../../../shared/model';
import type { Language } from '../../../shared/i18n';
import type { CanvasSceneLabels } from '../../../shared/canvas/canvas-scene';
import { templateById } from '../../../shared/templates';

/** The words of a drawn canvas in the user's language; a matrix template's axis names too. */
export function canvasSceneLabels(
  t: TFunction,
  language: Language,
  title: string,
  content: CanvasContent,
): CanvasSceneLabels {
  const axes = templateById(content.templateId)?.axes;
  return {
    title: title || t('boards.untitled.canvas'),
    description: t('boardExport.canvasDescription', { sections: content.sections.length, notes: content.notes.length }),
    emptyNote: t('canvas.emptyNote'),
    axes: axes ? { x: axes.x[language], y: axes.y[language] } : null,
  };
}
