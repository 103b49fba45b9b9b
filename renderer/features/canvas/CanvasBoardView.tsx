import type { Participant } from '../../../shared/model';
import { readCanvas } from '../../store/canvas-doc';
import { EditableBoard } from '../boards/EditableBoard';
import { CanvasEditor } from './CanvasEditor';

export function CanvasBoardView({ boardId, participants }: { boardId: string; participants: Participant[] }) {
  return (
    <EditableBoard boardId={boardId} kind="canvas" read={readCanvas}>
      {(board, content) => <CanvasEditor board={board} content={content} participants={participants} />}
    </EditableBoard>
  );
}
