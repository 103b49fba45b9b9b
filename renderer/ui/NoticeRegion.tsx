import { useTranslation } from 'react-i18next';
import type { Notice, NoticeApi } from './notices';

/** Toasts in a polite live region, so screen readers announce them without stealing focus. */
export function NoticeRegion({ notices, api }: { notices: Notice[]; api: NoticeApi }) {
  const { t } = useTranslation();
  return (
    <section className="notices" aria-label={t('app.notifications')}>
      <div role="status" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice-${notice.tone}`}>
            <span className="notice-message">{notice.message}</span>
            {notice.action && (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  notice.action?.run();
                  api.dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('app.dismiss')}
              onClick={() => api.dismiss(notice.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
