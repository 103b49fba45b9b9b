import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_ALT_TEXT_MAX, ownAltText, type Board } from '../../../shared/model';

/**
 * A board's text alternative in the report dialog: the text the report will use, and a way to
 * write one's own (prefilled with the generated text) or go back to the generated one. `onChange`
 * writes every keystroke at once, as the side panels do, so closing the dialog loses nothing.
 */
export function BoardAltText(props: {
  board: Board;
  /** The text the report generates from the content, in the report's language. */
  generated: string;
  reportLanguage: string;
  contentLanguage: string;
  onChange: (text: string | null) => void;
}) {
  const { t } = useTranslation();
  const { board, generated } = props;
  const own = ownAltText(board);
  const [editing, setEditing] = useState(own !== null);
  // What the field shows while editing: as typed, so a trailing space is not trimmed away mid-word.
  const [draft, setDraft] = useState(board.altText ?? generated);
  const fieldId = useId();
  const helpId = useId();
  const title = board.title || t(`boards.untitled.${board.kind}`);

  const write = (text: string) => {
    setDraft(text);
    props.onChange(text);
  };
  const startWriting = () => {
    setDraft(own ?? generated);
    setEditing(true);
  };
  const useGenerated = () => {
    setEditing(false);
    props.onChange(null);
  };

  return (
    <details className="report-alt">
      <summary>
        {t('report.altText.summary')}
        {own !== null && <span className="muted"> ({t('report.altText.ownMark')})</span>}
      </summary>
      {editing ? (
        <div className="field">
          <label className="field-label" htmlFor={fieldId}>
            {t('report.altText.field', { title })}
          </label>
          <textarea
            id={fieldId}
            className="input textarea"
            rows={4}
            lang={props.contentLanguage}
            maxLength={BOARD_ALT_TEXT_MAX}
            value={draft}
            aria-describedby={helpId}
            onChange={(e) => write(e.target.value)}
          />
          <span id={helpId} className="field-help">
            {own === null ? t('report.altText.emptyHelp') : t('report.altText.help')}
          </span>
        </div>
      ) : (
        <>
          <p className="field-help">{t('report.altText.generatedIntro')}</p>
          <p className="report-alt-text" lang={props.reportLanguage}>
            {generated}
          </p>
        </>
      )}
      <div className="report-alt-actions">
        {editing ? (
          <button type="button" className="button button-small" onClick={useGenerated}>
            {t('report.altText.useGenerated')}
          </button>
        ) : (
          <button type="button" className="button button-small" onClick={startWriting}>
            {t('report.altText.writeOwn')}
          </button>
        )}
      </div>
    </details>
  );
}
