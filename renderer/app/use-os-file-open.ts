import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OpenedFile } from '../../shared/ipc/contract';
import { useServices, type AppServices } from './context';
import { navigate } from './router';
import { openProjectBytes } from './file-actions';

/**
 * A .kartta file the OS opened with Kartta (double-click, Open with, a second launch) opens as a
 * project exactly like File → Open; main has already read it, or says why it could not.
 */
export function useOsFileOpen(): void {
  const services = useServices();
  const { t } = useTranslation();
  useEffect(() => {
    const source = services.platform.osFiles;
    if (!source) return;
    const off = source.onOpened((files) => void openInTurn(services, t, files));
    // Not cancelled on cleanup: main hands the early files over once, and StrictMode's second
    // mount (or a language switch re-running this) gets none, so dropping them would lose them.
    void source.take().then(
      (files) => openInTurn(services, t, files),
      (error: unknown) =>
        services.notices.show({
          tone: 'error',
          message: t('files.openFailed', { reason: error instanceof Error ? error.message : String(error) }),
        }),
    );
    return off;
  }, [services, t]);
}

/** One at a time, so two copies of one project do not race; the last one opened is shown. */
async function openInTurn(services: AppServices, t: TFunction, files: readonly OpenedFile[]): Promise<void> {
  for (const file of files) {
    if ('error' in file) {
      const reason = t(file.error === 'too-large' ? 'files.errors.tooLarge' : 'files.errors.unreadable');
      services.notices.show({ tone: 'error', message: t('files.openFailed', { reason }) });
      continue;
    }
    const project = await openProjectBytes(services, t, file.data);
    if (project) navigate({ name: 'project', projectId: project.id });
  }
}
