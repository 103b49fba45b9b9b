import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';

/**
 * The desktop app can keep a second set of backups in a folder the user picks (a USB stick, a
 * network share): chosen in a native dialog in main, so the page never names a path itself.
 */
export function ExtraBackupFolder() {
  const { t } = useTranslation();
  const { platform, notices } = useServices();
  const backups = platform.backups;
  const [folder, setFolder] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    backups?.extraFolder().then(
      (found) => live && setFolder(found),
      () => live && setFolder(null),
    );
    return () => {
      live = false;
    };
  }, [backups]);
  if (!backups) return null;
  const run = async (change: () => Promise<string | null>) => {
    try {
      setFolder(await change());
    } catch (error) {
      notices.show({
        tone: 'error',
        message: t('backups.extraChangeFailed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  return (
    <section className="extra-backups" aria-labelledby="extra-backups-heading">
      <h3 id="extra-backups-heading">{t('backups.extraHeading')}</h3>
      <p className="muted">{t('backups.extraHelp')}</p>
      <p role="status">
        {folder === undefined ? t('app.loading') : folder ? t('backups.extraIn', { folder }) : t('backups.extraNone')}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void run(() => backups.chooseExtraFolder())}>
          {t('backups.extraChoose')}
        </button>
        {folder && (
          <button
            type="button"
            className="button button-danger-text"
            onClick={() => void run(async () => (await backups.clearExtraFolder(), null))}
          >
            {t('backups.extraStop')}
          </button>
        )}
      </div>
    </section>
  );
}
