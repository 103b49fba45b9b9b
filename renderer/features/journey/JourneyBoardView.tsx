import type { Participant } from '../../../shared/model';
import { readJourney } from '../../store/journey-doc';
import { EditableBoard } from '../boards/EditableBoard';
import { JourneyEditor } from './JourneyEditor';

export function JourneyBoardView({ boardId, participants }: { boardId: string; participants: Participant[] }) {
  return (
    <EditableBoard boardId={boardId} kind="journey" read={readJourney}>
      {(board, content) => <JourneyEditor board={board} content={content} participants={participants} />}
    </EditableBoard>
  );
}
