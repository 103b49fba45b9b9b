import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { labelTemplate } from '../../../renderer/features/boards/label-template';
import { catalogues, languages } from '../../../shared/i18n';

// The map's and canvas's node labels are filled templates (issue 10): they must say exactly what
// i18next's t() says, in every language, whatever the values hold.
describe('a label template', () => {
  const values = [
    { name: 'Rakennusvalvonta', type: 'Kunta', ring: 'Ydin' },
    { name: '', type: 'a {{ring}} b', ring: '$t(x) & <b>' },
    { name: 'Åsa, "Ö"', type: '\u0001', ring: '' },
  ];

  it('gives what t() gives, in English, Finnish and Swedish', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      fallbackLng: false,
      resources: Object.fromEntries(languages.map((l) => [l, { translation: catalogues[l] }])),
      interpolation: { escapeValue: false },
    });
    for (const language of languages) {
      await i18n.changeLanguage(language);
      const t = i18n.getFixedT(language);
      const actor = labelTemplate((v) => t('ecosystem.actorLabel', v), ['name', 'type', 'ring']);
      for (const v of values.slice(0, 2)) expect(actor(v)).toBe(t('ecosystem.actorLabel', v));
      const note = labelTemplate((v) => t('canvas.noteInSection', v), ['section', 'text', 'color']);
      const v = { section: 'Kivut', text: 'Lomake {{x}} on pitkä', color: 'keltainen' };
      expect(note(v)).toBe(t('canvas.noteInSection', v));
      expect(actor(values[0])).not.toBe(actor(values[2]));
    }
  });

  it('fills every placeholder, however often and in whatever order it comes', () => {
    const fill = labelTemplate<'a' | 'b'>((v) => `${v.b}-${v.a}-${v.b}.`, ['a', 'b']);
    expect(fill({ a: '1', b: '2' })).toBe('2-1-2.');
    expect(labelTemplate(() => 'no placeholders', [])({})).toBe('no placeholders');
  });
});
