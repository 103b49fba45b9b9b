import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './context';
import { useWrite } from './use-write';

/**
 * Soft-deletes something and offers Undo in a notice (DESIGN.md: destructive actions outside
 * boards are soft deletes with an Undo notice, not a global undo stack).
 */
export function useUndoableDelete() {
  const { notices } = useServices();
  const write = useWrite();
  const { t } = useTranslation();
  return useCallback(
    async (remove: () => Promise<void>, restore: () => Promise<void>, message: string) => {
      await write(remove());
      notices.show({ tone: 'info', message, action: { label: t('projects.undo'), run: () => void write(restore()) } });
    },
    [notices, write, t],
  );
}
