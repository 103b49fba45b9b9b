import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type * as ElectronModule from 'electron';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const projectRoot = resolve(__dirname, '../..');

/** A temp profile per test unless the test passes one on, e.g. to restart with the same data. */
export function newUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kartta-electron-'));
}

function electronBinary(): string {
  const executablePath = findElectronBinary();
  if (!executablePath)
    throw new Error('No Electron binary: set ELECTRON_PATH (scripts/test-electron.mjs skips this suite)');
  return executablePath;
}

/** Without the dev server URL main loads app://kartta/; without RUN_AS_NODE the binary is Electron, not Node. */
function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return env;
}

/** A launched Kartta desktop app, driven as the user would (Signal Desktop's App helper pattern). */
export class App {
  private constructor(
    readonly electron: ElectronApplication,
    readonly userDataDir: string,
  ) {}

  /** `files` come after the app's own arguments, as the OS passes a double-clicked file. */
  static async launch(userDataDir = newUserDataDir(), files: readonly string[] = []): Promise<App> {
    const electron = await _electron.launch({
      executablePath: electronBinary(),
      args: [join(projectRoot, 'out/main/index.js'), `--user-data-dir=${userDataDir}`, ...files],
      cwd: projectRoot,
      env: appEnv(),
    });
    return new App(electron, userDataDir);
  }

  /**
   * Starts Kartta again on the same profile, as a second double-click does: it hands its files to
   * this running app through the single-instance lock and quits. Resolves with its exit code.
   */
  launchSecondInstance(files: readonly string[]): Promise<number | null> {
    const args = [join(projectRoot, 'out/main/index.js'), `--user-data-dir=${this.userDataDir}`, ...files];
    return new Promise((resolveExit, reject) => {
      const child = spawn(electronBinary(), args, { cwd: projectRoot, env: appEnv(), stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => resolveExit(code));
    });
  }

  firstWindow(): Promise<Page> {
    return this.electron.firstWindow();
  }

  async waitForProjectList(): Promise<Page> {
    const page = await this.firstWindow();
    await page
      .getByRole('heading', { name: /projects/i })
      .first()
      .waitFor();
    return page;
  }

  /** Runs `fn` in the main process; it is serialised, so it may use only the electron module it is given. */
  evaluateMain<R>(fn: (electron: typeof ElectronModule) => R | Promise<R>): Promise<R> {
    return this.electron.evaluate(fn);
  }

  /**
   * Answers the next save dialogs with `filePath`, from the test only: Playwright replaces
   * dialog.showSaveDialog inside this running main process, so the app carries no test hook.
   */
  async answerSaveDialogs(filePath: string): Promise<void> {
    await this.electron.evaluate(({ dialog }, path) => {
      const answer = async () => ({ canceled: false, filePath: path });
      Object.assign(dialog, { showSaveDialog: answer });
    }, filePath);
  }

  /** Clicks the application menu item with this accelerator, as the user's shortcut or click would. */
  async clickMenuItem(accelerator: string): Promise<void> {
    const found = await this.electron.evaluate(({ Menu }, wanted) => {
      const search = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
        for (const item of items) {
          if (item.accelerator === wanted) return item;
          const inner = item.submenu ? search(item.submenu.items) : undefined;
          if (inner) return inner;
        }
        return undefined;
      };
      const item = search(Menu.getApplicationMenu()?.items ?? []);
      item?.click();
      return item !== undefined;
    }, accelerator);
    if (!found) throw new Error(`no menu item with accelerator ${accelerator}`);
  }

  async close(): Promise<void> {
    await this.electron.close();
  }

  /** Deletes the temp profile; call once the last launch on it has closed. */
  removeUserData(): void {
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
