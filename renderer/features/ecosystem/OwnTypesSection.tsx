import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { actorIcons, type ActorIcon as IconName, type EcosystemContent } from '../../../shared/model';
import { actorIconPaths, typePalette, type PaletteColor } from '../../../shared/ecosystem';
import { asOneStep } from '../../store/board-docs';
import {
  addActorType,
  addRelationType,
  removeActorType,
  removeRelationType,
  updateActorType,
  updateRelationType,
} from '../../store/ecosystem-doc';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import { ActorIcon } from './ActorIcon';

const colorNames = Object.keys(typePalette) as PaletteColor[];
const nameOfColor = (hex: string) => colorNames.find((name) => typePalette[name] === hex);

/**
 * The map's own actor types (name, colour, icon) and relation types (name, colour), beside the
 * built-in ones. Colours come from a palette that keeps 3:1 contrast on white; the icon keeps an
 * own type readable in greyscale.
 */
export function OwnTypesSection(props: { doc: Y.Doc; undo: Y.UndoManager; content: EcosystemContent }) {
  const { t } = useTranslation();
  const { doc, undo, content } = props;
  const act = (edit: () => void) => asOneStep(undo, edit);
  return (
    <>
      <h2>{t('ecosystem.ownActorTypes')}</h2>
      {content.customActorTypes.map((type, i) => (
        <OwnTypeFields
          key={type.id}
          index={i}
          name={type.name}
          color={type.color}
          badge={<ActorIcon look={{ color: type.color, icon: actorIconPaths[type.icon] }} />}
          onName={(name) => updateActorType(doc, type.id, { name })}
          onNameDone={() => undo.stopCapturing()}
          onColor={(color) => act(() => updateActorType(doc, type.id, { color }))}
          onRemove={() => act(() => removeActorType(doc, type.id))}
        >
          <ChoiceSelect
            label={t('ecosystem.typeIcon')}
            value={type.icon}
            choices={actorIcons.map((icon) => ({ id: icon, name: t(`ecosystem.icons.${icon}`) }))}
            onChange={(icon) => act(() => updateActorType(doc, type.id, { icon: icon as IconName }))}
          />
        </OwnTypeFields>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          act(() => addActorType(doc, { name: t('ecosystem.newActorType'), color: typePalette.teal, icon: 'star' }))
        }
      >
        {t('ecosystem.addActorType')}
      </button>
      <h2>{t('ecosystem.ownRelationTypes')}</h2>
      {content.customRelationTypes.map((type, i) => (
        <OwnTypeFields
          key={type.id}
          index={i}
          name={type.name}
          color={type.color}
          onName={(name) => updateRelationType(doc, type.id, { name })}
          onNameDone={() => undo.stopCapturing()}
          onColor={(color) => act(() => updateRelationType(doc, type.id, { color }))}
          onRemove={() => act(() => removeRelationType(doc, type.id))}
        />
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          act(() => addRelationType(doc, { name: t('ecosystem.newRelationType'), color: typePalette.brown }))
        }
      >
        {t('ecosystem.addRelationType')}
      </button>
      <p className="field-help">{t('ecosystem.removeTypeHelp')}</p>
    </>
  );
}

/** One own type: its name (written as typed), its colour from the palette, and removal. */
function OwnTypeFields(props: {
  index: number;
  name: string;
  color: string;
  badge?: ReactNode;
  onName: (name: string) => void;
  onNameDone: () => void;
  onColor: (hex: string) => void;
  onRemove: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const colorName = nameOfColor(props.color);
  return (
    <fieldset className="fieldset own-type">
      <legend className="own-type-legend">
        {props.badge}
        {props.name || t('ecosystem.ownTypeN', { n: props.index + 1 })}
      </legend>
      <label className="field">
        <span className="field-label">{t('ecosystem.typeName')}</span>
        <input
          className="input"
          value={props.name}
          maxLength={500}
          onChange={(e) => props.onName(e.target.value)}
          onBlur={props.onNameDone}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('ecosystem.typeColor')}</span>
        <select
          className="select"
          value={colorName ?? ''}
          onChange={(e) => props.onColor(typePalette[e.target.value as PaletteColor])}
        >
          {!colorName && <option value="">{props.color}</option>}
          {colorNames.map((name) => (
            <option key={name} value={name}>
              {t(`ecosystem.colors.${name}`)}
            </option>
          ))}
        </select>
      </label>
      {props.children}
      <button type="button" className="button button-small button-danger-text" onClick={props.onRemove}>
        {t('ecosystem.removeType', { name: props.name || props.index + 1 })}
      </button>
    </fieldset>
  );
}
