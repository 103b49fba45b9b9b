import { useTranslation } from 'react-i18next';
import { noteColors, type NoteColor, type Participant } from '../../../shared/model';

/**
 * The note colours as radio buttons, each in its own colour with its name (colour is never the
 * only cue). With `noneLabel`, a first choice of no colour (a lane's tint).
 */
export function NoteColorChoices<T extends NoteColor | null>({
  legend,
  name,
  value,
  onChange,
  noneLabel,
}: {
  legend: string;
  /** The radio group's name: unique on the page (an item id in it). */
  name: string;
  value: T;
  onChange: (color: T) => void;
  noneLabel?: T extends null ? string : never;
}) {
  const { t } = useTranslation();
  const choices = (noneLabel ? [null, ...noteColors] : noteColors) as T[];
  return (
    <fieldset className="fieldset color-choices">
      <legend className="field-label">{legend}</legend>
      {choices.map((color) => (
        <label key={color ?? 'none'} className={`color-choice${color ? ` note-${color}` : ''}`}>
          <input type="radio" name={name} checked={value === color} onChange={() => onChange(color)} />
          {color ? t(`canvas.colors.${color}`) : noneLabel}
        </label>
      ))}
    </fieldset>
  );
}

/** Who wrote a note: one of the project's participants, or nobody. */
export function AuthorSelect({
  value,
  participants,
  onChange,
}: {
  value: string | null;
  participants: readonly Participant[];
  onChange: (authorId: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field-label">{t('canvas.author')}</span>
      <select className="select" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('canvas.noAuthor')}</option>
        {participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || p.id}
          </option>
        ))}
      </select>
    </label>
  );
}
