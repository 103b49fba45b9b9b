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
  const colorSelect = (label: string, value: string, onChange: (hex: string) => void) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select
        className="select"
        value={nameOfColor(value) ?? ''}
        onChange={(e) => onChange(typePalette[e.target.value as PaletteColor])}
      >
        {!nameOfColor(value) && <option value="">{value}</option>}
        {colorNames.map((name) => (
          <option key={name} value={name}>
            {t(`ecosystem.colors.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <h2>{t('ecosystem.ownActorTypes')}</h2>
      {content.customActorTypes.map((type, i) => (
        <fieldset key={type.id} className="fieldset own-type">
          <legend className="own-type-legend">
            <ActorIcon look={{ color: type.color, icon: actorIconPaths[type.icon] }} />
            {type.name || t('ecosystem.ownTypeN', { n: i + 1 })}
          </legend>
          <label className="field">
            <span className="field-label">{t('ecosystem.typeName')}</span>
            <input
              className="input"
              value={type.name}
              maxLength={500}
              onChange={(e) => updateActorType(doc, type.id, { name: e.target.value })}
              onBlur={() => undo.stopCapturing()}
            />
          </label>
          {colorSelect(t('ecosystem.typeColor'), type.color, (color) =>
            act(() => updateActorType(doc, type.id, { color })),
          )}
          <label className="field">
            <span className="field-label">{t('ecosystem.typeIcon')}</span>
            <select
              className="select"
              value={type.icon}
              onChange={(e) => act(() => updateActorType(doc, type.id, { icon: e.target.value as IconName }))}
            >
              {actorIcons.map((icon) => (
                <option key={icon} value={icon}>
                  {t(`ecosystem.icons.${icon}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-small button-danger-text"
            onClick={() => act(() => removeActorType(doc, type.id))}
          >
            {t('ecosystem.removeType', { name: type.name || i + 1 })}
          </button>
        </fieldset>
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
        <fieldset key={type.id} className="fieldset own-type">
          <legend className="own-type-legend">{type.name || t('ecosystem.ownTypeN', { n: i + 1 })}</legend>
          <label className="field">
            <span className="field-label">{t('ecosystem.typeName')}</span>
            <input
              className="input"
              value={type.name}
              maxLength={500}
              onChange={(e) => updateRelationType(doc, type.id, { name: e.target.value })}
              onBlur={() => undo.stopCapturing()}
            />
          </label>
          {colorSelect(t('ecosystem.typeColor'), type.color, (color) =>
            act(() => updateRelationType(doc, type.id, { color })),
          )}
          <button
            type="button"
            className="button button-small button-danger-text"
            onClick={() => act(() => removeRelationType(doc, type.id))}
          >
            {t('ecosystem.removeType', { name: type.name || i + 1 })}
          </button>
        </fieldset>
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
