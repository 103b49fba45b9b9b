import { asOneStep } from '../../store/board-docs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CanvasContent, Participant } from '../../../shared/model';
import { closeRound, startRound, votesLeft } from '../../store/voting-doc';
import { Dialog } from '../../ui/Dialog';

/** Starts, follows and closes a dot-voting round; chooses whose votes are being cast. */
export function VotingBar(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  content: CanvasContent;
  participants: Participant[];
  voterId: string | null;
  onVoterChange: (voterId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { doc, undo, content, participants, voterId } = props;
  const [starting, setStarting] = useState(false);
  const open = content.rounds.find((r) => r.status === 'open');
  const named = participants.filter((p) => p.name.trim());

  if (!open) {
    return (
      <div className="voting-bar">
        <button type="button" className="button" onClick={() => setStarting(true)}>
          {t('canvas.voting.start')}
        </button>
        {content.rounds.length > 0 && <span className="muted">{t('canvas.voting.closed')}</span>}
        {starting && (
          <StartVotingDialog
            canVotePerParticipant={named.length > 0}
            onCancel={() => setStarting(false)}
            onStart={(votes, anonymous) => {
              setStarting(false);
              asOneStep(undo, () => startRound(doc, content, votes, anonymous));
              props.onVoterChange(anonymous ? null : (named[0]?.id ?? null));
            }}
          />
        )}
      </div>
    );
  }
  return (
    <div
      className="voting-bar voting-open"
      role="group"
      aria-label={t('canvas.voting.open', { count: open.votesPerParticipant })}
    >
      <strong>{t('canvas.voting.open', { count: open.votesPerParticipant })}</strong>
      {!open.anonymous && (
        <label className="inline-field">
          <span>{t('canvas.voting.voter')}</span>
          <select
            className="select"
            value={voterId ?? ''}
            onChange={(e) => props.onVoterChange(e.target.value || null)}
          >
            {named.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <span role="status">
        {t('canvas.voting.left', { count: votesLeft(content, open, open.anonymous ? null : voterId, named.length) })}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => {
          asOneStep(undo, () => closeRound(doc, open.id));
        }}
      >
        {t('canvas.voting.close')}
      </button>
    </div>
  );
}

function StartVotingDialog(props: {
  canVotePerParticipant: boolean;
  onStart: (votes: number, anonymous: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [votes, setVotes] = useState(3);
  const [anonymous, setAnonymous] = useState(!props.canVotePerParticipant);
  return (
    <Dialog
      title={t('canvas.voting.startTitle')}
      onClose={props.onCancel}
      onSubmit={() => props.onStart(Math.min(Math.max(Math.round(votes) || 1, 1), 100), anonymous)}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('canvas.voting.startButton')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('canvas.voting.votesEach')}</span>
        <input
          className="input"
          type="number"
          min={1}
          max={100}
          value={votes}
          onChange={(e) => setVotes(Number(e.target.value))}
        />
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={anonymous}
          disabled={!props.canVotePerParticipant}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
        {t('canvas.voting.anonymous')}
      </label>
      {!props.canVotePerParticipant && <p className="field-help">{t('canvas.voting.noParticipants')}</p>}
    </Dialog>
  );
}
