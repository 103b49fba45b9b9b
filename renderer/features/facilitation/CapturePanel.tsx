import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureList } from '../../../shared/facilitation';
import { newId, type WorkshopSession } from '../../../shared/model';
import { useSessionEdit } from './use-session';

const LISTS: readonly CaptureList[] = ['decisions', 'actionItems', 'parkedQuestions'];

/** Quick capture during the run: a decision, an action item (what, who, by when) or a parked question, linked to the current block. */
export function CapturePanel({
  projectId,
  session,
  currentBlockId,
}: {
  projectId: string;
  session: WorkshopSession;
  currentBlockId: string | null;
}) {
  const { t } = useTranslation();
  const edit = useSessionEdit(projectId);
  const [list, setList] = useState<CaptureList>('decisions');
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const block = session.blocks.find((b) => b.id === currentBlockId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const base = { sessionId: session.id, type: 'add-item' as const };
    const blockId = block?.id ?? null;
    const id = newId();
    void edit(
      list === 'actionItems'
        ? { ...base, list, item: { id, blockId, what: text.trim(), who: who.trim(), due } }
        : list === 'decisions'
          ? { ...base, list, item: { id, blockId, text: text.trim() } }
          : { ...base, list, item: { id, blockId, text: text.trim() } },
    );
    setText('');
    setWho('');
    setDue('');
  };
  return (
    <section className="panel capture-panel" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('facilitation.capture')}</h2>
      <form onSubmit={submit}>
        <fieldset className="fieldset capture-kinds">
          <legend className="field-label">{t('facilitation.captureKind')}</legend>
          {LISTS.map((l) => (
            <label key={l} className="checkbox-field">
              <input type="radio" name="capture-kind" value={l} checked={list === l} onChange={() => setList(l)} />
              {t(`facilitation.lists.${l}.one`)}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <label className="field field-full">
            <span className="field-label">{t(`facilitation.lists.${list}.field`)}</span>
            <input className="input" value={text} maxLength={5_000} onChange={(e) => setText(e.target.value)} />
          </label>
          {list === 'actionItems' && (
            <>
              <label className="field">
                <span className="field-label">{t('facilitation.who')}</span>
                <input className="input" value={who} maxLength={500} onChange={(e) => setWho(e.target.value)} />
              </label>
              <label className="field">
                <span className="field-label">{t('facilitation.due')}</span>
                <input className="input" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
              </label>
            </>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!text.trim()}>
            {t(`facilitation.lists.${list}.add`)}
          </button>
          <span className="muted">
            {block
              ? t('facilitation.linkedTo', { title: block.title || t('facilitation.untitledBlock') })
              : t('facilitation.notLinked')}
          </span>
        </div>
      </form>
    </section>
  );
}
