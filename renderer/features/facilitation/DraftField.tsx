import { useState, type ChangeEvent } from 'react';

interface DraftFieldProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  multiline?: boolean;
  maxLength: number;
  type?: 'text' | 'date' | 'time';
  className?: string;
  placeholder?: string;
  /** Names the field for putting focus back after its row moved. */
  focusKey?: string;
}

/**
 * A text field that keeps what is typed while it has focus and writes every change at once. The
 * stored value reaches the screen a moment after a write (a live query), so a field bound to it
 * directly would jump back under fast typing; outside focus it shows the stored value.
 */
export function DraftField({
  value,
  onChange,
  label,
  multiline,
  maxLength,
  type = 'text',
  className,
  placeholder,
  focusKey,
}: DraftFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setDraft(e.target.value);
    onChange(e.target.value);
  };
  const common = {
    className: `input${multiline ? ' textarea' : ''}${className ? ` ${className}` : ''}`,
    'aria-label': label,
    value: draft ?? value,
    maxLength,
    placeholder,
    'data-focus': focusKey,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onChange: change,
  };
  return multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />;
}
