import { Menu } from 'electron';
import { buildMenuTemplate, type MenuOptions } from './menu-template';

/** Rebuilt whole on every language change: Electron menus cannot relabel items in place. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
