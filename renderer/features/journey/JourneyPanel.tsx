import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  blueprintLines,
  type JourneyNote,
  type Lane,
  type Participant,
  type Stage,
  type Touchpoint,
} from '../../../shared/model';
import { asOneStep } from '../../store/board-docs';
import {
  deleteJourneyNote,
  moveJourneyNote,
  renameLane,
  renameStage,
  setLaneCollapsed,
  setLaneColor,
  setLaneLine,
  setStageSteps,
  setTouchpoint,
  updateJourneyNote,
} from '../../store/journey-doc';
import { TagsField } from '../../ui/TagsField';
import { NotePhoto } from '../boards/NotePhoto';
import { LiveTextField } from '../boards/LiveTextField';
import { AuthorSelect, NoteColorChoices } from '../boards/NoteFields';
import { TextLanguageSelect } from '../boards/TextLanguageSelect';

/** What the side panel edits: the grid's chosen note, stage, lane or touchpoint (a channels cell). */
export type PanelSubject =
  | { kind: 'note'; note: JourneyNote; lane: Lane }
  | { kind: 'stage'; stage: Stage }
  | { kind: 'lane'; lane: Lane }
  | { kind: 'touchpoint'; stage: Stage; lane: Lane; touchpoint: Touchpoint | undefined }
  | null;

interface PanelProps {
  doc: Y.Doc;
  undo: Y.UndoManager;
  subject: PanelSubject;
  /** The journey's stages and lanes, in order: where a note can be moved to. */
  stages: readonly Stage[];
  lanes: readonly Lane[];
  /** After a note moved to another cell: the grid follows it there. */
  onMoved: (noteId: string, to: { stageId: string; laneId: string }) => void;
  participants: readonly Participant[];
  projectId: string;
  /** After a delete: the grid puts focus back on the cell. */
  onDeleted: () => void;
  /** A locked journey: only a note's votes change. */
  locked: boolean;
}

/**
 * The details of what is chosen in the grid, where there is room for them: a note's colour,
 * author, tags, votes and photo; a stage's steps; a lane's colour and blueprint line. The grid
 * cells keep only what a workshop types fast (note text, scores, channels).
 */
export function JourneyPanel(props: PanelProps) {
  const { t } = useTranslation();
  const { subject } = props;
  const heading =
    subject === null
      ? t('journey.panel.journey')
      : subject.kind === 'note'
        ? t(subject.lane.type === 'images' ? 'journey.panel.image' : 'journey.panel.note')
        : t(`journey.panel.${subject.kind}`);
  return (
    <aside className="note-panel journey-panel" aria-labelledby="journey-panel-heading">
      <h2 id="journey-panel-heading">{heading}</h2>
      {subject === null && <p className="muted">{t('journey.panel.help')}</p>}
      {props.locked && subject !== null && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      {subject?.kind === 'note' && <NoteDetails {...props} note={subject.note} lane={subject.lane} />}
      <fieldset className="plain-fieldset" disabled={props.locked}>
        {subject?.kind === 'stage' && <StageDetails {...props} stage={subject.stage} />}
        {subject?.kind === 'lane' && <LaneDetails {...props} lane={subject.lane} />}
        {subject?.kind === 'touchpoint' && <TouchpointDetails {...props} {...subject} />}
      </fieldset>
    </aside>
  );
}

function NoteDetails({
  doc,
  undo,
  note,
  lane,
  participants,
  projectId,
  onDeleted,
  stages,
  lanes,
  onMoved,
  locked,
}: PanelProps & { note: JourneyNote; lane: Lane }) {
  const { t } = useTranslation();
  const act = (patch: Parameters<typeof updateJourneyNote>[2]) =>
    asOneStep(undo, () => updateJourneyNote(doc, note.id, patch));
  const image = lane.type === 'images';
  // A locked journey still takes votes: they sit between two disabled groups, in the same place.
  return (
    <>
      <fieldset className="plain-fieldset" disabled={locked}>
        <LiveTextField
          label={t(image ? 'journey.panel.caption' : 'journey.panel.text')}
          rows={image ? 2 : 4}
          maxLength={5000}
          lang={note.lang}
          value={note.text}
          undo={undo}
          onChange={(text) => updateJourneyNote(doc, note.id, { text })}
        />
        <TextLanguageSelect value={note.lang} onChange={(lang) => act({ lang })} />
        {image ? (
          <NotePhoto photoId={note.photoId} projectId={projectId} onChange={(photoId) => act({ photoId })} />
        ) : (
          <NoteColorChoices
            legend={t('canvas.color')}
            name={`journey-color-${note.id}`}
            value={note.color}
            onChange={(color) => act({ color })}
          />
        )}
      </fieldset>
      <div className="vote-row" role="group" aria-label={t('journey.panel.votes')}>
        <span role="status">{t('journey.votes', { count: note.votes })}</span>
        <button
          type="button"
          className="button button-small"
          disabled={note.votes >= 999}
          onClick={() => act({ votes: note.votes + 1 })}
        >
          {t('journey.panel.addVote')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={note.votes <= 0}
          onClick={() => act({ votes: note.votes - 1 })}
        >
          {t('journey.panel.removeVote')}
        </button>
      </div>
      <fieldset className="plain-fieldset" disabled={locked}>
        <AuthorSelect value={note.authorId} participants={participants} onChange={(authorId) => act({ authorId })} />
        <TagsField
          label={t('canvas.tags')}
          help={t('canvas.tagsHelp')}
          tags={note.tags}
          itemId={note.id}
          onCommit={(tags) => act({ tags })}
        />
        {!image && <NotePhoto photoId={note.photoId} projectId={projectId} onChange={(photoId) => act({ photoId })} />}
        <MoveNote
          key={note.id}
          doc={doc}
          undo={undo}
          note={note}
          lane={lane}
          stages={stages}
          lanes={lanes}
          onMoved={onMoved}
        />
        <button
          type="button"
          className="button button-danger-text"
          onClick={() => {
            asOneStep(undo, () => deleteJourneyNote(doc, note.id));
            onDeleted();
          }}
        >
          {t(image ? 'journey.panel.deleteImage' : 'journey.deleteNote')}
        </button>
      </fieldset>
    </>
  );
}

function TouchpointDetails({
  doc,
  undo,
  stage,
  lane,
  touchpoint,
}: PanelProps & { stage: Stage; lane: Lane; touchpoint: Touchpoint | undefined }) {
  const { t } = useTranslation();
  const text = touchpoint?.text ?? '';
  return (
    <>
      <LiveTextField
        label={t('journey.touchpointText', { stage: stage.title })}
        rows={3}
        maxLength={2000}
        lang={touchpoint?.lang}
        value={text}
        undo={undo}
        onChange={(value) => setTouchpoint(doc, stage.id, lane.id, { text: value })}
      />
      {/* An empty touchpoint is not stored, so it has no language to choose yet. */}
      <TextLanguageSelect
        value={touchpoint?.lang}
        disabled={text === ''}
        onChange={(lang) => asOneStep(undo, () => setTouchpoint(doc, stage.id, lane.id, { lang }))}
      />
      <p className="muted">{t('journey.panel.touchpointHelp')}</p>
    </>
  );
}

function StageDetails({ doc, undo, stage }: PanelProps & { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <>
      <LiveTextField
        label={t('journey.panel.title')}
        value={stage.title}
        maxLength={500}
        undo={undo}
        onChange={(title) => renameStage(doc, stage.id, title)}
      />
      <label className="field">
        <span className="field-label">{t('journey.panel.steps')}</span>
        {/* Kept as typed until the field is left: a blank line being typed is not dropped mid-word. */}
        <textarea
          key={`${stage.id}:${stage.steps.join('\n')}`}
          className="input textarea"
          rows={5}
          defaultValue={stage.steps.join('\n')}
          aria-describedby="journey-steps-help"
          onBlur={(e) => {
            const steps = e.target.value.split('\n');
            if (steps.join('\n').trim() !== stage.steps.join('\n')) {
              asOneStep(undo, () => setStageSteps(doc, stage.id, steps.slice(0, 50)));
            }
          }}
        />
        <span id="journey-steps-help" className="field-help">
          {t('journey.panel.stepsHelp')}
        </span>
      </label>
    </>
  );
}

function LaneDetails({ doc, undo, lane }: PanelProps & { lane: Lane }) {
  const { t } = useTranslation();
  return (
    <>
      <LiveTextField
        label={t('journey.panel.title')}
        value={lane.title}
        maxLength={500}
        undo={undo}
        onChange={(title) => renameLane(doc, lane.id, title)}
      />
      <p className="muted">
        {t('journey.laneType')}: {t(`journey.laneTypes.${lane.type}`)}
      </p>
      <NoteColorChoices
        legend={t('journey.panel.laneColor')}
        name={`lane-color-${lane.id}`}
        value={lane.color}
        noneLabel={t('journey.panel.noColor')}
        onChange={(color) => asOneStep(undo, () => setLaneColor(doc, lane.id, color))}
      />
      <label className="field">
        <span className="field-label">{t('journey.panel.lineBelow')}</span>
        <select
          className="select"
          value={lane.lineBelow ?? ''}
          onChange={(e) =>
            asOneStep(undo, () =>
              setLaneLine(doc, lane.id, e.target.value === '' ? null : (e.target.value as Lane['lineBelow'])),
            )
          }
        >
          <option value="">{t('journey.panel.noLine')}</option>
          {blueprintLines.map((line) => (
            <option key={line} value={line}>
              {t(`journey.lines.${line}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={lane.collapsed}
          onChange={(e) => asOneStep(undo, () => setLaneCollapsed(doc, lane.id, e.target.checked))}
        />
        {t('journey.panel.collapsed')}
      </label>
    </>
  );
}

/** Moves the note to another cell of a lane of its type: the keyboard way (a drag does the same). */
function MoveNote({
  doc,
  undo,
  note,
  lane,
  stages,
  lanes,
  onMoved,
}: Pick<PanelProps, 'doc' | 'undo' | 'stages' | 'lanes' | 'onMoved'> & { note: JourneyNote; lane: Lane }) {
  const { t } = useTranslation();
  const [stageId, setStageId] = useState(note.stageId);
  const [laneId, setLaneId] = useState(note.laneId);
  const targets = lanes.filter((l) => l.type === lane.type);
  const here = stageId === note.stageId && laneId === note.laneId;
  return (
    <fieldset className="fieldset journey-move-note">
      <legend className="field-label">{t('journey.panel.moveTo')}</legend>
      <label className="field">
        <span className="field-label">{t('journey.panel.moveStage')}</span>
        <select className="select" value={stageId} onChange={(e) => setStageId(e.target.value)}>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('journey.panel.moveLane')}</span>
        <select className="select" value={laneId} onChange={(e) => setLaneId(e.target.value)}>
          {targets.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={here}
        onClick={() => {
          asOneStep(undo, () => moveJourneyNote(doc, note.id, { stageId, laneId }));
          onMoved(note.id, { stageId, laneId });
        }}
      >
        {t('journey.panel.move')}
      </button>
    </fieldset>
  );
}
