import { join } from 'node:path';
import { app } from 'electron';
import { pickLanguage, type Language } from '../../shared/i18n/languages';
import { menuMessages } from '../../shared/i18n/menu-messages';
import { registerAppHandlers } from './app-handlers';
import { registerFileHandlers } from './file-handlers';
import { electronBackupDeps, registerBackupHandlers } from './backup-handlers';
import { createAppIpc } from './ipc';
import { installMenu } from './menu';
import { createOriginPolicy } from './origin';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurityGuards } from './security';
import { openSettings, SETTINGS_FILE_NAME } from './settings';
import { createMainWindow, type MainWindow } from './window';

// Both must happen before `ready`: scheme privileges and the global sandbox cannot be added later.
registerAppScheme();
app.enableSandbox();
// Tests and portable use run with their own profile; the single-instance lock lives there too, so set it first.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', userDataDir);

// Never in a packaged app: an environment variable must not be able to point the app at another page.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const origins = createOriginPolicy(devServerUrl);
const isMac = process.platform === 'darwin';

function start(): void {
  let main: MainWindow | undefined;
  let quitting = false;

  app.on('second-instance', () => {
    if (!main) return;
    if (main.window.isMinimized()) main.window.restore();
    main.window.show();
    main.window.focus();
  });
  // The close handshake cancels the first quit; remembering it lets the final close finish the job.
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (!isMac || quitting) app.quit();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId('fi.kartta.app');
    const settings = openSettings(join(app.getPath('userData'), SETTINGS_FILE_NAME), (error) =>
      console.error('Could not save settings:', error),
    );
    let language: Language = settings.get().language ?? pickLanguage(app.getPreferredSystemLanguages());

    installSecurityGuards(origins, devServerUrl);
    handleAppProtocol(join(__dirname, '../renderer'));

    const rebuildMenu = (): void =>
      installMenu({ language, isMac, isDev: devServerUrl !== undefined, send: (event) => main?.send(event) });
    const ipc = createAppIpc({
      ownWebContentsId: () => (main && !main.window.isDestroyed() ? main.window.webContents.id : undefined),
      isAppUrl: (url) => origins.isAppUrl(url),
    });
    registerAppHandlers(ipc, {
      settings,
      setLanguage(next) {
        language = next;
        settings.update({ language: next });
        rebuildMenu();
      },
      closeReady: () => main?.close.ready(),
    });
    registerFileHandlers(ipc, { window: () => main?.window, messages: () => menuMessages[language] });
    registerBackupHandlers(
      ipc,
      electronBackupDeps(settings, () => main?.window),
    );
    rebuildMenu();

    const openWindow = (): void => {
      const created = createMainWindow({ origins, preloadPath: join(__dirname, '../preload/index.cjs'), settings });
      created.window.on('closed', () => {
        if (main === created) main = undefined;
      });
      main = created;
    };
    openWindow();
    app.on('activate', () => {
      if (!main) openWindow();
    });
  });
}

// A second launch (double-clicked icon) focuses the running window instead of opening a second database user.
if (app.requestSingleInstanceLock()) start();
else app.quit();
