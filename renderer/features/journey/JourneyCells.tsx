import { memo } from 'react';
import { channelIcons } from '../../../shared/journey';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  channels,
  noteColors,
  type Channel,
  type JourneyNote,
  type Lane,
  type Stage,
  type Touchpoint,
} from '../../../shared/model';
import { asOneStep } from '../../store/board-docs';
import {
  addJourneyNote,
  deleteJourneyNote,
  setScore,
  setTouchpoint,
  toggleChannel,
  updateJourneyNote,
} from '../../store/journey-doc';
import { usePickPhoto } from '../boards/NotePhoto';
import { useAttachment } from '../boards/use-attachment';
import { useContentLanguage } from '../boards/content-language';
import { EmotionCurveSlice } from './EmotionCurveSlice';
import { startNoteDrag } from './note-drag';

export interface CellProps {
  doc: Y.Doc;
  undo: Y.UndoManager;
  stage: Stage;
  lane: Lane;
  /** The grid's active cell: only its controls are in the Tab order (roving tabindex). */
  active: boolean;
  /** Focus something after the next render (a new note's text). */
  focusLater: (selector: string) => void;
  /** The note the side panel shows, if it is in this cell (else null): it is marked. */
  selectedNoteId: string | null;
  /** A locked journey: the cell's text is read-only and its buttons are off. */
  locked: boolean;
}

/**
 * Whether a cell shows the same as before. Cells are memoised: typing in one note re-rendered all
 * 480 cells of a 40 × 12 journey, each asking i18next for its labels (bench/journey-grid.ts).
 * `focusLater` is left out: it only sets a ref, so every render's copy does the same.
 */
const sameCell = (a: CellProps, b: CellProps) =>
  a.doc === b.doc &&
  a.undo === b.undo &&
  a.active === b.active &&
  a.locked === b.locked &&
  a.stage.id === b.stage.id &&
  a.stage.title === b.stage.title &&
  a.lane.id === b.lane.id &&
  a.lane.title === b.lane.title &&
  a.lane.type === b.lane.type &&
  a.selectedNoteId === b.selectedNoteId;

const noteKey = (n: JourneyNote) =>
  JSON.stringify([n.id, n.text, n.color, n.order, n.tags, n.votes, n.photoId, n.lang ?? null]);

function sameNotesCell(
  a: CellProps & { notes: readonly JourneyNote[] },
  b: CellProps & { notes: readonly JourneyNote[] },
) {
  // An image cell's projectId never changes while the board is open.
  return (
    sameCell(a, b) && a.notes.length === b.notes.length && a.notes.every((n, i) => noteKey(n) === noteKey(b.notes[i]))
  );
}

type EmotionProps = CellProps & { score: number | null; path: string; stageIndex: number; variant: number };

function sameEmotionCell(a: EmotionProps, b: EmotionProps) {
  return (
    sameCell(a, b) &&
    a.score === b.score &&
    a.path === b.path &&
    a.stageIndex === b.stageIndex &&
    a.variant === b.variant
  );
}

function sameChannelsCell(
  a: CellProps & { touchpoint: Touchpoint | undefined },
  b: CellProps & { touchpoint: Touchpoint | undefined },
) {
  return sameCell(a, b) && JSON.stringify(a.touchpoint ?? null) === JSON.stringify(b.touchpoint ?? null);
}

export const NotesCell = memo(function NotesCell({ notes, ...props }: CellProps & { notes: readonly JourneyNote[] }) {
  const { t } = useTranslation();
  const { doc, undo, stage, lane, active, locked } = props;
  const projectLang = useContentLanguage();
  const tab = active ? 0 : -1;
  const where = { lane: lane.title, stage: stage.title };
  return (
    <>
      {notes.length > 0 && (
        <ul className="journey-notes">
          {notes.map((note) => (
            <li
              key={note.id}
              className={`journey-note note-${note.color}${note.id === props.selectedNoteId ? ' is-selected' : ''}`}
              data-note-id={note.id}
            >
              <textarea
                className="journey-note-text"
                aria-label={t('journey.noteText', where)}
                tabIndex={tab}
                rows={2}
                readOnly={locked}
                lang={note.lang ?? projectLang}
                value={note.text}
                // Every keystroke goes into the document at once (PITFALLS.md); the capture
                // window and the blur below make one undo step of one stretch of typing.
                onChange={(e) => updateJourneyNote(doc, note.id, { text: e.target.value })}
                onBlur={() => undo.stopCapturing()}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    e.currentTarget.closest<HTMLElement>('[data-cell]')?.focus();
                  }
                }}
              />
              <NoteBadges note={note} />
              <span className="journey-note-actions">
                {/* The grip to drag the note to another cell (the panel's "Move to" does it by keyboard). */}
                <span
                  className="journey-note-grip"
                  draggable={!locked}
                  aria-hidden="true"
                  title={t('journey.dragNote')}
                  onDragStart={(e) => startNoteDrag(e, note.id, lane.type)}
                >
                  ⠿
                </span>
                <select
                  aria-label={t('journey.noteColor')}
                  tabIndex={tab}
                  disabled={locked}
                  value={note.color}
                  onChange={(e) =>
                    asOneStep(undo, () =>
                      updateJourneyNote(doc, note.id, { color: e.target.value as JourneyNote['color'] }),
                    )
                  }
                >
                  {noteColors.map((c) => (
                    <option key={c} value={c}>
                      {t(`canvas.colors.${c}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button"
                  tabIndex={tab}
                  disabled={locked}
                  aria-label={t('journey.deleteNote')}
                  onClick={(e) => {
                    e.currentTarget.closest<HTMLElement>('[data-cell]')?.focus();
                    asOneStep(undo, () => deleteJourneyNote(doc, note.id));
                  }}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button-small journey-add-note"
        tabIndex={tab}
        disabled={locked}
        aria-label={t('journey.addNoteIn', where)}
        onClick={() => addNoteAndFocus(props)}
      >
        +
      </button>
    </>
  );
}, sameNotesCell);

/** Adds an empty note to a cell and puts the cursor in it. */
export function addNoteAndFocus({ doc, undo, stage, lane, focusLater }: CellProps): void {
  const id = asOneStep(undo, () => addJourneyNote(doc, { stageId: stage.id, laneId: lane.id }));
  focusLater(`[data-note-id="${id}"] textarea`);
}

const SCORE_KEYS = { 2: 'plus2', 1: 'plus1', 0: 'zero', [-1]: 'minus1', [-2]: 'minus2' } as const;

export const EmotionCell = memo(function EmotionCell({ score, path, stageIndex, variant, ...props }: EmotionProps) {
  const { t } = useTranslation();
  const { doc, undo, stage, lane, active, locked } = props;
  return (
    <>
      <EmotionCurveSlice path={path} stageIndex={stageIndex} score={score} variant={variant} />
      <select
        className="emotion-select"
        aria-label={t('journey.score', { stage: stage.title })}
        tabIndex={active ? 0 : -1}
        disabled={locked}
        value={score === null ? '' : String(score)}
        onChange={(e) =>
          asOneStep(undo, () => setScore(doc, stage.id, lane.id, e.target.value === '' ? null : Number(e.target.value)))
        }
      >
        <option value="">{t('journey.noScore')}</option>
        {([2, 1, 0, -1, -2] as const).map((s) => (
          <option key={s} value={s}>
            {t(`journey.scores.${SCORE_KEYS[s]}`)}
          </option>
        ))}
      </select>
    </>
  );
}, sameEmotionCell);

export const ChannelsCell = memo(function ChannelsCell({
  touchpoint,
  ...props
}: CellProps & { touchpoint: Touchpoint | undefined }) {
  const { t } = useTranslation();
  const { doc, undo, stage, lane, active, locked } = props;
  const projectLang = useContentLanguage();
  const tab = active ? 0 : -1;
  const on = new Set<Channel>(touchpoint?.channels ?? []);
  return (
    <>
      <div className="channel-toggles" role="group" aria-label={t('journey.channelsAt', { stage: stage.title })}>
        {channels.map((channel) => (
          <button
            key={channel}
            type="button"
            className="channel-toggle"
            aria-pressed={on.has(channel)}
            tabIndex={tab}
            disabled={locked}
            onClick={() => asOneStep(undo, () => toggleChannel(doc, stage.id, lane.id, channel))}
          >
            <svg className="channel-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
              <path d={channelIcons[channel]} fill="currentColor" fillRule="evenodd" />
            </svg>
            {t(`outline.channels.${channel}`)}
          </button>
        ))}
      </div>
      <input
        className="touchpoint-text"
        type="text"
        aria-label={t('journey.touchpointText', { stage: stage.title })}
        tabIndex={tab}
        readOnly={locked}
        lang={touchpoint?.lang ?? projectLang}
        value={touchpoint?.text ?? ''}
        onChange={(e) => setTouchpoint(doc, stage.id, lane.id, { text: e.target.value })}
        onBlur={() => undo.stopCapturing()}
      />
    </>
  );
}, sameChannelsCell);

/**
 * A cell of an image lane: photos and screenshots with their captions. Choosing one shows it in
 * the side panel (caption, description for readers who cannot see it, votes, tags).
 */
export const ImagesCell = memo(function ImagesCell({
  notes,
  projectId,
  ...props
}: CellProps & { notes: readonly JourneyNote[]; projectId: string }) {
  const { t } = useTranslation();
  const { doc, undo, stage, lane, active, focusLater, locked } = props;
  const projectLang = useContentLanguage();
  const pick = usePickPhoto(projectId);
  const tab = active ? 0 : -1;
  const where = { lane: lane.title, stage: stage.title };
  const add = async () => {
    const photoId = await pick();
    if (!photoId) return;
    const id = asOneStep(undo, () => addJourneyNote(doc, { stageId: stage.id, laneId: lane.id, photoId }));
    focusLater(`[data-note-id="${id}"] button`);
  };
  return (
    <>
      {notes.length > 0 && (
        <ul className="journey-images">
          {notes.map((note, i) => (
            <li
              key={note.id}
              data-note-id={note.id}
              className={note.id === props.selectedNoteId ? 'is-selected' : undefined}
            >
              <button
                type="button"
                className="journey-image"
                tabIndex={tab}
                aria-label={t('journey.openImage', { n: i + 1, ...where })}
              >
                {note.photoId && <Thumbnail id={note.photoId} />}
                {note.text && (
                  <span className="journey-image-caption" lang={note.lang ?? projectLang}>
                    {note.text}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button-small journey-add-note"
        tabIndex={tab}
        disabled={locked}
        aria-label={t('journey.addImage', where)}
        onClick={() => void add()}
      >
        +
      </button>
    </>
  );
}, sameNotesCell);

/** What the panel set on a note that the cell shows small: votes, a photo, tags. */
function NoteBadges({ note }: { note: JourneyNote }) {
  const { t } = useTranslation();
  if (note.votes === 0 && !note.photoId && note.tags.length === 0) return null;
  return (
    <span className="journey-note-badges">
      {note.photoId && <Thumbnail id={note.photoId} />}
      {note.votes > 0 && <span className="vote-badge">{t('journey.votes', { count: note.votes })}</span>}
      {note.tags.length > 0 && <span className="journey-note-tags">{note.tags.map((tag) => `#${tag}`).join(' ')}</span>}
    </span>
  );
}

/** A note's photo, small; its description is read from the side panel and the outline. */
function Thumbnail({ id }: { id: string }) {
  const photo = useAttachment(id);
  return photo ? <img className="journey-thumb" src={photo.url} alt="" /> : null;
}

/** A cell of a folded lane: only how much it holds, so the row stays one line high. */
export function CollapsedCell({ lane, count }: { lane: Lane; count: number }) {
  const { t } = useTranslation();
  return (
    <span className="muted journey-collapsed">
      {count > 0 ? t(`journey.collapsedCount.${lane.type}`, { count }) : ''}
    </span>
  );
}
