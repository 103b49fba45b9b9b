import { readFileSync } from 'node:fs';
import { z } from '../../shared/model/zod';
import { languages } from '../../shared/i18n/languages';
import { writeFileAtomicSync } from './atomic-write';

const windowStateSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  maximized: z.boolean(),
});

// Each field falls back on its own, so one damaged value does not throw away the others.
const settingsSchema = z.object({
  language: z.enum(languages).optional().catch(undefined),
  startedAt: z.string().optional().catch(undefined),
  window: windowStateSchema.optional().catch(undefined),
  /** A folder the user chose to keep a second set of backups in (a USB stick, a network share). */
  extraBackupFolder: z.string().min(1).max(4096).optional().catch(undefined),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface SettingsStore {
  get(): Readonly<Settings>;
  update(patch: Partial<Settings>): void;
}

export const SETTINGS_FILE_NAME = 'kartta-settings.json';

function load(path: string): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    // Missing or unreadable settings mean defaults: the app must always start.
    return {};
  }
}

/** Settings live in one small JSON file in userData; every change is written at once, atomically. */
export function openSettings(path: string, onWriteError: (error: unknown) => void): SettingsStore {
  let settings = load(path);
  return {
    get: () => settings,
    update(patch) {
      settings = { ...settings, ...patch };
      try {
        writeFileAtomicSync(path, new TextEncoder().encode(`${JSON.stringify(settings, null, 2)}\n`));
      } catch (error) {
        onWriteError(error);
      }
    },
  };
}
