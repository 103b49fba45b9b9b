import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CanvasNote } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { addAttachment, setAttachmentAlt } from '../../store/attachments-repo';
import { updateNote } from '../../store/canvas-doc';
import { PhotoError, preparePhoto } from './photo';
import { useAttachment } from './use-attachment';

/** The selected note's photo: add one (picked, checked, re-encoded), describe it, remove it. */
export function NotePhoto(props: { doc: Y.Doc; undo: Y.UndoManager; note: CanvasNote; projectId: string }) {
  const { t } = useTranslation();
  const { db, platform, notices } = useServices();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const photo = useAttachment(props.note.photoId);
  const { doc, undo, note } = props;

  const add = async () => {
    setBusy(true);
    try {
      const file = await platform.openFile('image');
      if (!file) return;
      const image = await preparePhoto(file.data);
      const id = await write(addAttachment(db, props.projectId, image));
      if (!id) return;
      updateNote(doc, note.id, { photoId: id });
      undo.stopCapturing();
    } catch (error) {
      const reason =
        error instanceof PhotoError
          ? t(error.reason === 'too-large' ? 'canvas.photo.tooLarge' : 'canvas.photo.notImage')
          : String(error);
      notices.show({ tone: 'error', message: t('canvas.photo.failed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  if (!note.photoId) {
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
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          // The image stays stored, so Undo can bring it back.
          updateNote(doc, note.id, { photoId: null });
          undo.stopCapturing();
        }}
      >
        {t('canvas.photo.remove')}
      </button>
    </div>
  );
}
