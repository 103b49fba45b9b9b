import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyContent } from '../../../shared/model';
import { useServices } from '../../app/context';
import { hrefFor, navigate } from '../../app/router';
import { useWrite } from '../../app/use-write';
import { createBoard } from '../../store/boards-repo';
import type { OpenBoard } from '../boards/use-board-doc';

/**
 * "Duplicate as to-be": the team redesigns a copy of the as-is journey, which stays as it was; the
 * copy names its original. A link that outlives the original (deleted) is simply not shown.
 */
export function DuplicateAsToBeButton({ board, content }: { board: OpenBoard; content: JourneyContent }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  const { row } = board;
  const duplicate = async () => {
    const title = t('journey.toBeTitle', { title: row.title || t('boards.untitled.journey') });
    const id = await write(
      createBoard(db, row.projectId, 'journey', title, { ...content, state: 'to-be', basedOn: row.id }),
    );
    if (id) navigate({ name: 'board', projectId: row.projectId, boardId: id });
  };
  return (
    <button type="button" className="button button-small" onClick={() => void duplicate()}>
      {t('journey.duplicateToBe')}
    </button>
  );
}

/** On a to-be journey: which as-is journey it was made from, as a link. */
export function BasedOnLink({ board, content }: { board: OpenBoard; content: JourneyContent }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [original, setOriginal] = useState<{ id: string; title: string } | null>(null);
  const basedOn = content.state === 'to-be' ? content.basedOn : null;
  useEffect(() => {
    let live = true;
    if (!basedOn) return;
    void db.boards.get(basedOn).then((found) => {
      if (live && found && !found.deletedAt) setOriginal({ id: found.id, title: found.title });
    });
    return () => {
      live = false;
    };
  }, [db, basedOn]);
  if (!basedOn || !original || original.id !== basedOn) return null;
  return (
    <p className="journey-based-on">
      {t('journey.basedOn')}{' '}
      <a href={hrefFor({ name: 'board', projectId: board.row.projectId, boardId: original.id })}>
        {original.title || t('boards.untitled.journey')}
      </a>
    </p>
  );
}
