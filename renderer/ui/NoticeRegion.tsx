import { useTranslation } from 'react-i18next';
import type { Notice, NoticeApi } from './notices';

/** Toasts in live regions, so screen readers announce them without stealing focus: errors as alerts. */
export function NoticeRegion({ notices, api }: { notices: Notice[]; api: NoticeApi }) {
  const { t } = useTranslation();
  const renderNotice = (notice: Notice) => (
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
  );
  return (
    <section className="notices" aria-label={t('app.notifications')}>
      {/* Errors interrupt (alert); everything else waits its turn (status). */}
      <div role="alert">{notices.filter((n) => n.tone === 'error').map(renderNotice)}</div>
      <div role="status" aria-live="polite">
        {notices.filter((n) => n.tone !== 'error').map(renderNotice)}
      </div>
    </section>
  );
}
