import type * as Y from 'yjs';
import { newId, nowIso, type CanvasContent, type VotingRound } from '../../shared/model';
import { addItem, removeItems, updateItem } from './board-docs';

/** Dot voting on a canvas document: one open round at a time, its results kept when closed. */

export function currentRound(content: CanvasContent): VotingRound | undefined {
  return content.rounds.find((r) => r.status === 'open') ?? content.rounds.at(-1);
}

export function startRound(
  doc: Y.Doc,
  content: CanvasContent,
  votesPerParticipant: number,
  anonymous: boolean,
): string {
  if (content.rounds.some((r) => r.status === 'open')) throw new Error('a voting round is already open');
  const id = newId();
  addItem(doc, 'rounds', id, { id, votesPerParticipant, anonymous, status: 'open', startedAt: nowIso() });
  return id;
}

export function closeRound(doc: Y.Doc, roundId: string): void {
  updateItem(doc, 'rounds', roundId, { status: 'closed' });
}

/**
 * Votes a voter still has in a round. In an anonymous round the room shares one pool: the
 * facilitator enters everyone's dots, so it holds N votes for each of `participants`.
 */
export function votesLeft(
  content: CanvasContent,
  round: VotingRound,
  voterId: string | null,
  participants = 1,
): number {
  const used = content.votes.filter((v) => v.roundId === round.id && v.voterId === voterId).length;
  const pool = round.anonymous ? round.votesPerParticipant * Math.max(1, participants) : round.votesPerParticipant;
  return pool - used;
}

/**
 * Casts one vote; refuses when no round is open, the voter has none left, or a named round gets
 * no voter.
 */
export function castVote(
  doc: Y.Doc,
  content: CanvasContent,
  noteId: string,
  voterId: string | null,
  participants = 1,
): boolean {
  const round = content.rounds.find((r) => r.status === 'open');
  if (!round || (voterId === null) !== round.anonymous) return false;
  if (votesLeft(content, round, round.anonymous ? null : voterId, participants) <= 0) return false;
  const id = newId();
  addItem(doc, 'votes', id, { id, roundId: round.id, noteId, voterId });
  return true;
}

/** Takes back one of the voter's votes on a note in the open round. */
export function retractVote(doc: Y.Doc, content: CanvasContent, noteId: string, voterId: string | null): boolean {
  const round = content.rounds.find((r) => r.status === 'open');
  const vote =
    round && content.votes.find((v) => v.roundId === round.id && v.noteId === noteId && v.voterId === voterId);
  if (!vote) return false;
  removeItems(doc, 'votes', [vote.id]);
  return true;
}

/** Vote totals per note in a round. */
export function voteTotals(content: CanvasContent, roundId: string | undefined): Map<string, number> {
  const totals = new Map<string, number>();
  for (const v of content.votes) if (v.roundId === roundId) totals.set(v.noteId, (totals.get(v.noteId) ?? 0) + 1);
  return totals;
}
