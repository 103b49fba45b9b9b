import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The smoke pack cannot flip fuses on its stand-in binary, so the settings are held to the issue
// here; `npx @electron/fuses read --app <packaged app>` checks a real build where Electron exists.
const config = parse(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const section = (key: string) => config[key] as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the fuses the issue asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('packs only the built bundles into an asar, without source maps or node_modules', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', '!**/*.map', 'package.json']);
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as Record<string, unknown>;
    // Every library is bundled: a `dependencies` entry would put node_modules into the asar.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('names the product, the id and the installers for every platform', () => {
    expect({ appId: config.appId, productName: config.productName }).toEqual({
      appId: 'fi.kartta.app',
      productName: 'Kartta',
    });
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('win').target).toEqual(['nsis', 'portable']);
    expect(section('mac').target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
  });

  it('installs per user on Windows, so no admin rights are needed', () => {
    expect(section('nsis')).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false });
  });

  it('associates .kartta files, with an icon of their own', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'kartta', mimeType: 'application/x-kartta', icon: 'kartta-file' }),
    ]);
  });
});
