import { useTranslation } from 'react-i18next';
import { noteColors, type NoteColor } from '../../../shared/model';

/** What can be done to several selected notes at once. */
export function SelectionPanel(props: {
  count: number;
  onRecolour: (color: NoteColor) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <aside className="note-panel" aria-labelledby="selection-panel-heading">
      <h2 id="selection-panel-heading">{t('canvas.selection.title', { count: props.count })}</h2>
      <fieldset className="fieldset color-choices">
        <legend className="field-label">{t('canvas.selection.recolour')}</legend>
        {noteColors.map((color) => (
          <button
            key={color}
            type="button"
            className={`color-choice note-${color}`}
            onClick={() => props.onRecolour(color)}
          >
            {t(`canvas.colors.${color}`)}
          </button>
        ))}
      </fieldset>
      <button type="button" className="button" onClick={props.onDuplicate}>
        {t('canvas.selection.duplicate')}
      </button>
      <button type="button" className="button button-danger-text" onClick={props.onDelete}>
        {t('canvas.selection.delete')}
      </button>
    </aside>
  );
}
