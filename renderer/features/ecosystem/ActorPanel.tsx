import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import type * as Y from 'yjs';
import type { Actor, EcosystemContent } from '../../../shared/model';
import { actorTypeList } from '../../../shared/ecosystem';
import { useBuiltInTypeNames } from './type-names';
import { asOneStep } from '../../store/board-docs';
import { deleteActors, setActorsGroup, setActorsLocked, updateActor } from '../../store/ecosystem-doc';
import { ItemLockButton, LockReason } from '../boards/BoardLock';
import { TagsField } from '../../ui/TagsField';
import { TextLanguageSelect } from '../boards/TextLanguageSelect';
import { LiveTextField } from '../boards/LiveTextField';

/** Edits the selected actor: the keyboard- and screen-reader-friendly way to change everything. */
export function ActorPanel(props: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  actor: Actor;
  content: EcosystemContent;
  /** A locked map: every field is disabled. */
  boardLocked: boolean;
  onConnect: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { doc, undo, actor, content } = props;
  const act = (edit: () => void) => asOneStep(undo, edit);
  const names = useBuiltInTypeNames();
  // Text fields write as typed (nothing lost) and close their undo step when left.
  const text = (field: 'name' | 'organisation' | 'role' | 'description', value: string) =>
    updateActor(doc, actor.id, { [field]: value });
  const relations = content.relations.filter((r) => r.from === actor.id || r.to === actor.id).length;
  // A locked actor keeps its place (and, on a map of rings, its ring) and stays; its text may change.
  const locked = actor.locked === true;
  return (
    <aside className="note-panel" aria-labelledby="actor-panel-heading">
      <h2 id="actor-panel-heading">{t('ecosystem.actorPanelTitle')}</h2>
      {props.boardLocked && <p className="lock-note">{t('locks.boardLockedPanel')}</p>}
      <fieldset className="plain-fieldset" disabled={props.boardLocked}>
        <LockReason reason={locked ? t('locks.actorLocked') : null} />
        <LiveTextField
          label={t('ecosystem.actorName')}
          lang={actor.lang}
          value={actor.name}
          maxLength={500}
          undo={undo}
          onChange={(value) => text('name', value)}
        />
        <TextLanguageSelect value={actor.lang} onChange={(lang) => act(() => updateActor(doc, actor.id, { lang }))} />
        <ChoiceSelect
          label={t('ecosystem.actorType')}
          value={actor.type}
          choices={actorTypeList(content, names)}
          onChange={(type) => act(() => updateActor(doc, actor.id, { type }))}
        />
        <label className="field">
          <span className="field-label">{t('ecosystem.ring')}</span>
          <select
            className="select"
            disabled={locked && content.view === 'rings'}
            value={actor.ringId}
            onChange={(e) => act(() => updateActor(doc, actor.id, { ringId: e.target.value }))}
          >
            {content.rings.map((ring) => (
              <option key={ring.id} value={ring.id}>
                {ring.name}
              </option>
            ))}
          </select>
        </label>
        {content.groups.length > 0 && (
          <label className="field">
            <span className="field-label">{t('ecosystem.group')}</span>
            <select
              className="select"
              value={actor.groupId ?? ''}
              onChange={(e) => act(() => setActorsGroup(doc, [actor.id], e.target.value || null))}
            >
              <option value="">{t('ecosystem.noGroup')}</option>
              {content.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <LiveTextField
          label={t('ecosystem.organisation')}
          value={actor.organisation}
          maxLength={500}
          undo={undo}
          onChange={(value) => text('organisation', value)}
        />
        <LiveTextField
          label={t('ecosystem.role')}
          value={actor.role}
          maxLength={500}
          undo={undo}
          onChange={(value) => text('role', value)}
        />
        <LiveTextField
          label={t('ecosystem.description')}
          rows={3}
          lang={actor.lang}
          value={actor.description}
          maxLength={5000}
          undo={undo}
          onChange={(value) => text('description', value)}
        />
        <TagsField
          label={t('ecosystem.tags')}
          help={t('ecosystem.tagsHelp')}
          tags={actor.tags}
          itemId={actor.id}
          onCommit={(tags) => act(() => updateActor(doc, actor.id, { tags }))}
        />
        <p className="muted">{t('ecosystem.relationsOf', { count: relations })}</p>
        <ItemLockButton
          lockLabel={t('locks.lockActor')}
          unlockLabel={t('locks.unlockActor')}
          ownLock={locked}
          onChange={(lock) => act(() => setActorsLocked(doc, [actor.id], lock))}
        />
        <button type="button" className="button" onClick={props.onConnect} aria-keyshortcuts="R">
          {t('ecosystem.connect')}
        </button>
        <button
          type="button"
          className="button button-danger-text"
          disabled={locked}
          onClick={() => {
            act(() => deleteActors(doc, [actor.id]));
            props.onDeleted();
          }}
        >
          {t('ecosystem.deleteActor')}
        </button>
      </fieldset>
    </aside>
  );
}
