import { readEcosystem } from '../../store/ecosystem-doc';
import { EditableBoard } from '../boards/EditableBoard';
import { EcosystemEditor } from './EcosystemEditor';

export function EcosystemBoardView({ boardId }: { boardId: string }) {
  return (
    <EditableBoard boardId={boardId} kind="ecosystem" read={readEcosystem}>
      {(board, content) => <EcosystemEditor board={board} content={content} />}
    </EditableBoard>
  );
}
