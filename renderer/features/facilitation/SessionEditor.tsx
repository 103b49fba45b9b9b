import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  blankBlock,
  blockFromMethod,
  breakBlock,
  computeSchedule,
  formatHoursMinutes,
  type WorkshopMethod,
} from '../../../shared/facilitation';
import { newId, type WorkshopSession } from '../../../shared/model';
import { currentLanguage } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { useServices } from '../../app/context';
import { useUndoableDelete } from '../../app/use-undoable-delete';
import type { ProjectRow } from '../../store/db';
import { saveSessionEdit } from '../../store/sessions-journal';
import { AgendaTable } from './AgendaTable';
import { BlockDetails } from './BlockDetails';
import { MethodPickerDialog } from './MethodPickerDialog';
import { SessionDetails } from './SessionDetails';
import { PresenterLink } from './PresenterLink';
import { useSessionEdit } from './use-session';

/** A session's agenda: when and where, the blocks with their computed times, and a block's details. */
export function SessionEditor({ project, session }: { project: ProjectRow; session: WorkshopSession }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const edit = useSessionEdit(project.id);
  const deleteWithUndo = useUndoableDelete();
  const [picking, setPicking] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const schedule = computeSchedule(session);
  const selectedBlock = session.blocks.find((b) => b.id === selected);
  const title = session.title || t('facilitation.untitledSession');

  const add = (block: WorkshopSession['blocks'][number]) => {
    void edit({ type: 'add-block', sessionId: session.id, block });
    setSelected(block.id);
  };
  const addFromLibrary = (method: WorkshopMethod) => {
    setPicking(false);
    add(blockFromMethod(newId(), method, currentLanguage()));
  };
  const removeSession = () =>
    deleteWithUndo(
      async () => {
        await saveSessionEdit(db, project.id, { type: 'remove-session', sessionId: session.id });
        window.location.hash = hrefFor({ name: 'project', projectId: project.id });
      },
      () =>
        saveSessionEdit(db, project.id, {
          type: 'add-session',
          session,
          index: (project.sessions ?? []).findIndex((s) => s.id === session.id),
        }),
      t('facilitation.sessionDeleted', { title }),
    );

  return (
    <>
      <p className="eyebrow">{t('facilitation.session')}</p>
      <h1>{title}</h1>
      <div className="button-row session-actions">
        <a
          className="button button-primary"
          href={hrefFor({ name: 'run', projectId: project.id, sessionId: session.id })}
        >
          {t('facilitation.run')}
        </a>
        <PresenterLink projectId={project.id} sessionId={session.id} />
      </div>
      <SessionDetails
        session={session}
        onChange={(fields) => void edit({ type: 'update-session', sessionId: session.id, fields })}
      />
      <section className="panel" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('facilitation.agenda')}</h2>
        <AgendaTable
          projectId={project.id}
          session={session}
          schedule={schedule}
          selected={selected}
          onSelect={(id) => setSelected(id === selected ? null : id)}
          onEdit={edit}
        />
        <p className="agenda-total">{t('facilitation.total', { time: formatHoursMinutes(schedule.plannedMinutes) })}</p>
        <div className="button-row">
          <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setPicking(true)}>
            {t('facilitation.addFromLibrary')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => add(blankBlock(newId(), t('facilitation.newBlockTitle')))}
          >
            {t('facilitation.addBlank')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => add(breakBlock(newId(), t('facilitation.breakTitle')))}
          >
            {t('facilitation.addBreak')}
          </button>
        </div>
      </section>
      {selectedBlock && (
        <BlockDetails
          key={selectedBlock.id}
          projectId={project.id}
          block={selectedBlock}
          onChange={(fields) =>
            void edit({ type: 'update-block', sessionId: session.id, blockId: selectedBlock.id, fields })
          }
          onClose={() => setSelected(null)}
        />
      )}
      <div className="page-footer-actions">
        <button type="button" className="button button-danger-text" onClick={() => void removeSession()}>
          {t('facilitation.deleteSession')}
        </button>
      </div>
      {picking && <MethodPickerDialog onPick={addFromLibrary} onCancel={() => setPicking(false)} />}
    </>
  );
}
