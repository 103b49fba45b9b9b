import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { languages } from '../../../shared/i18n/languages';
import { menuMessages } from '../../../shared/i18n/menu-messages';
import { menuEventSchema, type MenuEvent } from '../../../shared/ipc/contract';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(options: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuEvent[] = [];
  const template = buildMenuTemplate({
    language: 'en',
    isMac: false,
    isDev: false,
    send: (e) => sent.push(e),
    ...options,
  });
  const items = flatten(template);
  const byLabel = (label: string) => items.find((item) => item.label === label);
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.();
  return { template, items, byLabel, click, sent };
}

describe('native menu', () => {
  it('has every label in every language', () => {
    const keys = Object.keys(menuMessages.en).sort();
    for (const lang of languages) {
      expect(Object.keys(menuMessages[lang]).sort()).toEqual(keys);
      for (const value of Object.values(menuMessages[lang])) expect(value.trim()).not.toBe('');
    }
  });

  it('uses the standard accelerators', () => {
    const { byLabel } = build();
    const m = menuMessages.en;
    expect(byLabel(m.newProject)?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(m.open)?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(m.saveCopy)?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel(m.exportPdf)?.accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel(m.undo)?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel(m.redo)?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('sends contract-shaped commands to the renderer', () => {
    const { click, sent } = build();
    const m = menuMessages.en;
    for (const label of [m.newProject, m.open, m.saveCopy, m.exportPdf, m.undo, m.redo, m.about]) click(label);
    click('Suomi');
    expect(sent.map((e) => e.command)).toEqual([
      'new-project',
      'open-project',
      'save-copy',
      'export-pdf',
      'undo',
      'redo',
      'about',
      'set-language',
    ]);
    expect(sent.at(-1)).toEqual({ command: 'set-language', language: 'fi' });
    for (const event of sent) expect(menuEventSchema.safeParse(event).success).toBe(true);
  });

  it('builds in Finnish and Swedish and checks the current language', () => {
    for (const language of ['fi', 'sv'] as const) {
      const { template, items } = build({ language });
      expect(template.map((item) => item.label)).toContain(menuMessages[language].file);
      const radios = items.filter((item) => item.type === 'radio');
      expect(radios.map((item) => item.label)).toEqual(['English', 'Suomi', 'Svenska']);
      expect(radios.filter((item) => item.checked).map((item) => item.label)).toEqual([
        language === 'fi' ? 'Suomi' : 'Svenska',
      ]);
    }
  });

  it('offers reload and developer tools only in development', () => {
    expect(build().items.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(false);
    expect(build({ isDev: true }).items.some((item) => item.role === 'reload')).toBe(true);
  });

  it('puts Quit in the app menu on macOS and in File elsewhere', () => {
    expect(build({ isMac: true }).template[0]?.label).toBe('Kartta');
    expect(build({ isMac: true }).items.filter((item) => item.role === 'quit')).toHaveLength(1);
    expect(build().items.filter((item) => item.role === 'quit')).toHaveLength(1);
  });
});
