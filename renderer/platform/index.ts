import type { KarttaApi } from '../../shared/ipc/api';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import { createPresenterPlatform, isPresenterWindowSearch } from './presenter-platform';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    kartta?: KarttaApi;
  }
}

export function detectPlatform(): Platform {
  if (!window.kartta) return createBrowserPlatform(__APP_VERSION__);
  // The desktop app's presenter window: main answers none of its calls, so it makes none.
  if (isPresenterWindowSearch(window.location.search)) return createPresenterPlatform(__APP_VERSION__);
  return createElectronPlatform(window.kartta);
}

export type { Platform } from './platform';
