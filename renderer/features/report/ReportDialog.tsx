import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/i18n/languages';
import { BOARD_ALT_TEXT_MAX, sessionsOf, textLanguages, type Board, type ProjectSnapshot } from '../../../shared/model';
// The document builder and options only: jsPDF stays in the worker's bundle.
import { chosenBoards } from '../../../shared/report/build-document';
import { boardAltText } from '../../../shared/report/board-alt';
import type { ReportOptions } from '../../../shared/report/options';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { currentLanguage } from '../../app/i18n';
import { safeFileName } from '../../app/file-actions';
import { attachmentsForSnapshot, setAttachmentAlt } from '../../store/attachments-repo';
import { setBoardAltText } from '../../store/boards-repo';
import { buildSnapshot } from '../../store/snapshot-io';
import { Dialog } from '../../ui/Dialog';
import { TEXT_LANGUAGE_NAMES } from '../boards/TextLanguageSelect';
import { BoardAltText } from './BoardAltText';
import { readReportLogo, rememberReportLogo } from '../../store/report-logo';
import { ReportLogo } from './ReportLogo';
import { runReport } from './run-report';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Export PDF: what goes into the report, in which language and on which paper; then the report is
 * made in a worker (the page stays responsive, Cancel stops it at once) and saved through the
 * platform (a native dialog, or a download in a browser).
 */
export function ReportDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [snapshot, setSnapshot] = useState<ProjectSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [contentLanguage, setContentLanguage] = useState<string>(currentLanguage());
  const [paper, setPaper] = useState<ReportOptions['paper']>('a4');
  const [listings, setListings] = useState(true);
  const [sessions, setSessions] = useState(true);
  const [licence, setLicence] = useState('');
  const [date, setDate] = useState(today());
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [logoId, setLogoId] = useState<string | null>(null);
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([buildSnapshot(services.db, projectId), readReportLogo(services.db, projectId)]).then(
      ([found, logo]) => {
        if (!live) return;
        setSnapshot(found);
        // The project's own language, when the facilitator has set it in the project's details.
        if (found.project.language) setContentLanguage(found.project.language);
        // The last report's logo, if the project still has that image.
        if (logo && found.attachments.some((a) => a.id === logo)) setLogoId(logo);
      },
      (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
      running.current?.abort();
    };
  }, [services.db, projectId]);

  const boards = snapshot ? chosenBoards(snapshot, null) : [];
  const chosen = boards.filter((b) => !excluded.has(b.id));
  const undescribed = snapshot ? photosWithoutDescription(snapshot, chosen) : [];
  const logo = (logoId && snapshot?.attachments.find((a) => a.id === logoId)) || null;
  // The same function the report uses, so the dialog shows exactly the figure's generated text.
  const generatedAlt = (board: Board) => (snapshot ? boardAltText(snapshot, board, { language }).generated : '');

  /** Writes a board's own text alternative (each keystroke), and keeps the dialog's snapshot in step for the export. */
  const setAltText = (boardId: string, text: string | null) => {
    void write(setBoardAltText(services.db, boardId, text));
    setSnapshot((current) => current && withAltText(current, boardId, text));
  };

  const pickedLogo = async (attachmentId: string) => {
    const attachments = await write(attachmentsForSnapshot(services.db, projectId));
    if (!attachments) return;
    // The organisation's name is the likely text alternative of its logo.
    const alt = snapshot?.project.organisation.trim() ?? '';
    if (alt) void write(setAttachmentAlt(services.db, attachmentId, alt));
    setSnapshot(
      (current) =>
        current && {
          ...current,
          attachments: attachments.map((a) => (a.id === attachmentId && alt ? { ...a, alt } : a)),
        },
    );
    setLogoId(attachmentId);
    void write(rememberReportLogo(services.db, projectId, attachmentId));
  };
  const setLogoAlt = (alt: string) => {
    if (!logoId) return;
    void write(setAttachmentAlt(services.db, logoId, alt));
    setSnapshot(
      (current) =>
        current && {
          ...current,
          attachments: current.attachments.map((a) => (a.id === logoId ? { ...a, alt: alt.slice(0, 1000) } : a)),
        },
    );
  };
  const removeLogo = () => {
    setLogoId(null);
    void write(rememberReportLogo(services.db, projectId, null));
  };

  const exportPdf = async () => {
    if (!snapshot || busy) return;
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setFailure(null);
    try {
      const pdf = await runReport(
        snapshot,
        {
          language,
          contentLanguage,
          paper,
          boardIds: chosen.map((b) => b.id),
          includeListings: listings,
          includeSessions: sessions,
          licence: licence.trim(),
          logoAttachmentId: logo?.id ?? null,
          reportDate: date,
        },
        controller.signal,
      );
      const outcome = await services.platform.saveFile({
        suggestedName: `${safeFileName(snapshot.project.title)}.pdf`,
        kind: 'pdf',
        mimeType: 'application/pdf',
        data: pdf,
      });
      if (outcome.saved) {
        services.notices.show({ tone: 'info', message: t('report.saved', { name: outcome.fileName }) });
        onClose();
      }
    } catch (error) {
      // A cancel is the user's choice, not a failure; either way nothing was written.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setFailure(t('report.failed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    } finally {
      running.current = null;
      setBusy(false);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Dialog
      title={t('report.title')}
      wide
      onClose={() => {
        running.current?.abort();
        onClose();
      }}
      onSubmit={() => void exportPdf()}
      actions={
        busy ? (
          <button type="button" className="button" onClick={() => running.current?.abort()}>
            {t('report.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={!snapshot || chosen.length === 0}>
              {t('report.export')}
            </button>
          </>
        )
      }
    >
      {loadError && <p role="alert">{t('report.failed', { reason: loadError })}</p>}
      {!snapshot && !loadError && <p>{t('app.loading')}</p>}
      {snapshot && (
        <div className="report-options">
          <fieldset className="fieldset" disabled={busy}>
            <legend className="field-label">{t('report.boards')}</legend>
            {boards.length === 0 && <p className="muted">{t('report.noBoards')}</p>}
            {boards.map((board) => (
              <div key={board.id} className="report-board">
                <label className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={!excluded.has(board.id)}
                    onChange={(e) => toggle(board.id, e.target.checked)}
                  />
                  {board.title || t(`boards.untitled.${board.kind}`)}{' '}
                  <span className="muted">({t(`boards.kind.${board.kind}`)})</span>
                </label>
                {!excluded.has(board.id) && (
                  <BoardAltText
                    board={board}
                    generated={generatedAlt(board)}
                    reportLanguage={language}
                    contentLanguage={contentLanguage}
                    onChange={(text) => setAltText(board.id, text)}
                  />
                )}
              </div>
            ))}
          </fieldset>
          <div className="report-settings">
            <label className="field">
              <span className="field-label">{t('report.language')}</span>
              <select
                className="select"
                value={language}
                disabled={busy}
                onChange={(e) => setLanguage(e.target.value as Language)}
              >
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`report.languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">{t('report.contentLanguage')}</span>
              <select
                className="select"
                value={contentLanguage}
                disabled={busy}
                aria-describedby="report-content-language-help"
                onChange={(e) => setContentLanguage(e.target.value)}
              >
                {textLanguages.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {TEXT_LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </select>
              <span id="report-content-language-help" className="field-help">
                {t('report.contentLanguageHelp')}
              </span>
            </label>
            <fieldset className="fieldset" disabled={busy}>
              <legend className="field-label">{t('report.paper')}</legend>
              {(['a4', 'letter'] as const).map((p) => (
                <label key={p} className="checkbox-field">
                  <input type="radio" name="report-paper" checked={paper === p} onChange={() => setPaper(p)} />
                  {t(`report.papers.${p}`)}
                </label>
              ))}
            </fieldset>
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={listings}
                disabled={busy}
                onChange={(e) => setListings(e.target.checked)}
              />
              {t('report.listings')}
            </label>
            {sessionsOf(snapshot.project).length > 0 && (
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={sessions}
                  disabled={busy}
                  onChange={(e) => setSessions(e.target.checked)}
                />
                {t('report.sessions')}
              </label>
            )}
            <label className="field">
              <span className="field-label">{t('report.date')}</span>
              <input
                className="input"
                type="date"
                value={date}
                disabled={busy}
                onChange={(e) => setDate(e.target.value)}
              />
            </label>
            <ReportLogo
              projectId={projectId}
              logo={logo}
              disabled={busy}
              onPicked={(id) => void pickedLogo(id)}
              onAltChange={setLogoAlt}
              onRemove={removeLogo}
            />
            <label className="field">
              <span className="field-label">{t('report.licence')}</span>
              <input
                className="input"
                type="text"
                maxLength={200}
                value={licence}
                disabled={busy}
                placeholder="CC BY 4.0"
                aria-describedby="report-licence-help"
                onChange={(e) => setLicence(e.target.value)}
              />
              <span id="report-licence-help" className="field-help">
                {t('report.licenceHelp')}
              </span>
            </label>
          </div>
        </div>
      )}
      {undescribed.length > 0 && (
        <div className="report-warning" role="note">
          <p>{t('report.photosWithoutAlt', { count: undescribed.length })}</p>
          <ul>
            {[...new Set(undescribed)].map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </div>
      )}
      {busy && (
        <div className="report-progress" role="status">
          <progress aria-label={t('report.making')} />
          <span>{t('report.making')}</span>
        </div>
      )}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </Dialog>
  );
}

/** The snapshot with one board's own text alternative as the report reads it (trimmed; blank: none). */
function withAltText(snapshot: ProjectSnapshot, boardId: string, text: string | null): ProjectSnapshot {
  const altText = text?.trim().slice(0, BOARD_ALT_TEXT_MAX);
  return {
    ...snapshot,
    boards: snapshot.boards.map((b) => {
      if (b.id !== boardId) return b;
      const next = { ...b, altText };
      if (!altText) delete next.altText;
      return next;
    }),
  };
}

/**
 * The boards (by title, once per photo) whose photos have no text alternative: the report shows
 * them, and a reader who cannot see them learns nothing, so the facilitator is told before export.
 */
function photosWithoutDescription(snapshot: ProjectSnapshot, boards: readonly Board[]): string[] {
  const undescribed = new Set(snapshot.attachments.filter((a) => a.alt.trim() === '').map((a) => a.id));
  return boards.flatMap((board) =>
    board.kind === 'ecosystem'
      ? []
      : board.content.notes.flatMap((note) => (note.photoId && undescribed.has(note.photoId) ? [board.title] : [])),
  );
}
