import type { Platform, SaveOutcome } from './platform';
import type { FileKind } from '../../shared/ipc/contract';

const FIRST_START_KEY = 'kartta.started';

const accept: Record<FileKind, string> = {
  pdf: '.pdf,application/pdf',
  kartta: '.kartta,application/json',
  csv: '.csv,text/csv',
  png: '.png,image/png',
  svg: '.svg,image/svg+xml',
  image: 'image/png,image/jpeg',
};

/** The same renderer in any Chromium: downloads for saving, a file input for opening. */
export function createBrowserPlatform(version: string): Platform {
  return {
    kind: 'browser',
    appVersion: async () => version,
    isFirstStart: async () => localStorage.getItem(FIRST_START_KEY) === null,
    markStarted: async () => localStorage.setItem(FIRST_START_KEY, new Date().toISOString()),
    setLanguage: async () => undefined,
    saveFile: async ({ suggestedName, mimeType, data }): Promise<SaveOutcome> => {
      const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeType }));
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.click();
      } finally {
        // Give the download a moment to start before the URL goes away.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { saved: true, fileName: suggestedName };
    },
    openFile: (kind) =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept[kind];
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          file
            .arrayBuffer()
            .then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }))
            .catch(reject);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
    onMenuCommand: () => () => undefined,
    onBeforeClose: () => () => undefined,
  };
}
