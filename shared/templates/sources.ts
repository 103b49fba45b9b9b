import type { TemplateSource } from './canvas-template';

/**
 * For methods nobody owns (SWOT, personas, design briefs…): the idea is free, so the only thing to
 * license is Kartta's own wording and layout, which ship under the app's licence.
 */
export const COMMON_PRACTICE: TemplateSource = {
  credit: 'Common practice in service design; layout, titles and prompts are Kartta’s own wording',
  licence: 'The method is a public-domain idea; Kartta’s wording and layout are EUPL-1.2',
};
