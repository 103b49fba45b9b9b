import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { asOneStep } from '../../store/board-docs';
import { noteLock, type CanvasContent, type CanvasNote, type Participant } from '../../../shared/model';
import { deleteNotes, moveNoteToSection, setNotesLang, setNotesLocked, updateNote } from '../../store/canvas-doc';
import { ItemLockButton, LockReason } from '../boards/BoardLock';
import { castVote, retractVote, votesLeft } from '../../store/voting-doc';
import { NotePhoto } from '../boards/NotePhoto';
import { LiveTextField } from '../boards/LiveTextField';
import { AuthorSelect, NoteColorChoices } from '../boards/NoteFields';
import { TextLanguageSelect } from '../boards/TextLanguageSelect';
import { TagsField } from '../../ui/TagsField';

/** Edits the selected note: the keyboard- and screen-reader-friendly way to change everything. */
export function NotePanel(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  note: CanvasNote;
  content: CanvasContent;
  participants: Participant[];
  /** Votes on this note in the current (or last) round. */
  votes: number;
  /** Whose votes the Vote button casts: a participant, or null in an anonymous round. */
  voterId: string | null;
  participantCount: number;
  projectId: string;
  /** A locked board takes votes only: every other field is disabled. */
  boardLocked: boolean;
  onDeleted: () => void;
  onDuplicate: () => void;
}) {
  const { t } = useTranslation();
  const { doc, undo, note, content } = props;
  const act = (edit: () => void) => asOneStep(undo, edit);
  const openRound = content.rounds.find((r) => r.status === 'open');
  // Locked by itself or by its section: it keeps its place and stays, its text can still change.
  const lock = noteLock(note, content.sections);
  return (
    <aside className="note-panel" aria-labelledby="note-panel-heading">
      <h2 id="note-panel-heading">{t('canvas.panelTitle')}</h2>
      {(openRound || props.votes > 0) && (
        <div className="vote-row">
          <span role="status">{t('canvas.voting.total', { count: props.votes })}</span>
          {openRound && (
            <>
              <button
                type="button"
                className="button button-small button-primary"
                disabled={votesLeft(content, openRound, props.voterId, props.participantCount) <= 0}
                onClick={() => act(() => castVote(doc, content, note.id, props.voterId, props.participantCount))}
              >
                {t('canvas.voting.vote')}
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => act(() => retractVote(doc, content, note.id, props.voterId))}
              >
                {t('canvas.voting.unvote')}
              </button>
            </>
          )}
        </div>
      )}
      {props.boardLocked && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      <fieldset className="plain-fieldset" disabled={props.boardLocked}>
        <LockReason
          reason={lock === 'note' ? t('locks.noteLocked') : lock === 'section' ? t('locks.noteInLockedSection') : null}
        />
        <LiveTextField
          label={t('canvas.noteText')}
          rows={4}
          lang={note.lang}
          value={note.text}
          maxLength={5000}
          undo={undo}
          onChange={(text) => updateNote(doc, note.id, { text })}
        />
        <TextLanguageSelect value={note.lang} onChange={(lang) => act(() => setNotesLang(doc, [note.id], lang))} />
        <NoteColorChoices
          legend={t('canvas.color')}
          name={`color-${note.id}`}
          value={note.color}
          onChange={(color) => act(() => updateNote(doc, note.id, { color }))}
        />
        <label className="field">
          <span className="field-label">{t('canvas.section')}</span>
          <select
            className="select"
            disabled={lock !== null}
            value={note.sectionId ?? ''}
            onChange={(e) => e.target.value && act(() => moveNoteToSection(doc, note.id, e.target.value))}
          >
            {note.sectionId === null && <option value="">{t('canvas.noSection')}</option>}
            {content.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <AuthorSelect
          value={note.authorId}
          participants={props.participants}
          onChange={(authorId) => act(() => updateNote(doc, note.id, { authorId }))}
        />
        <TagsField
          label={t('canvas.tags')}
          help={t('canvas.tagsHelp')}
          tags={note.tags}
          itemId={note.id}
          onCommit={(tags) => act(() => updateNote(doc, note.id, { tags }))}
        />
        <NotePhoto
          photoId={note.photoId}
          projectId={props.projectId}
          onChange={(photoId) => act(() => updateNote(doc, note.id, { photoId }))}
        />
        <ItemLockButton
          lockLabel={t('locks.lockNote')}
          unlockLabel={t('locks.unlockNote')}
          ownLock={note.locked === true}
          onChange={(locked) => act(() => setNotesLocked(doc, [note.id], locked))}
        />
        <button type="button" className="button" onClick={props.onDuplicate}>
          {t('canvas.duplicateNote')}
        </button>
        <button
          type="button"
          className="button button-danger-text"
          disabled={lock !== null}
          onClick={() => {
            act(() => deleteNotes(doc, [note.id]));
            props.onDeleted();
          }}
        >
          {t('canvas.deleteNote')}
        </button>
      </fieldset>
    </aside>
  );
}
