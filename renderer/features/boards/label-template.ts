/**
 * A translated label with plain `{{name}}` placeholders, asked of i18next once (per language) and
 * then filled by joining strings. i18next's t() parses and interpolates on every call (15–25 µs):
 * the 6,000 node and edge labels of a 2,000-actor map took ~100 ms of its opening, the 5,000
 * notes of a canvas ~150 ms (issue 10). Only for placeholders filled as they are (no plurals or
 * formats; interpolated values are not escaped in this app: React escapes).
 */
export function labelTemplate<N extends string>(
  translate: (values: Record<N, string>) => string,
  names: readonly N[],
): (values: Record<N, string>) => string {
  const MARK = '\u0001';
  const marks = Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`])) as Record<N, string>;
  // Text, name, text, name, …, text: the placeholders at odd indices.
  const parts = translate(marks).split(MARK);
  return (values) => {
    let out = parts[0] ?? '';
    for (let i = 1; i < parts.length; i += 2) out += (values[parts[i] as N] ?? '') + (parts[i + 1] ?? '');
    return out;
  };
}
