import { app, session, type WebContents } from 'electron';
import type { OriginPolicy } from './origin';

/** Everything else (camera, geolocation, notifications, clipboard reads…) is refused; pastes come from the paste event. */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

/** Applied to every webContents, ours and any that might appear later (devtools, a stray webview). */
function guardWebContents(contents: WebContents, origins: OriginPolicy): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!origins.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call before the first window exists, so no webContents escapes the guard. */
export function installSecurityGuards(origins: OriginPolicy, devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins));

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowedPermissions.has(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission));

  // The app is offline: a request to the network from the page is a bug or an attack, so it never leaves.
  const devHost = devServerUrl ? new URL(devServerUrl).host : null;
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      const host = new URL(details.url).host;
      callback({ cancel: devHost === null || host !== devHost });
    },
  );
}
