// Where the offline packaging smoke test puts its stand-in and its output; test/packaging reads them.
import { join } from 'node:path';
import { projectRoot } from './electron-binary.mjs';

export const packagingRoot = join(projectRoot, 'test-results', 'packaging');
export const standInDir = join(packagingRoot, 'electron-stand-in');
export const packOutputDir = join(packagingRoot, 'dist');
/** electron-builder's `--linux dir` output: the unpacked app. */
export const unpackedAppDir = join(packOutputDir, 'linux-unpacked');
