import { useState } from 'react';

const MAX_MINUTES = 1_440;

/**
 * A duration in whole minutes. What is typed stays while the field has focus; only whole numbers
 * from 0 to a day are written, so an emptied field does not turn the block into 0 minutes.
 */
export function MinutesField({
  label,
  value,
  onChange,
  focusKey,
}: {
  label: string;
  value: number;
  onChange: (minutes: number) => void;
  focusKey?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      className="input input-minutes"
      type="number"
      inputMode="numeric"
      min={0}
      max={MAX_MINUTES}
      step={1}
      aria-label={label}
      data-focus={focusKey}
      value={draft ?? String(value)}
      onFocus={() => setDraft(String(value))}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        setDraft(e.target.value);
        const minutes = Number(e.target.value);
        if (e.target.value !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_MINUTES)
          onChange(minutes);
      }}
    />
  );
}
