import { memo, useEffect, useRef, useState } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { NoteFlowNode } from './flow-nodes';
import { useCanvasActions } from './canvas-actions';
import { useAttachment } from '../boards/use-attachment';
import { LockBadge } from '../boards/LockIcon';
import { useContentLanguage } from '../boards/content-language';

/**
 * A sticky note. While edited it shows a textarea (the only control inside a node, and only
 * then, so notes add no Tab stops of their own).
 */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const { t } = useTranslation();
  const actions = useCanvasActions();
  const area = useRef<HTMLTextAreaElement>(null);
  const { note, editing } = data;
  // The note's own language, else the project's.
  const projectLang = useContentLanguage();
  const lang = note.lang ?? projectLang;
  // The node's data reaches it a render after the document changed; a local draft keeps fast
  // typing from being overwritten by that older text.
  const [draft, setDraft] = useState(() => actions.textOf(id));
  useEffect(() => {
    if (!editing) return;
    const typed = actions.takeTypedAhead();
    const current = actions.textOf(id) + typed;
    if (typed) actions.setText(id, current);
    setDraft(current);
    area.current?.focus();
    area.current?.setSelectionRange(current.length, current.length);
    // Only when editing starts (or the node remounts): later text changes are this draft coming back.
  }, [editing]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className={`canvas-note note-${note.color}${selected ? ' is-selected' : ''}`}>
      {editing ? (
        <textarea
          ref={area}
          className="canvas-note-editor nodrag nowheel"
          aria-label={t('canvas.noteText')}
          lang={lang}
          value={draft}
          maxLength={5000}
          onChange={(e) => {
            setDraft(e.target.value);
            actions.setText(id, e.target.value);
          }}
          onBlur={() => actions.stopEditing(id)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Escape') actions.stopEditing(id);
          }}
        />
      ) : (
        // The text in its own language (a Swedish note is read by Swedish rules); "empty" is the UI's word.
        <div className="canvas-note-text">
          {note.text ? (
            <span lang={lang}>{note.text}</span>
          ) : (
            <span className="canvas-note-empty">{t('canvas.emptyNote')}</span>
          )}
        </div>
      )}
      {note.tags.length > 0 && !editing && (
        <div className="canvas-note-tags">{note.tags.map((tag) => `#${tag}`).join(' ')}</div>
      )}
      {note.photoId && <NoteThumbnail id={note.photoId} />}
      {data.locked && <LockBadge label={t('locks.locked')} />}
      {data.votes > 0 && (
        <span className="canvas-note-votes" aria-hidden="true">
          ● {data.votes}
        </span>
      )}
    </div>
  );
});

/** A small picture of the note's photo; its description is read from the side panel and outline. */
function NoteThumbnail({ id }: { id: string }) {
  const photo = useAttachment(id);
  return photo ? <img className="canvas-note-photo" src={photo.url} alt="" /> : null;
}
