import type { MenuItemConstructorOptions } from 'electron';
import type { MenuEvent } from '../../shared/ipc/contract';
import { languageNames, languages, type Language } from '../../shared/i18n/languages';
import { menuMessages } from '../../shared/i18n/menu-messages';

export interface MenuOptions {
  language: Language;
  isMac: boolean;
  isDev: boolean;
  /** Hands a command to the renderer; the menu itself changes no app state. */
  send(event: MenuEvent): void;
}

/** Kept apart from Menu.buildFromTemplate so the template can be tested without Electron. */
export function buildMenuTemplate({ language, isMac, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const m = menuMessages[language];
  const command = (label: string, cmd: Exclude<MenuEvent['command'], 'set-language'>, accelerator?: string) =>
    ({ label, accelerator, click: () => send({ command: cmd }) }) satisfies MenuItemConstructorOptions;

  const languageItems: MenuItemConstructorOptions[] = languages.map((lang) => ({
    label: languageNames[lang],
    type: 'radio',
    checked: lang === language,
    click: () => send({ command: 'set-language', language: lang }),
  }));

  const template: MenuItemConstructorOptions[] = [
    {
      label: m.file,
      submenu: [
        command(m.newProject, 'new-project', 'CmdOrCtrl+N'),
        command(m.open, 'open-project', 'CmdOrCtrl+O'),
        command(m.saveCopy, 'save-copy', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command(m.exportPdf, 'export-pdf', 'CmdOrCtrl+P'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: m.quit } as const]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        // Sent to the renderer, not role 'undo': a board's undo is its Y.UndoManager, and the
        // renderer falls back to the focused text field's own undo. CmdOrCtrl+Y is caught in window.ts.
        command(m.undo, 'undo', 'CmdOrCtrl+Z'),
        command(m.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.toggleFullScreen },
        { type: 'separator' },
        { label: m.language, submenu: languageItems },
        ...(isDev
          ? [
              { type: 'separator' } as const,
              { role: 'reload', label: m.reload } as const,
              { role: 'toggleDevTools', label: m.toggleDevTools } as const,
            ]
          : []),
      ],
    },
    {
      label: m.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: m.minimize },
        { role: 'close', label: m.close },
      ],
    },
    { label: m.help, role: 'help', submenu: [command(m.about, 'about')] },
  ];
  if (isMac) {
    template.unshift({
      label: 'Kartta',
      submenu: [command(m.about, 'about'), { type: 'separator' }, { role: 'quit', label: m.quit }],
    });
  }
  return template;
}
