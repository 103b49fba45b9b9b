import { useTranslation } from 'react-i18next';
import type { CaptureList } from '../../../shared/facilitation';
import type { ActionItem, WorkshopSession } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useUndoableDelete } from '../../app/use-undoable-delete';
import { saveSessionEdit } from '../../store/sessions-journal';

const LISTS: readonly CaptureList[] = ['decisions', 'actionItems', 'parkedQuestions'];

/** What the session has decided, who does what by when, and the parked questions, each with its block. */
export function CapturedItems({ projectId, session }: { projectId: string; session: WorkshopSession }) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const deleteWithUndo = useUndoableDelete();
  const blockTitle = (blockId: string | null) => {
    const block = session.blocks.find((b) => b.id === blockId);
    return block ? block.title || t('facilitation.untitledBlock') : null;
  };
  const textOf = (list: CaptureList, item: WorkshopSession[CaptureList][number]) =>
    list === 'actionItems' ? (item as ActionItem).what : (item as { text: string }).text;
  return (
    <section className="panel captured-items" aria-labelledby="captured-heading">
      <h2 id="captured-heading">{t('facilitation.captured')}</h2>
      {LISTS.map((list) => (
        <section key={list} aria-labelledby={`captured-${list}`}>
          <h3 id={`captured-${list}`}>{t(`facilitation.lists.${list}.heading`)}</h3>
          {session[list].length === 0 ? (
            <p className="muted">{t('facilitation.noneYet')}</p>
          ) : (
            <ul className="plain-list captured-list">
              {session[list].map((item) => {
                const text = textOf(list, item);
                const action = list === 'actionItems' ? (item as ActionItem) : null;
                const from = blockTitle(item.blockId);
                return (
                  <li key={item.id}>
                    <span className="captured-text">{text}</span>
                    {action && (action.who || action.due) && (
                      <span className="captured-meta">
                        {[
                          action.who && t('facilitation.whoValue', { who: action.who }),
                          action.due &&
                            t('facilitation.dueValue', {
                              date: new Date(`${action.due}T12:00:00Z`).toLocaleDateString(i18n.language, {
                                timeZone: 'UTC',
                              }),
                            }),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    )}
                    {from && <span className="muted captured-block">{t('facilitation.inBlock', { title: from })}</span>}
                    <button
                      type="button"
                      className="button button-quiet button-danger-text"
                      aria-label={t('facilitation.deleteItem', { text })}
                      onClick={() =>
                        void deleteWithUndo(
                          () =>
                            saveSessionEdit(db, projectId, {
                              type: 'remove-item',
                              sessionId: session.id,
                              list,
                              itemId: item.id,
                            }),
                          () =>
                            saveSessionEdit(db, projectId, {
                              type: 'add-item',
                              sessionId: session.id,
                              list,
                              item,
                            } as Parameters<typeof saveSessionEdit>[2]),
                          t('facilitation.itemDeleted', { text }),
                        )
                      }
                    >
                      {t('projects.delete')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
