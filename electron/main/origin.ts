/** The app's fixed origin: IndexedDB lives per origin, so this never changes (PITFALLS.md, Storage). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kartta';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface OriginPolicy {
  /** The URL the main window loads. */
  readonly startUrl: string;
  /** True for a URL of our own app: app://kartta/…, or the dev server's origin in development. */
  isAppUrl(url: string): boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `devServerUrl` is honoured only by the caller's decision (never in a packaged app), so an
 * environment variable cannot point a shipped build at a foreign page.
 */
export function createOriginPolicy(devServerUrl?: string): OriginPolicy {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return {
    startUrl: dev ? dev.href : APP_ENTRY_URL,
    isAppUrl(url) {
      const parsed = parse(url);
      if (!parsed) return false;
      // WHATWG URL gives a custom scheme the origin "null", so compare scheme and host instead.
      if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
      return dev !== null && parsed.origin === dev.origin;
    },
  };
}
