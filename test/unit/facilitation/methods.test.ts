import { describe, expect, it } from 'vitest';
import { blockFromMethod, findMethod, WORKSHOP_METHODS } from '../../../shared/facilitation';
import { agendaBlockSchema } from '../../../shared/model';
import { languages } from '../../../shared/i18n';

describe('method library', () => {
  it('has the common methods the issue names, and a few more', () => {
    const ids = WORKSHOP_METHODS.map((m) => m.id);
    for (const id of [
      'check-in',
      'stakeholder-mapping',
      'journey-walk-through',
      'dot-voting',
      'how-might-we',
      'wrap-up',
    ])
      expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(9);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(WORKSHOP_METHODS.map((m) => [m.id, m] as const))('%s is written in every language', (_id, method) => {
    for (const field of ['title', 'purpose', 'instructions'] as const) {
      for (const language of languages) expect(method[field][language].trim(), `${field}.${language}`).not.toBe('');
      // Finnish and Swedish are their own texts, not English copies.
      expect(method[field].fi).not.toBe(method[field].en);
      expect(method[field].sv).not.toBe(method[field].en);
    }
    expect(method.minutes).toBeGreaterThan(0);
  });

  it('makes a valid block with the texts of the chosen language', () => {
    const method = findMethod('dot-voting');
    if (!method) throw new Error('no dot voting');
    const block = blockFromMethod('b1', method, 'fi');
    expect(agendaBlockSchema.parse(block)).toEqual(block);
    expect(block).toMatchObject({ title: 'Pisteäänestys', minutes: 10, methodId: 'dot-voting', kind: 'block' });
    expect(findMethod(null)).toBeUndefined();
    expect(findMethod('gone')).toBeUndefined();
  });
});
