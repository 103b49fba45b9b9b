import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { addAttachment, setAttachmentAlt } from '../../store/attachments-repo';
import { PhotoError, preparePhoto } from './photo';
import { useAttachment } from './use-attachment';

/**
 * Asks for an image, checks and re-encodes it, and stores it as an attachment of the project.
 * Returns its id, or null when the user cancelled or it failed (a notice says why).
 */
export function usePickPhoto(projectId: string): () => Promise<string | null> {
  const { t } = useTranslation();
  const { db, platform, notices } = useServices();
  const write = useWrite();
  return async () => {
    try {
      const file = await platform.openFile('image');
      if (!file) return null;
      const image = await preparePhoto(file.data);
      return (await write(addAttachment(db, projectId, image))) ?? null;
    } catch (error) {
      const reason =
        error instanceof PhotoError
          ? t(error.reason === 'too-large' ? 'canvas.photo.tooLarge' : 'canvas.photo.notImage')
          : String(error);
      notices.show({ tone: 'error', message: t('canvas.photo.failed', { reason }) });
      return null;
    }
  };
}

/**
 * A note's photo: add one (picked, checked, re-encoded), describe it, remove it. `onChange` writes
 * the note's photoId as one undo step; a removed image stays stored, so Undo can bring it back.
 */
export function NotePhoto(props: { photoId: string | null; projectId: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const photo = useAttachment(props.photoId);
  const pick = usePickPhoto(props.projectId);

  const add = async () => {
    setBusy(true);
    try {
      const id = await pick();
      if (id) props.onChange(id);
    } finally {
      setBusy(false);
    }
  };

  if (!props.photoId) {
    return (
      <button type="button" className="button" disabled={busy} onClick={() => void add()}>
        {t('canvas.photo.add')}
      </button>
    );
  }
  return (
    <div className="note-photo">
      {photo && <img src={photo.url} alt={photo.row.alt} className="note-photo-preview" />}
      {photo && (
        <label className="field">
          <span className="field-label">{t('canvas.photo.alt')}</span>
          <textarea
            className="input textarea"
            rows={2}
            defaultValue={photo.row.alt}
            key={photo.row.id}
            maxLength={1000}
            aria-describedby="photo-alt-help"
            onBlur={(e) => void write(setAttachmentAlt(db, photo.row.id, e.target.value.trim()))}
          />
          <span id="photo-alt-help" className="field-help">
            {t('canvas.photo.altHelp')}
          </span>
        </label>
      )}
      <button type="button" className="button button-small" onClick={() => props.onChange(null)}>
        {t('canvas.photo.remove')}
      </button>
    </div>
  );
}
