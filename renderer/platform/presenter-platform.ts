import { PRESENTER_QUERY } from '../../shared/ipc/presenter';
import { PlatformError, type Platform } from './platform';

/** True in the window main opened as the presenter window (its URL's query, set by main). */
export function isPresenterWindowSearch(search: string): boolean {
  return new URLSearchParams(search).get(PRESENTER_QUERY.key) === PRESENTER_QUERY.value;
}

const unavailable = (): never => {
  throw new PlatformError('Not available in the presenter window');
};

/**
 * The desktop app's presenter window (shared/ipc/presenter.ts). It only shows a session, reading
 * the same IndexedDB as the main window, and main refuses its IPC (docs/security.md), so nothing
 * here calls main: no first-start seeding, backups, OS files, menu or close handshake — the main
 * window does all of those.
 */
export function createPresenterPlatform(version: string): Platform {
  return {
    kind: 'electron',
    appVersion: async () => version,
    isFirstStart: async () => false,
    markStarted: async () => undefined,
    setLanguage: async () => undefined,
    saveFile: async () => unavailable(),
    openFile: async () => unavailable(),
    onMenuCommand: () => () => undefined,
    onBeforeClose: () => () => undefined,
  };
}
