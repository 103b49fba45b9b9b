import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from '../../shared/model';
import { useServices } from './context';
import { navigate } from './router';
import { openProjectBytes } from './file-actions';

/**
 * A .kartta file dropped anywhere on the window opens as a project (checked and imported like
 * File → Open). Other drops are left to whatever is under the pointer (an image onto a photo
 * field); a dropped file never makes the browser navigate away from the app.
 */
export function useFileDrop(): void {
  const services = useServices();
  const { t } = useTranslation();
  useEffect(() => {
    const isFileDrag = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (isFileDrag(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      // Kept from the browser: dropping a file would otherwise replace the app with the file.
      e.preventDefault();
      const file = [...(e.dataTransfer?.files ?? [])].find((f) => f.name.toLowerCase().endsWith('.kartta'));
      if (!file) return;
      if (file.size > MAX_FILE_BYTES) {
        services.notices.show({
          tone: 'error',
          message: t('files.openFailed', { reason: t('files.errors.tooLarge') }),
        });
        return;
      }
      void file
        .arrayBuffer()
        .then((buffer) => openProjectBytes(services, t, new Uint8Array(buffer)))
        .then((project) => project && navigate({ name: 'project', projectId: project.id }));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [services, t]);
}
