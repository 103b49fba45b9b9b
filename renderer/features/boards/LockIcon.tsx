/** A padlock drawn in the text colour: the lock shows by shape, never by colour alone. */
export function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M4 7V5a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1zm2 0h4V5a2 2 0 1 0-4 0v2z"
      />
    </svg>
  );
}

/** The icon with a word for screen readers (and a tooltip), for places read as text. */
export function LockBadge({ label }: { label: string }) {
  return (
    <span className="lock-badge" title={label}>
      <LockIcon />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
