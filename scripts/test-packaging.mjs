// `npm run test:packaging` (and npm test's "packaging" stage): an offline smoke test of the
// installers' contents. electron-builder packs `--linux dir` around a stand-in for the Electron
// binary (the real one cannot be fetched on the test machines), then test/packaging checks app.asar,
// the resources beside it, the fuse settings in electron-builder.yml and the icons.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import builder from 'electron-builder';
import { projectRoot } from './electron-binary.mjs';
import { packOutputDir, packagingRoot, standInDir } from './packaging-paths.mjs';

const bundles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const missing = bundles.filter((file) => !existsSync(join(projectRoot, file)));
if (missing.length > 0) {
  console.error(`packaging: ${missing.join(', ')} missing; run \`npm run build\` first`);
  process.exit(1);
}

// The stand-in says what it is and refuses to run: nothing here pretends to be Electron.
rmSync(packagingRoot, { recursive: true, force: true });
rmSync(join(projectRoot, 'test-results', 'packaging.json'), { force: true });
mkdirSync(standInDir, { recursive: true });
const standIn = join(standInDir, 'electron');
writeFileSync(
  standIn,
  '#!/bin/sh\necho "This is a stand-in for the Electron binary, made by scripts/test-packaging.mjs to check what Kartta packs. It cannot run Kartta." >&2\nexit 1\n',
);
chmodSync(standIn, 0o755);
writeFileSync(join(standInDir, 'STAND-IN.txt'), 'Not Electron: a stand-in for the offline packaging smoke test.\n');
// No Chromium locale files, but the folder must exist: electron-builder prunes it (electronLanguages).
mkdirSync(join(standInDir, 'locales'));
writeFileSync(join(standInDir, 'locales', 'STAND-IN.txt'), 'No Chromium locales: a stand-in.\n');

console.log('packaging: electron-builder --linux dir around a STAND-IN Electron binary (not a runnable app)');
console.log(
  'packaging: fuses NOT flipped in this run (@electron/fuses needs the real binary); test/packaging/config.test.ts checks the fuse settings instead',
);
try {
  await builder.build({
    projectDir: projectRoot,
    targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    // Merged over electron-builder.yml for this run only.
    config: { electronDist: standInDir, electronFuses: null, directories: { output: packOutputDir } },
  });
} catch (error) {
  console.error('packaging: electron-builder failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/packaging/vitest.config.mts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join('test-results', 'packaging.json')}`,
  ],
  { cwd: projectRoot, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
