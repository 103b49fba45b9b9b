import type { Language } from '../../shared/i18n/languages';

/**
 * The one way a link leaves the app: the page cannot call shell.openExternal. A link the page
 * tries to open (window.open, target=_blank, a navigation away from app://kartta/) is denied where
 * it happens (security.ts) and handed here: only a plain https URL is considered, the user sees it
 * in full and must confirm, and only then does the system browser get it.
 */

/** The URL to open, normalised by the URL parser, or null: https only, no user:password, a real host. */
export function externalHttpsUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

export interface LinkConfirmation {
  message: string;
  detail: string;
  open: string;
  cancel: string;
}

// Main's own words: its dialogs appear before (and apart from) the renderer's catalogues.
export const linkMessages: Record<Language, Omit<LinkConfirmation, 'detail'> & { detail: (url: string) => string }> = {
  en: {
    message: 'Open this link in your web browser?',
    detail: (url) => `${url}\n\nKartta works offline; the link opens outside the app.`,
    open: 'Open in browser',
    cancel: 'Cancel',
  },
  fi: {
    message: 'Avataanko linkki verkkoselaimessa?',
    detail: (url) => `${url}\n\nKartta toimii ilman verkkoa; linkki avautuu sovelluksen ulkopuolella.`,
    open: 'Avaa selaimessa',
    cancel: 'Peruuta',
  },
  sv: {
    message: 'Öppna länken i webbläsaren?',
    detail: (url) => `${url}\n\nKartta fungerar offline; länken öppnas utanför appen.`,
    open: 'Öppna i webbläsaren',
    cancel: 'Avbryt',
  },
};

export interface ExternalLinkDeps {
  language(): Language;
  /** Shows the question; true only when the user chose to open. */
  confirm(question: LinkConfirmation): Promise<boolean>;
  openExternal(url: string): Promise<void>;
  onError?(error: unknown): void;
}

/**
 * Returns the handler security.ts calls with a URL the page asked for. One question at a time: a
 * page that asks again while the dialog is open is ignored, so it cannot pile up dialogs.
 */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (raw: string) => Promise<boolean> {
  let asking = false;
  return async (raw) => {
    const url = externalHttpsUrl(raw);
    if (url === null || asking) return false;
    asking = true;
    try {
      const words = linkMessages[deps.language()];
      const confirmed = await deps.confirm({ ...words, detail: words.detail(url) });
      if (!confirmed) return false;
      await deps.openExternal(url);
      return true;
    } catch (error) {
      deps.onError?.(error);
      return false;
    } finally {
      asking = false;
    }
  };
}
