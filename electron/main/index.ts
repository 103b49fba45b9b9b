import { join } from 'node:path';
import { app, shell } from 'electron';
import { pickLanguage, type Language } from '../../shared/i18n/languages';
import { menuMessages } from '../../shared/i18n/menu-messages';
import { MAX_OPEN_BYTES } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/result';
import { registerAppHandlers } from './app-handlers';
import { registerFileHandlers } from './file-handlers';
import { electronBackupDeps, registerBackupHandlers } from './backup-handlers';
import { createExternalLinkOpener } from './external-links';
import { createAppIpc } from './ipc';
import { confirmLinkWithDialog } from './link-dialog';
import { installMenu } from './menu';
import { createOpenRequests, karttaPathsFromArgv, readOpenedFile } from './open-requests';
import { createOriginPolicy } from './origin';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurityGuards } from './security';
import { createPresenterWindows } from './presenter-window';
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
  // Set once the app is ready.
  let openWindow: (() => void) | undefined;

  // Brings the window forward, or opens one (macOS keeps running with every window closed).
  const showMainWindow = (): void => {
    if (!main) return openWindow?.();
    if (main.window.isMinimized()) main.window.restore();
    main.window.show();
    main.window.focus();
  };

  // .kartta files from the OS: queued until the page takes them (file:take-opened), then pushed.
  const openRequests = createOpenRequests({
    read: (path) => readOpenedFile(path, MAX_OPEN_BYTES),
    send: (files) => main?.sendOpenedFiles(files) ?? false,
  });
  const argvPaths = (argv: readonly string[], cwd: string): string[] =>
    karttaPathsFromArgv(argv, { defaultApp: process.defaultApp === true, cwd });
  void openRequests.open(argvPaths(process.argv, process.cwd()));

  // macOS sends files as events, the first ones before `ready`; unhandled, it reports the open as failed.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openRequests.open([path]);
    showMainWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openRequests.open(argvPaths(argv, workingDirectory));
    showMainWindow();
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

    // shell.openExternal only through here: https, shown in full, confirmed by the user (external-links.ts).
    const openExternalLink = createExternalLinkOpener({
      language: () => language,
      confirm: (question) => confirmLinkWithDialog(main?.window, question),
      openExternal: (url) => shell.openExternal(url),
      onError: (error) => console.error('Opening a link failed:', error),
    });
    installSecurityGuards(origins, devServerUrl, openExternalLink);
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
    ipc.handle('file:take-opened', () => ok({ files: openRequests.take() }));
    registerBackupHandlers(
      ipc,
      electronBackupDeps(settings, () => main?.window),
    );
    const preloadPath = join(__dirname, '../preload/index.cjs');
    const presenter = createPresenterWindows({ origins, preloadPath, mainWindow: () => main?.window });
    // Only the main window can ask (sender check); the ids were checked by the contract's schema.
    ipc.handle('presenter:open', (target) => {
      presenter.open(target);
      return ok(null);
    });
    rebuildMenu();

    openWindow = (): void => {
      // A new page must take the queue before files are pushed to it; so must a reloaded one.
      openRequests.detach();
      const created = createMainWindow({ origins, preloadPath, settings });
      created.window.webContents.on('did-navigate', () => openRequests.detach());
      created.window.on('closed', () => {
        if (main !== created) return;
        main = undefined;
        openRequests.detach();
        // The presenter window belongs to the main one: without it nothing could run the session.
        presenter.close();
      });
      main = created;
    };
    openWindow();
    app.on('activate', () => {
      if (!main) openWindow?.();
    });
  });
}

// A second launch (double-clicked icon or .kartta file) hands its file to the running window instead of opening a second database user.
if (app.requestSingleInstanceLock()) start();
else app.quit();
