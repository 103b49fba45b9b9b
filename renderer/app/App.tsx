import { useCallback, useEffect, useMemo, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { createDb, type KarttaDB } from '../store/db';
import { purgeDeletedProjects } from '../store/projects-repo';
import { replayJournal } from '../store/edit-journal';
import { replaySessionJournals } from '../store/sessions-journal';
import { maintainWhenIdle } from '../store/maintain-when-idle';
import { replayBoardJournals } from '../store/board-journal';
import type { Platform } from '../platform';
import { createNotices } from '../ui/notices';
import { NoticeRegion } from '../ui/NoticeRegion';
import { ServicesContext, type AppServices } from './context';
import { seedOnFirstStart } from './first-start';
import { checkStorage } from './storage-health';
import { AppHeader } from './AppHeader';
import { Routes } from './Routes';
import { useMenuCommands } from './use-menu-commands';
import { useFileDrop } from './use-file-drop';
import { ReportDialogHost } from '../features/report/ReportDialogHost';
import { useOsFileOpen } from './use-os-file-open';
import { useAutoBackup } from './auto-backup';

type Boot =
  { state: 'opening' } | { state: 'ready'; db: KarttaDB } | { state: 'failed'; message: string } | { state: 'closed' };

const { api: notices, useNotices } = createNotices();

export function App({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });
  const noticeList = useNotices();

  const open = useCallback(async () => {
    setBoot({ state: 'opening' });
    const db = createDb();
    let stopMaintaining = () => {};
    try {
      await db.open();
      // Another window upgraded the schema: this connection is closed, so stop writing into it.
      db.on('versionchange', () => {
        stopMaintaining();
        db.close();
        setBoot({ state: 'closed' });
        return false;
      });
      await replayJournal(db);
      await replayBoardJournals(db);
      await replaySessionJournals(db);
      await seedOnFirstStart(db, platform);
      setBoot({ state: 'ready', db });
      stopMaintaining = maintainWhenIdle(db);
      // Not awaited: the list does not wait for it, and it updates itself when the purge lands.
      void purgeDeletedProjects(db).catch(() => undefined);
    } catch (error) {
      db.close();
      setBoot({ state: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }, [platform]);

  useEffect(() => {
    void open();
  }, [open]);

  useEffect(() => {
    // i18next.t, not the hook's t: the check runs once at start, not again on a language switch.
    void checkStorage(notices, i18next.t, platform.kind === 'browser');
  }, [platform]);

  const services = useMemo<AppServices | null>(
    () => (boot.state === 'ready' ? { db: boot.db, platform, notices } : null),
    [boot, platform],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {services ? (
        <ServicesContext.Provider value={services}>
          <ReadyApp />
        </ServicesContext.Provider>
      ) : (
        <>
          <AppHeader />
          <main id="main" className="page page-narrow">
            {boot.state === 'opening' && <p>{t('app.loading')}</p>}
            {boot.state === 'failed' && (
              <div className="panel" role="alert">
                <h1>{t('storage.openFailed')}</h1>
                <p>{t('storage.openFailedHelp')}</p>
                <p className="muted">{boot.message}</p>
                <button type="button" className="button button-primary" onClick={() => void open()}>
                  {t('storage.retry')}
                </button>
              </div>
            )}
            {boot.state === 'closed' && (
              <div className="panel" role="alert">
                <p>{t('storage.versionChange')}</p>
                <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
                  {t('storage.reload')}
                </button>
              </div>
            )}
          </main>
        </>
      )}
      <NoticeRegion notices={noticeList} api={notices} />
    </>
  );
}

function ReadyApp() {
  const backup = useAutoBackup();
  useMenuCommands(backup);
  useFileDrop();
  useOsFileOpen();
  return (
    <>
      <AppHeader />
      <Routes />
      <ReportDialogHost />
    </>
  );
}
