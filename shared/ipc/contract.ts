import { z } from '../model/zod';
import { languages } from '../i18n/languages';

/** Largest file the renderer may hand to main to save (a big report with photos fits easily). */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
/** Largest file main reads back for the renderer after the user picked it. */
export const MAX_OPEN_BYTES = 64 * 1024 * 1024;

/** File kinds the dialogs know; main maps each to its extension list, the renderer never sends a path. */
export const fileKinds = ['pdf', 'kartta', 'csv', 'png', 'svg', 'image'] as const;
export type FileKind = (typeof fileKinds)[number];

const languageSchema = z.enum(languages);
/** A bare file name suggested for the save dialog: no folders, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|]+$/, 'a file name without folders or reserved characters')
  .refine((name) => ![...name].some((ch) => ch.charCodeAt(0) < 0x20), 'a file name without control characters');

const empty = z.object({}).strict();
/**
 * Ids the page sends to main (project, session): only these characters, so none can carry a path
 * or URL syntax. Project ids name backup folders (electron/main/backups.ts checks again).
 */
const ipcId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const backupProjectId = ipcId;
const backupFileName = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.kartta$/);

/**
 * Renderer -> main calls. Main validates the request with `request` before the handler runs;
 * `response` is the type of the value inside the `{ ok, value }` result.
 */
export const invokeContract = {
  'app:info': { request: empty, response: null as unknown as AppInfo },
  'app:first-start': { request: empty, response: null as unknown as { isFirstStart: boolean } },
  'app:mark-started': { request: empty, response: null as unknown as null },
  'app:set-language': {
    request: z.object({ language: languageSchema }).strict(),
    response: null as unknown as null,
  },
  'app:close-ready': { request: empty, response: null as unknown as null },
  'file:save': {
    request: z
      .object({
        suggestedName: fileNameSchema,
        kind: z.enum(fileKinds),
        data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_SAVE_BYTES, 'file too large'),
      })
      .strict(),
    response: null as unknown as SaveResult,
  },
  'file:open': {
    request: z.object({ kind: z.enum(fileKinds) }).strict(),
    response: null as unknown as OpenResult,
  },
  /**
   * The .kartta files the OS asked Kartta to open (double-click, Open with, a second launch)
   * before the page was ready; main hands them over once. No request fields: only main knows paths.
   */
  'file:take-opened': { request: empty, response: null as unknown as OpenedFiles },
  'backup:write': {
    request: z
      .object({
        projectId: backupProjectId,
        data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_OPEN_BYTES, 'file too large'),
      })
      .strict(),
    response: null as unknown as BackupWriteResult,
  },
  'backup:list': { request: empty, response: null as unknown as BackupInfo[] },
  /** The extra backup folder the user chose, for showing; the renderer never sends a path. */
  'backup:folder': { request: empty, response: null as unknown as { folder: string | null } },
  'backup:choose-folder': { request: empty, response: null as unknown as { folder: string | null } },
  'backup:clear-folder': { request: empty, response: null as unknown as null },
  'backup:read': {
    request: z.object({ projectId: backupProjectId, fileName: backupFileName }).strict(),
    response: null as unknown as { data: Uint8Array },
  },
  /**
   * Opens (or focuses and points) the presenter window at a session. Ids only: main builds the
   * URL itself (electron/main/presenter-window.ts), the page never names one.
   */
  'presenter:open': {
    request: z.object({ projectId: ipcId, sessionId: ipcId }).strict(),
    response: null as unknown as null,
  },
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type RequestOf<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = (typeof invokeContract)[C]['response'];

export interface AppInfo {
  version: string;
  platform: string;
  electron: string;
  chrome: string;
}
export type SaveResult = { saved: false } | { saved: true; fileName: string };
/** Where a backup went: always the app's own folder; `extra` says how the user's extra folder fared. */
export interface BackupWriteResult {
  fileName: string;
  extra: 'none' | 'written' | 'failed';
}
/** One automatic backup of a project, as main lists them (newest first). */
export interface BackupInfo {
  projectId: string;
  fileName: string;
  /** ISO time. */
  savedAt: string;
  bytes: number;
}
export type OpenResult = { file: null } | { file: { name: string; data: Uint8Array } };

/**
 * A .kartta file the OS handed to Kartta: its bytes, or why main could not read it (the renderer
 * words the error in the user's language). `name` is the bare file name, never the path.
 */
export const openedFileSchema = z.union([
  z.object({ name: z.string().min(1).max(1000), data: z.instanceof(Uint8Array) }).strict(),
  z.object({ name: z.string().min(1).max(1000), error: z.enum(['too-large', 'unreadable']) }).strict(),
]);
export type OpenedFile = z.infer<typeof openedFileSchema>;
/** The take-opened response and the opened-files event carry the same shape. */
export const openedFilesSchema = z.object({ files: z.array(openedFileSchema) }).strict();
export type OpenedFiles = z.infer<typeof openedFilesSchema>;

/** Commands the native menu sends to the renderer. */
export const menuCommands = [
  'new-project',
  'open-project',
  'save-copy',
  'export-pdf',
  'undo',
  'redo',
  'about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const menuEventSchema = z.union([
  z.object({ command: z.enum(menuCommands) }).strict(),
  z.object({ command: z.literal('set-language'), language: languageSchema }).strict(),
]);
export type MenuEvent = z.infer<typeof menuEventSchema>;

/** Main -> renderer events. */
export const eventChannels = {
  menu: 'menu:command',
  /** Main holds the window on close until the renderer has committed open edits and answered with app:close-ready. */
  beforeClose: 'app:before-close',
  /** .kartta files the OS handed over after the page took the early ones (payload: OpenedFiles). */
  openedFiles: 'file:opened',
} as const;
