import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { boardKinds, newId, type BoardKind } from '../../../shared/model';
import { instantiateTemplate } from '../../../shared/templates';
import { instantiateUserTemplate } from '../../store/templates-repo';
import { TemplatePickerDialog, type TemplateChoice } from '../canvas/TemplatePickerDialog';
import { JourneyPresetDialog } from '../journey/JourneyPresetDialog';
import { instantiatePreset, type JourneyPreset } from '../../../shared/journey';
import { currentLanguage } from '../../app/i18n';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { useUndoableDelete } from '../../app/use-undoable-delete';
import { hrefFor } from '../../app/router';
import { createBoard, deleteBoard, listBoards, moveBoard, renameBoard, restoreBoard } from '../../store/boards-repo';
import type { BoardRow } from '../../store/db';
import { NameDialog } from '../../ui/NameDialog';
import { newBoardContents } from './new-board-content';

/** The project's boards grouped by kind, each group in the user's order. */
export function BoardsPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  const boards = useLiveQuery(() => listBoards(db, projectId), [db, projectId]);
  const [pickingTemplate, setPickingTemplate] = useState(false);
  const [pickingPreset, setPickingPreset] = useState(false);
  const createOfKind = (kind: BoardKind) => {
    // A canvas starts from a template; the other kinds get their own pickers with their issues.
    if (kind === 'canvas') return setPickingTemplate(true);
    if (kind === 'journey') return setPickingPreset(true);
    void write(createBoard(db, projectId, kind, t(`boards.untitled.${kind}`), newBoardContents(t)[kind]));
  };
  const createCanvas = (choice: TemplateChoice) => {
    setPickingTemplate(false);
    const language = currentLanguage();
    const [title, content] =
      choice.kind === 'builtin'
        ? [choice.template.name[language], instantiateTemplate(choice.template, language, newId)]
        : [choice.template.name, instantiateUserTemplate(choice.template)];
    void write(createBoard(db, projectId, 'canvas', title, content));
  };
  const createJourney = (preset: JourneyPreset) => {
    setPickingPreset(false);
    const language = currentLanguage();
    void write(
      createBoard(db, projectId, 'journey', preset.name[language], instantiatePreset(preset, language, newId)),
    );
  };
  return (
    <section className="panel" aria-labelledby="boards-heading">
      <h2 id="boards-heading">{t('overview.boards')}</h2>
      <div className="board-groups">
        {boardKinds.map((kind) => {
          const ofKind = (boards ?? []).filter((b) => b.kind === kind);
          return (
            <section key={kind} className={`board-group board-group-${kind}`} aria-labelledby={`group-${kind}`}>
              <h3 id={`group-${kind}`}>{t(`boards.kinds.${kind}`)}</h3>
              {ofKind.length === 0 ? (
                <p className="muted">{t('boards.none')}</p>
              ) : (
                <ol className="board-list">
                  {ofKind.map((board, i) => (
                    <BoardItem key={board.id} board={board} first={i === 0} last={i === ofKind.length - 1} />
                  ))}
                </ol>
              )}
              <button type="button" className="button button-small" onClick={() => createOfKind(kind)}>
                {t(`boards.new.${kind}`)}
              </button>
            </section>
          );
        })}
      </div>
      {pickingTemplate && <TemplatePickerDialog onCreate={createCanvas} onCancel={() => setPickingTemplate(false)} />}
      {pickingPreset && <JourneyPresetDialog onCreate={createJourney} onCancel={() => setPickingPreset(false)} />}
    </section>
  );
}

function BoardItem({ board, first, last }: { board: BoardRow; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  const [renaming, setRenaming] = useState(false);
  const title = board.title || t(`boards.untitled.${board.kind}`);
  const deleteWithUndo = useUndoableDelete();
  const remove = () =>
    deleteWithUndo(
      () => deleteBoard(db, board.id),
      () => restoreBoard(db, board.id),
      t('boards.deleted', { title }),
    );
  return (
    <li className="board-item">
      <a className="board-link" href={hrefFor({ name: 'board', projectId: board.projectId, boardId: board.id })}>
        {title}
      </a>
      <span className="row-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('boards.moveUp', { title })}
          disabled={first}
          onClick={() => void write(moveBoard(db, board.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('boards.moveDown', { title })}
          disabled={last}
          onClick={() => void write(moveBoard(db, board.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('boards.renameNamed', { title })}
          onClick={() => setRenaming(true)}
        >
          {t('boards.rename')}
        </button>
        <button
          type="button"
          className="button button-quiet button-danger-text"
          aria-label={t('boards.deleteNamed', { title })}
          onClick={() => void remove()}
        >
          {t('projects.delete')}
        </button>
      </span>
      {renaming && (
        <NameDialog
          title={t('dialog.renameTitle')}
          initial={board.title}
          onCancel={() => setRenaming(false)}
          onSave={(name) => {
            setRenaming(false);
            void write(renameBoard(db, board.id, name));
          }}
        />
      )}
    </li>
  );
}
