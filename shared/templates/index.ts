export type { CanvasTemplate, Localized, TemplateSection, TemplateSource } from './canvas-template';
export {
  blank,
  businessModelCanvas,
  canvasTemplates,
  designBrief,
  empathyMap,
  howMightWe,
  impactEffort,
  persona,
  stakeholderMotivations,
  swot,
  templateById,
  valuePropositionCanvas,
} from './canvas-templates';
export { instantiateTemplate } from './instantiate';
export { GUTTER } from './layout';
