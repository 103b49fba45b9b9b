import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './context';
import { navigate, parseRoute } from './router';
import { switchLanguage } from './i18n';
import { openProjectFile, saveProjectCopy } from './file-actions';
import type { AutoBackup } from './auto-backup';
import { createProject } from '../store/projects-repo';
import { trackWrite } from '../store/save-status';
import { afterEarlierWrites } from '../store/board-journal';
import { REDO_EVENT, UNDO_EVENT, isTextField } from '../features/boards/use-board-undo-keys';
import { openReportDialog } from '../features/report/report-events';

/** The native menu (desktop app) drives the same actions as the buttons. */
export function useMenuCommands(backup: AutoBackup | null): void {
  const services = useServices();
  const { t } = useTranslation();
  useEffect(() => {
    const { platform, db, notices } = services;
    const offMenu = platform.onMenuCommand((event) => {
      const route = parseRoute(window.location.hash);
      switch (event.command) {
        case 'new-project':
          void trackWrite(createProject(db, t('projects.untitled'))).then((p) =>
            navigate({ name: 'project', projectId: p.id }),
          );
          break;
        case 'open-project':
          void openProjectFile(services, t).then((p) => p && navigate({ name: 'project', projectId: p.id }));
          break;
        case 'save-copy':
          if (route.name !== 'projects') void saveProjectCopy(services, route.projectId, t);
          break;
        case 'export-pdf':
          if (route.name === 'projects') notices.show({ tone: 'info', message: t('report.chooseProject') });
          else openReportDialog(route.projectId);
          break;
        case 'undo':
        case 'redo':
          // In a text field the field's own history applies; elsewhere the open board's, if any.
          if (isTextField(document.activeElement)) document.execCommand(event.command);
          else window.dispatchEvent(new Event(event.command === 'undo' ? UNDO_EVENT : REDO_EVENT));
          break;
        case 'about':
          void platform
            .appVersion()
            .then((version) => notices.show({ tone: 'info', message: t('app.about', { version }) }));
          break;
        case 'set-language':
          void switchLanguage(event.language).then(() => platform.setLanguage(event.language));
          break;
      }
    });
    // Edits are written at once, so committing means waiting until the last write has reached
    // IndexedDB (PITFALLS.md); the edit journals cover what a crash would still cut off.
    // Then the projects edited since their last backup get one more (desktop app only).
    const offClose = platform.onBeforeClose(async () => {
      await afterEarlierWrites(db);
      await backup?.backUpChanged();
    });
    return () => {
      offMenu();
      offClose();
    };
  }, [services, t, backup]);
}
