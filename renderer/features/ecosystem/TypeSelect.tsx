/** A labelled choice of an actor or relation type (built-in and the map's own), or of "any". */
export function TypeSelect(props: {
  label: string;
  value: string;
  types: readonly { id: string; name: string }[];
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
        {props.types.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </select>
    </label>
  );
}
