import type { Language } from '../i18n/languages';
import type { CanvasContent } from '../model';
import type { CanvasTemplate } from './canvas-template';

export { canvasTemplates, templateById } from './canvas-templates';

/**
 * A new canvas from a template, its sections titled in one language. The board keeps its own copy
 * of titles and prompts (users rename and add sections), so later template wording changes never
 * rewrite an existing board.
 */
export function instantiateTemplate(template: CanvasTemplate, language: Language, makeId: () => string): CanvasContent {
  return {
    templateId: template.id,
    sections: template.sections.map((section) => ({
      id: makeId(),
      title: section.title[language],
      prompt: section.prompt[language],
      x: section.x,
      y: section.y,
      width: section.width,
      height: section.height,
    })),
    notes: [],
    rounds: [],
    votes: [],
  };
}
