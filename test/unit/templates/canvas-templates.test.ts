// The built-in canvas templates: complete in en/fi/sv, laid out without overlaps on the 16-unit
// gutter, with the blocks practitioners expect, and instantiated into valid canvas content.
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../../shared/i18n/languages';
import { canvasContentSchema, emptyCanvas } from '../../../shared/model';
import {
  GUTTER,
  blank,
  businessModelCanvas,
  canvasTemplates,
  empathyMap,
  instantiateTemplate,
  persona,
  templateById,
  valuePropositionCanvas,
  type Localized,
  type TemplateSection,
} from '../../../shared/templates';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const keysOf = (sections: readonly TemplateSection[]) => sections.map((section) => section.key);

function expectComplete(text: Localized, what: string) {
  for (const language of languages) {
    const value = text[language];
    expect(value.trim(), `${what} [${language}]`).not.toBe('');
    expect(value, `${what} [${language}] has stray whitespace`).toBe(value.trim());
    expect(value, `${what} [${language}] is one line`).not.toMatch(/\n/);
  }
  // Identical English and Finnish text means a translation was forgotten.
  expect(text.fi, `${what}: Finnish equals English`).not.toBe(text.en);
}

/** Distance between two rectangles along the axis where they are apart; negative when they overlap. */
function gap(a: TemplateSection, b: TemplateSection): number {
  const horizontal = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const vertical = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(horizontal, vertical);
}

describe('canvas templates', () => {
  it('lists the templates in picker order with unique kebab-case ids', () => {
    const ids = canvasTemplates.map((template) => template.id);
    expect(ids).toEqual([
      'business-model-canvas',
      'value-proposition-canvas',
      'empathy-map',
      'persona',
      'design-brief',
      'stakeholder-motivations',
      'swot',
      'impact-effort',
      'how-might-we',
      'blank',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it.each(canvasTemplates.map((template) => [template.id, template] as const))(
    '%s has every text in en, fi and sv',
    (id, template) => {
      expectComplete(template.name, `${id} name`);
      expectComplete(template.description, `${id} description`);
      expect(template.source.credit.trim()).not.toBe('');
      expect(template.source.licence.trim()).not.toBe('');
      for (const section of template.sections) {
        expectComplete(section.title, `${id}/${section.key} title`);
        expectComplete(section.prompt, `${id}/${section.key} prompt`);
      }
      if (template.axes) {
        expectComplete(template.axes.x, `${id} x axis`);
        expectComplete(template.axes.y, `${id} y axis`);
      }
    },
  );

  it.each(canvasTemplates.map((template) => [template.id, template] as const))(
    '%s has unique kebab-case section keys and titles',
    (_id, template) => {
      const keys = keysOf(template.sections);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(KEBAB);
      for (const language of languages) {
        const titles = template.sections.map((section) => section.title[language]);
        expect(new Set(titles).size, language).toBe(titles.length);
      }
    },
  );

  it.each(canvasTemplates.map((template) => [template.id, template] as const))(
    '%s lays its sections inside its size, a gutter apart, on whole units',
    (_id, template) => {
      const { width, height } = template.size;
      expect(width).toBeGreaterThan(0);
      expect(height).toBeGreaterThan(0);
      for (const section of template.sections) {
        for (const value of [section.x, section.y, section.width, section.height]) {
          expect(Number.isInteger(value), `${section.key} ${value}`).toBe(true);
        }
        expect(section.width, section.key).toBeGreaterThan(0);
        expect(section.height, section.key).toBeGreaterThan(0);
        expect(section.x, section.key).toBeGreaterThanOrEqual(0);
        expect(section.y, section.key).toBeGreaterThanOrEqual(0);
        expect(section.x + section.width, section.key).toBeLessThanOrEqual(width);
        expect(section.y + section.height, section.key).toBeLessThanOrEqual(height);
      }
      template.sections.forEach((a, i) => {
        for (const b of template.sections.slice(i + 1)) {
          expect(gap(a, b), `${a.key} and ${b.key}`).toBeGreaterThanOrEqual(GUTTER);
        }
      });
    },
  );

  it('fills the size: the sections reach the right and bottom edges', () => {
    for (const template of canvasTemplates.filter((t) => t.sections.length > 0)) {
      const right = Math.max(...template.sections.map((s) => s.x + s.width));
      const bottom = Math.max(...template.sections.map((s) => s.y + s.height));
      expect([right, bottom], template.id).toEqual([template.size.width, template.size.height]);
    }
  });

  it('keeps big canvases around 1600 × 1000', () => {
    for (const template of canvasTemplates) {
      expect(template.size.width, template.id).toBeGreaterThanOrEqual(1200);
      expect(template.size.width, template.id).toBeLessThanOrEqual(1700);
      expect(template.size.height, template.id).toBeGreaterThanOrEqual(800);
      expect(template.size.height, template.id).toBeLessThanOrEqual(1100);
    }
  });

  it('gives the Business Model Canvas its nine blocks in the classic layout', () => {
    const keys = keysOf(businessModelCanvas.sections);
    expect(keys.sort()).toEqual(
      [
        'channels',
        'cost-structure',
        'customer-relationships',
        'customer-segments',
        'key-activities',
        'key-partners',
        'key-resources',
        'revenue-streams',
        'value-propositions',
      ].sort(),
    );
    const at = (key: string) => businessModelCanvas.sections.find((s) => s.key === key) as TemplateSection;
    // Top row left to right, then the two stacked pairs, then the bottom row.
    const topOrder = [
      'key-partners',
      'key-activities',
      'value-propositions',
      'customer-relationships',
      'customer-segments',
    ];
    const xs = topOrder.map((key) => at(key).x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(at('key-resources').x).toBe(at('key-activities').x);
    expect(at('key-resources').y).toBeGreaterThan(at('key-activities').y);
    expect(at('channels').x).toBe(at('customer-relationships').x);
    expect(at('channels').y).toBeGreaterThan(at('customer-relationships').y);
    expect(at('cost-structure').y).toBe(at('revenue-streams').y);
    expect(at('cost-structure').y).toBeGreaterThan(at('value-propositions').y + at('value-propositions').height);
    expect(at('cost-structure').x).toBeLessThan(at('revenue-streams').x);
    expect(businessModelCanvas.name.fi).toBe('Liiketoimintamallikanvaasi');
    expect(businessModelCanvas.source.licence).toContain('CC BY-SA 3.0');
    expect(businessModelCanvas.source.credit).toContain('Strategyzer');
  });

  it('gives the Value Proposition Canvas its six blocks, value map left of customer profile', () => {
    const sections = valuePropositionCanvas.sections;
    expect(keysOf(sections).sort()).toEqual(
      ['customer-jobs', 'gain-creators', 'gains', 'pain-relievers', 'pains', 'products-services'].sort(),
    );
    const valueMap = ['products-services', 'gain-creators', 'pain-relievers'];
    const rightEdgeOfValueMap = Math.max(...sections.filter((s) => valueMap.includes(s.key)).map((s) => s.x + s.width));
    for (const section of sections.filter((s) => !valueMap.includes(s.key))) {
      expect(section.x, section.key).toBeGreaterThan(rightEdgeOfValueMap);
    }
    expect(valuePropositionCanvas.source.credit).toContain('Strategyzer');
  });

  it('gives the Empathy Map the sections of Dave Gray’s 2017 canvas', () => {
    expect(keysOf(empathyMap.sections)).toEqual([
      'who',
      'goal',
      'see',
      'say',
      'do',
      'hear',
      'think-feel',
      'pains',
      'gains',
    ]);
    expect(empathyMap.source.credit).toContain('Dave Gray, xplane.com');
    expect(empathyMap.name).toEqual({ en: 'Empathy Map', fi: 'Empatiakartta', sv: 'Empatikarta' });
  });

  it('gives the Persona all ten fields', () => {
    expect(keysOf(persona.sections).sort()).toEqual(
      [
        'name',
        'photo',
        'quote',
        'background',
        'role',
        'goals',
        'motivations',
        'pain-points',
        'behaviours',
        'scenario',
      ].sort(),
    );
  });

  it('makes the impact/effort matrix a free-placement 2×2 with axes, and SWOT a plain 2×2', () => {
    const matrix = templateById('impact-effort');
    expect(matrix?.freePlacement).toBe(true);
    expect(matrix?.axes?.x.en).toBe('Effort');
    expect(matrix?.axes?.y.en).toBe('Impact');
    expect(keysOf(matrix?.sections ?? [])).toEqual(['quick-wins', 'major-projects', 'fill-ins', 'thankless-tasks']);
    const swot = templateById('swot');
    expect(swot?.freePlacement).toBeFalsy();
    expect(keysOf(swot?.sections ?? [])).toEqual(['strengths', 'weaknesses', 'opportunities', 'threats']);
  });

  it('uses the agreed How might we wording', () => {
    const questions = templateById('how-might-we')?.sections.find((s) => s.key === 'questions');
    expect(questions?.title.fi).toContain('Miten voisimme');
    expect(questions?.title.sv).toContain('Hur skulle vi kunna');
  });

  it('has a Blank template with no sections, under the id emptyCanvas() uses', () => {
    expect(blank.id).toBe('blank');
    expect(blank.sections).toEqual([]);
    expect(instantiateTemplate(blank, 'fi', counter())).toEqual(emptyCanvas());
  });

  it('finds templates by id and answers undefined for unknown ids', () => {
    for (const template of canvasTemplates) expect(templateById(template.id)).toBe(template);
    expect(templateById('no-such-template')).toBeUndefined();
  });
});

describe('instantiateTemplate', () => {
  it.each(canvasTemplates.flatMap((template) => languages.map((language) => [template.id, language] as const)))(
    '%s in %s passes the canvas schema',
    (id, language: Language) => {
      const template = templateById(id);
      if (!template) throw new Error(id);
      const content = instantiateTemplate(template, language, counter());
      expect(canvasContentSchema.parse(content)).toEqual(content);
      expect(content.templateId).toBe(id);
      expect(content.notes).toEqual([]);
      expect(content.sections.map((s) => s.title)).toEqual(template.sections.map((s) => s.title[language]));
      expect(content.sections.map((s) => s.prompt)).toEqual(template.sections.map((s) => s.prompt[language]));
    },
  );

  it('keeps the geometry and takes every id from makeId', () => {
    const makeId = counter();
    const content = instantiateTemplate(businessModelCanvas, 'sv', makeId);
    expect(content.sections.map((s) => s.id)).toEqual(businessModelCanvas.sections.map((_, i) => `id-${i + 1}`));
    expect(content.sections[0]?.title).toBe('Nyckelpartner');
    content.sections.forEach((section, i) => {
      const source = businessModelCanvas.sections[i] as TemplateSection;
      expect([section.x, section.y, section.width, section.height]).toEqual([
        source.x,
        source.y,
        source.width,
        source.height,
      ]);
    });
    expect(makeId()).toBe(`id-${businessModelCanvas.sections.length + 1}`);
  });

  it('gives two canvases from one template independent sections', () => {
    const first = instantiateTemplate(persona, 'en', counter());
    const second = instantiateTemplate(persona, 'en', counter());
    expect(first.sections).not.toBe(second.sections);
    expect(first.sections[0]).not.toBe(second.sections[0]);
  });
});
