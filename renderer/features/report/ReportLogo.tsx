import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/model';
import { usePickPhoto } from '../boards/NotePhoto';
import { useAttachment } from '../boards/use-attachment';

/**
 * The cover's logo: an image picked through the photo pipeline (checked, re-encoded, stored as
 * one of the project's attachments), a small preview, its text alternative, and Remove (which
 * takes it off the report: the image then leaves the project's files, and the database a month
 * later, like any image nothing shows: store/attachment-sweep.ts).
 */
export function ReportLogo(props: {
  projectId: string;
  logo: Attachment | null;
  disabled: boolean;
  /** A new image was stored; its id. */
  onPicked: (attachmentId: string) => void;
  onAltChange: (alt: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const pick = usePickPhoto(props.projectId);
  const [picking, setPicking] = useState(false);
  const preview = useAttachment(props.logo?.id ?? null);
  const altId = useId();
  const helpId = useId();

  const choose = async () => {
    setPicking(true);
    try {
      const id = await pick();
      if (id) props.onPicked(id);
    } finally {
      setPicking(false);
    }
  };

  return (
    <fieldset className="fieldset report-logo" disabled={props.disabled}>
      <legend className="field-label">{t('report.logo.legend')}</legend>
      {props.logo && (
        <>
          {preview && <img src={preview.url} alt={props.logo.alt} className="report-logo-preview" />}
          <label className="field-label" htmlFor={altId}>
            {t('report.logo.alt')}
          </label>
          <input
            id={altId}
            className="input"
            type="text"
            maxLength={1000}
            value={props.logo.alt}
            aria-describedby={helpId}
            onChange={(e) => props.onAltChange(e.target.value)}
          />
          <span id={helpId} className="field-help">
            {t('report.logo.altHelp')}
          </span>
        </>
      )}
      <div className="report-alt-actions">
        <button type="button" className="button button-small" disabled={picking} onClick={() => void choose()}>
          {props.logo ? t('report.logo.replace') : t('report.logo.choose')}
        </button>
        {props.logo && (
          <button type="button" className="button button-small" onClick={props.onRemove}>
            {t('report.logo.remove')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
