// `npm run test:electron`: the Playwright _electron suite, only where a real Electron binary exists.
// Without one it says so loudly and exits 0: a test that cannot run is reported, never faked as passed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary, projectRoot } from './electron-binary.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(args) {
  return new Promise((resolveExit) => {
    const child = spawn(npx, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`Could not start npx: ${error.message}`);
      resolveExit(1);
    });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

if (!findElectronBinary()) {
  console.log('ELECTRON E2E NOT RUN: no Electron binary on this machine (set ELECTRON_PATH to run them)');
  process.exit(0);
}

if (
  !existsSync(join(projectRoot, 'out', 'main', 'index.js')) ||
  !existsSync(join(projectRoot, 'out', 'preload', 'index.cjs'))
) {
  const built = await run(['electron-vite', 'build']);
  if (built !== 0) process.exit(built);
}

process.exit(await run(['playwright', 'test', '-c', 'test/electron/playwright.config.ts']));
