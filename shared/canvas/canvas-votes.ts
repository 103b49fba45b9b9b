import type { CanvasContent } from '../model/boards/canvas';

/**
 * Votes per note id in the canvas's current round (the open one, else the latest), as the editor
 * shows them: adding up every round would count the same dots again after a re-vote.
 */
export function currentVoteTotals(content: CanvasContent): Map<string, number> {
  const round = content.rounds.find((r) => r.status === 'open') ?? content.rounds.at(-1);
  const totals = new Map<string, number>();
  if (!round) return totals;
  for (const vote of content.votes) {
    if (vote.roundId === round.id) totals.set(vote.noteId, (totals.get(vote.noteId) ?? 0) + 1);
  }
  return totals;
}
