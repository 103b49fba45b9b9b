import { useId } from 'react';

/**
 * Comma-separated tags, committed when the field loses focus (or on Enter): one undo step for
 * the whole edit, not one per keystroke.
 */
export function TagsField(props: {
  label: string;
  help: string;
  tags: readonly string[];
  /** Identifies the item, so the field is re-created for another item. */
  itemId: string;
  onCommit: (tags: string[]) => void;
}) {
  const helpId = useId();
  const { tags } = props;
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        className="input"
        defaultValue={tags.join(', ')}
        // Re-created when the tags change elsewhere (undo, another window), so a stale text
        // is never written back over them.
        key={`${props.itemId}:${tags.join(',')}`}
        aria-describedby={helpId}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        onBlur={(e) => {
          const next = parseTags(e.target.value);
          if (next.join() !== tags.join()) props.onCommit(next);
        }}
      />
      <span id={helpId} className="field-help">
        {props.help}
      </span>
    </label>
  );
}

/** Comma-separated tags, trimmed, without repeats, within the model's limits (50 tags of 100 characters). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim().slice(0, 100))
        .filter(Boolean),
    ),
  ].slice(0, 50);
}
