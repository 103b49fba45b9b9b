/** A labelled choice of one of `choices` (a type, a tag…), with an optional "any" for filters. */
export function ChoiceSelect(props: {
  label: string;
  value: string;
  choices: readonly { id: string; name: string }[];
  onChange: (id: string) => void;
  /** For filters: an empty choice with this name. */
  any?: string;
  /** Filters sit in a row; forms stack a label above the field. */
  inline?: boolean;
}) {
  return (
    <label className={props.inline ? 'inline-field' : 'field'}>
      <span className={props.inline ? undefined : 'field-label'}>{props.label}</span>
      <select className="select" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}
