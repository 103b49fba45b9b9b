import type { CanvasTemplate } from './canvas-template';
import { designBrief, blank, howMightWe, impactEffort, swot } from './templates-planning';
import { empathyMap, persona, stakeholderMotivations } from './templates-people';
import { businessModelCanvas, valuePropositionCanvas } from './templates-strategyzer';

export { businessModelCanvas, valuePropositionCanvas } from './templates-strategyzer';
export { empathyMap, persona, stakeholderMotivations } from './templates-people';
export { designBrief, swot, impactEffort, howMightWe, blank } from './templates-planning';

/** Every built-in template, in the order the template picker shows them. */
export const canvasTemplates: readonly CanvasTemplate[] = [
  businessModelCanvas,
  valuePropositionCanvas,
  empathyMap,
  persona,
  designBrief,
  stakeholderMotivations,
  swot,
  impactEffort,
  howMightWe,
  blank,
];

const byId = new Map(canvasTemplates.map((template) => [template.id, template]));

/**
 * The built-in template a stored templateId names, or undefined for an id this version does not
 * know (a file from a newer Kartta, or a user's own template).
 */
export function templateById(id: string): CanvasTemplate | undefined {
  return byId.get(id);
}
