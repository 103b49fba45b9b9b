import { readJourney } from '../../store/journey-doc';
import { EditableBoard } from '../boards/EditableBoard';
import { JourneyEditor } from './JourneyEditor';

export function JourneyBoardView({ boardId }: { boardId: string }) {
  return (
    <EditableBoard boardId={boardId} kind="journey" read={readJourney}>
      {(board, content) => <JourneyEditor board={board} content={content} />}
    </EditableBoard>
  );
}
