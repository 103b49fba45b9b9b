import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isQuotaError, trackWrite } from '../store/save-status';
import { useServices } from './context';

/**
 * Runs a storage write with the saving indicator; a failure becomes a notice in the user's
 * language (the typed text stays in the form, so nothing is silently dropped).
 */
export function useWrite() {
  const { notices } = useServices();
  const { t } = useTranslation();
  return useCallback(
    async <T>(write: Promise<T>): Promise<T | undefined> => {
      try {
        return await trackWrite(write);
      } catch (error) {
        const reason = isQuotaError(error)
          ? t('storage.quota')
          : error instanceof Error
            ? error.message
            : t('storage.unknown');
        notices.show({ tone: 'error', message: t('storage.writeFailed', { reason }) });
        return undefined;
      }
    },
    [notices, t],
  );
}

/** A failed write in the user's words, quota errors recognised (Dexie wraps them, Dexie#776). */
export function describeWriteError(error: unknown, t: TFunction): string {
  const reason = isQuotaError(error)
    ? t('storage.quota')
    : error instanceof Error
      ? error.message
      : t('storage.unknown');
  return t('storage.writeFailed', { reason });
}
