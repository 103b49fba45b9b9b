import type { KarttaApi } from '../../shared/ipc/api';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    kartta?: KarttaApi;
  }
}

export function detectPlatform(): Platform {
  return window.kartta ? createElectronPlatform(window.kartta) : createBrowserPlatform(__APP_VERSION__);
}

export type { Platform } from './platform';
