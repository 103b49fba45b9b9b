import { deleteProject } from '../store/projects-repo';
import { brokenAttachments } from '../store/attachment-check';
import type { TFunction } from 'i18next';
import {
  projectSnapshotSchema,
  restore,
  serializeKarttaFile,
  toKarttaFile,
  type RestoreError,
} from '../../shared/model';
import type { AppServices } from './context';
import { buildFileSnapshot, importSnapshot } from '../store/snapshot-io';
import type { ProjectRow } from '../store/db';

export function describeRestoreError(error: RestoreError, t: TFunction): string {
  switch (error.kind) {
    case 'too-large':
      return t('files.errors.tooLarge');
    case 'too-deep':
      return t('files.errors.tooDeep', { limit: error.limit });
    case 'not-json':
      return t('files.errors.notJson');
    case 'not-kartta':
      return t('files.errors.notKartta');
    case 'newer-version':
      return t('files.errors.newerVersion', { version: error.version });
    case 'invalid': {
      const first = error.issues[0];
      return t('files.errors.invalid', {
        count: error.issues.length,
        path: first?.path ?? '$',
        message: first?.message ?? '',
      });
    }
  }
}

/** Asks for a .kartta file and imports it; a bad file leaves the database untouched. */
export async function openProjectFile(services: AppServices, t: TFunction): Promise<ProjectRow | null> {
  try {
    const file = await services.platform.openFile('kartta');
    return file ? await openProjectBytes(services, t, file.data) : null;
  } catch (error) {
    services.notices.show({
      tone: 'error',
      message: t('files.openFailed', { reason: error instanceof Error ? error.message : String(error) }),
    });
    return null;
  }
}

/**
 * Opens a project from a file's bytes (picked in a dialog, or dropped on the window): checked
 * whole before anything is written, then imported all at once; a project already here comes in
 * as a copy.
 */
export async function openProjectBytes(
  services: AppServices,
  t: TFunction,
  data: Uint8Array,
): Promise<ProjectRow | null> {
  const { notices, db } = services;
  try {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
    const result = restore(text);
    if (!result.ok) {
      notices.show({
        tone: 'error',
        message: t('files.openFailed', { reason: describeRestoreError(result.error, t) }),
      });
      return null;
    }
    const broken = await brokenAttachments(result.file.snapshot);
    if (broken.length > 0) {
      const [first] = broken;
      const message = t(first.problem === 'not-image' ? 'files.errors.notImage' : 'files.errors.wrongImageSize');
      notices.show({
        tone: 'error',
        message: t('files.openFailed', {
          reason: t('files.errors.invalid', { count: broken.length, path: first.path, message }),
        }),
      });
      return null;
    }
    const original = await db.projects.get(result.file.snapshot.project.id);
    const row = await importSnapshot(db, result.file.snapshot);
    if (!original || original.deletedAt) {
      notices.show({
        tone: 'info',
        message: t(original ? 'files.openedAsCopy' : 'files.opened', { title: row.title }),
      });
      return row;
    }
    // The project is already here: the file came in as a copy, and the user may let it replace
    // the one here, which then waits in Recently deleted (nothing is lost by a wrong click).
    notices.show({
      tone: 'info',
      message: t('files.openedAsCopy', { title: row.title }),
      action: {
        label: t('files.replaceOriginal'),
        run: () =>
          void deleteProject(db, original.id).then(() =>
            notices.show({ tone: 'info', message: t('files.replaced', { title: original.title }) }),
          ),
      },
    });
    return row;
  } catch (error) {
    notices.show({
      tone: 'error',
      message: t('files.openFailed', { reason: error instanceof Error ? error.message : String(error) }),
    });
    return null;
  }
}

/** Saves the project as a .kartta file through the platform (native dialog or a download). */
export async function saveProjectCopy(services: AppServices, projectId: string, t: TFunction): Promise<void> {
  const { platform, notices, db } = services;
  try {
    const snapshot = await buildFileSnapshot(db, projectId);
    // Never write a file Kartta would refuse to open (a dangling reference from two tabs, say).
    const check = projectSnapshotSchema.safeParse(snapshot);
    if (!check.success) {
      const first = check.error.issues[0];
      throw new Error(`${['$', ...(first?.path ?? []).map(String)].join('.')}: ${first?.message ?? ''}`);
    }
    const text = serializeKarttaFile(toKarttaFile(snapshot, await platform.appVersion()));
    const outcome = await platform.saveFile({
      suggestedName: `${safeFileName(snapshot.project.title)}.kartta`,
      kind: 'kartta',
      mimeType: 'application/json',
      data: new TextEncoder().encode(text),
    });
    if (outcome.saved) notices.show({ tone: 'info', message: t('files.saved', { name: outcome.fileName }) });
  } catch (error) {
    notices.show({
      tone: 'error',
      message: t('files.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
    });
  }
}

/** A file name from a title: no folder separators or reserved characters, never empty. */
export function safeFileName(title: string): string {
  const cleaned = [...title]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch))
    .join('')
    .trim()
    .slice(0, 120);
  return cleaned || 'kartta-project';
}
