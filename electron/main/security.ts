import { app, session, type WebContents } from 'electron';
import type { OriginPolicy } from './origin';

/** Everything else (camera, geolocation, notifications, clipboard reads…) is refused; pastes come from the paste event. */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

/** Gets a URL the page tried to leave for; external-links.ts decides whether to offer it to the user. */
export type ExternalLinkHandler = (url: string) => unknown;

/**
 * Applied to every webContents, ours and any that might appear later (devtools, a stray webview).
 * Nothing opens in the app but the app: new windows are always denied and foreign navigations
 * prevented. Only our own page's attempts are passed on as links, which still need the user's yes.
 */
function guardWebContents(contents: WebContents, origins: OriginPolicy, onExternalLink: ExternalLinkHandler): void {
  const offer = (target: { url: string }): void => {
    try {
      if (origins.isAppUrl(contents.getURL())) onExternalLink(target.url);
    } catch {
      // A destroyed webContents has no URL: there is no page left to ask for the user.
    }
  };
  contents.setWindowOpenHandler((details) => {
    offer(details);
    return { action: 'deny' };
  });
  const blockForeign = (event: { preventDefault(): void }, url: string): boolean => {
    if (origins.isAppUrl(url)) return false;
    event.preventDefault();
    return true;
  };
  contents.on('will-navigate', (event, url) => {
    if (blockForeign(event, url)) offer({ url });
  });
  contents.on('will-frame-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call before the first window exists, so no webContents escapes the guard. */
export function installSecurityGuards(
  origins: OriginPolicy,
  devServerUrl: string | undefined,
  onExternalLink: ExternalLinkHandler = () => undefined,
): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins, onExternalLink));

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
