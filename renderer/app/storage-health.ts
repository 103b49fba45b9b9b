import type { TFunction } from 'i18next';
import type { NoticeApi } from '../ui/notices';

/**
 * In a browser, asks to keep Kartta's storage and warns when that is refused or space runs low.
 * A refusal is a notice in the UI, never a console error (DESIGN.md).
 */
export async function checkStorage(notices: NoticeApi, t: TFunction, isBrowser: boolean): Promise<void> {
  const storage = navigator.storage;
  if (!storage) return;
  if (isBrowser && storage.persist) {
    const persisted = (await storage.persisted?.()) || (await storage.persist().catch(() => false));
    if (!persisted) notices.show({ tone: 'warning', message: t('storage.notPersistent') }, { timeoutMs: 15_000 });
  }
  const estimate = await storage.estimate?.().catch(() => undefined);
  if (estimate?.quota && estimate.usage !== undefined) {
    const percent = Math.round((estimate.usage / estimate.quota) * 100);
    if (percent >= 80)
      notices.show({ tone: 'warning', message: t('storage.nearlyFull', { percent }) }, { timeoutMs: 0 });
  }
}
