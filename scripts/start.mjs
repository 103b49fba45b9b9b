// `npm start`: build, then run the desktop app if an Electron binary exists; otherwise say plainly why not.
import { spawn } from 'node:child_process';
import { findElectronBinary, projectRoot } from './electron-binary.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** @returns {Promise<number>} */
function run(command, args, env = process.env) {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      env,
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolveExit(1);
    });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

const buildCode = await run(npx, ['electron-vite', 'build']);
if (buildCode !== 0) process.exit(buildCode);

const binary = findElectronBinary();
if (!binary) {
  console.error(
    [
      '',
      'Kartta is built, but the Electron binary is not installed, so the desktop app cannot start.',
      'Electron 45 downloads its binary on first launch, which needs access to GitHub’s release host',
      '(github.com / objects.githubusercontent.com), and this machine could not or did not do that.',
      'To run the desktop app, set ELECTRON_PATH to an installed Electron 45 executable',
      '(for example ELECTRON_PATH=/opt/electron/electron npm start), or run `npx electron .` once on a',
      'machine with network access so the binary is downloaded into node_modules/electron/dist.',
      'Meanwhile `npm run web` runs the same app in a browser.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE from a parent shell would turn the app into a plain Node process.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
process.exit(await run(binary, [projectRoot], env));
