import { describe, expect, it } from 'vitest';
import { languages } from '../../../shared/i18n';
import { journeyContentSchema } from '../../../shared/model';
import { instantiatePreset, journeyPreset, journeyPresets } from '../../../shared/journey';

describe('journey presets', () => {
  it('covers every preset the file format knows, once each', () => {
    const ids = journeyPresets.map((p) => p.id);
    expect(ids.sort()).toEqual([...journeyContentSchema.shape.preset.options].sort());
  });

  it.each(journeyPresets.map((p) => [p.id, p] as const))(
    '%s has every text in English, Finnish and Swedish, each its own',
    (_id, preset) => {
      const texts = [preset.name, preset.description, ...preset.stages, ...preset.lanes.map((l) => l.title)];
      for (const text of texts) {
        for (const language of languages) expect(text[language].trim(), JSON.stringify(text)).not.toBe('');
        expect(text.fi, `${text.en} is not translated to Finnish`).not.toBe(text.en);
        expect(text.sv, `${text.en} is not translated to Swedish`).not.toBe(text.en);
      }
      expect(new Set(preset.lanes.map((l) => l.key)).size).toBe(preset.lanes.length);
    },
  );

  it('the customer journey has the six lanes of the method, the emotion lane scored', () => {
    const preset = journeyPreset('customer-journey');
    expect(preset.lanes.map((l) => l.key)).toEqual([
      'actions',
      'thoughts',
      'emotion',
      'touchpoints',
      'pain-points',
      'opportunities',
    ]);
    expect(preset.lanes.find((l) => l.key === 'emotion')?.type).toBe('emotion');
    expect(preset.lanes.find((l) => l.key === 'touchpoints')?.type).toBe('channels');
    expect(preset.stages.map((s) => s.en)).toEqual([
      'Notice the need',
      'Find information',
      'Apply',
      'Wait',
      'Decision',
      'Use',
    ]);
  });

  it('the service blueprint draws its three lines between the right lanes, in order', () => {
    const lanes = journeyPreset('service-blueprint').lanes;
    const keys = lanes.map((l) => l.key);
    const lineBelow = (line: string) => keys[lanes.findIndex((l) => l.lineBelow === line)];
    expect(lineBelow('interaction')).toBe('customer-actions');
    expect(lineBelow('visibility')).toBe('frontstage');
    expect(lineBelow('internal')).toBe('backstage');
    expect(keys.slice(keys.indexOf('customer-actions'))).toEqual([
      'customer-actions',
      'frontstage',
      'backstage',
      'support',
    ]);
    expect(lanes.filter((l) => l.lineBelow !== null)).toHaveLength(3);
  });

  it.each(languages)('instantiates valid content in %s with fresh ids', (language) => {
    let n = 0;
    for (const preset of journeyPresets) {
      const content = instantiatePreset(preset, language, () => `id-${++n}`);
      expect(journeyContentSchema.parse(content)).toEqual(content);
      expect(content.stages.map((s) => s.title)).toEqual(preset.stages.map((s) => s[language]));
      expect(content.lanes.map((l) => l.title)).toEqual(preset.lanes.map((l) => l.title[language]));
      const ids = [...content.stages, ...content.lanes].map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
