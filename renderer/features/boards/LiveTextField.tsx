import type * as Y from 'yjs';
import { useContentLanguage } from './content-language';

/**
 * A side panel's text field over a board document: every keystroke is written at once (nothing
 * waits for a save), and leaving the field closes the undo step, so one stretch of typing is one
 * Undo. A textarea when given rows.
 */
export function LiveTextField(props: {
  label: string;
  value: string;
  undo: Y.UndoManager;
  onChange: (value: string) => void;
  maxLength: number;
  /** The text's own language, when it has one (a Swedish note); else the project's. */
  lang?: string;
  rows?: number;
}) {
  const projectLang = useContentLanguage();
  const common = {
    lang: props.lang ?? projectLang,
    value: props.value,
    maxLength: props.maxLength,
    onBlur: () => props.undo.stopCapturing(),
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      {props.rows ? (
        <textarea
          className="input textarea"
          rows={props.rows}
          {...common}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input className="input" {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </label>
  );
}
