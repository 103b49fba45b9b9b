// Text layout for drawings made without a DOM (map export, later the PDF report): widths are
// estimated per character class, not measured. The classes follow DejaVu Sans, the widest of
// the fonts an exported map names (Noto Sans, DejaVu Sans, Arial): text laid out with these
// widths fits in whichever of them the viewer has, with a little slack in the narrower ones.
// Checked against DejaVu Sans in Chromium on the sample map's texts: 2 % wider at the median,
// never more than 1 % narrower.

/** Width of a character in em, by class: narrow (i, l, space…), semi-narrow (f, r, t…), wide. */
const NARROW = new Set([..."ijlI.,:;!|' "]);
const SEMI = new Set([...'frtJ()[]-/"']);
const WIDE = new Set([...'mwMW@%&—']);
/** DejaVu Sans Bold is about 13 % wider than its regular face. */
const BOLD_FACTOR = 1.13;

function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.31;
  if (SEMI.has(ch)) return 0.41;
  if (WIDE.has(ch)) return 0.93;
  if (ch >= '0' && ch <= '9') return 0.64;
  // Upper case, including Ä, Ö, Å: wider than lower case.
  if (ch !== ch.toLowerCase()) return 0.73;
  return 0.61;
}

/** Estimated width of one line of text at `fontSize` (in the same units as the font size). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

export interface FittedText {
  lines: string[];
  fontSize: number;
  /** A word wider than a line was hyphenated where it had to be. */
  cut: boolean;
  /** The text did not fit and ends with "…". */
  shortened: boolean;
}

/** Words with their break opportunities: after spaces, and after a hyphen inside a compound. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // "Rakennus-ja" may break after "Rakennus-"; the hyphen stays on the first line.
    const parts = word.split(/(?<=-)(?=\p{L})/u);
    parts.forEach((part, i) => out.push(i === 0 ? ` ${part}` : part));
  }
  return out;
}

const VOWEL = /[aeiouyäöåéü]/i;
const CONSONANT = /[b-df-hj-np-tv-xz]/i;

/**
 * Where to cut a word too long for a line: before the longest prefix that still fits, moved back
 * to a syllable boundary if there is one (before a consonant followed by a vowel, the basic
 * Finnish rule: "Rakennusval-vonta", not "Rakennusvalvo-nta"). Not real hyphenation, but no
 * cut leaves a lone letter or breaks inside a syllable when a boundary is near.
 */
function cutAt(word: string, fits: (prefix: string) => boolean): number {
  // The longest prefix that fits, by bisection: widths grow with length, and a 500-letter name cut
  // letter by letter took 280 ms a card.
  let longest = 1;
  let high = word.length - 1;
  while (longest < high) {
    const middle = Math.ceil((longest + high) / 2);
    if (fits(`${word.slice(0, middle)}-`)) longest = middle;
    else high = middle - 1;
  }
  for (let i = longest; i >= Math.max(2, longest - 6); i--) {
    if (word.length - i >= 2 && CONSONANT.test(word[i]) && VOWEL.test(word[i + 1] ?? '')) return i;
  }
  return longest;
}

/**
 * Wraps text greedily into at most `maxLines` lines no wider than `maxWidth`. A word wider than a
 * line is cut with a hyphen (`cut`); when the lines run out, the last one ends with "…"
 * (`shortened`), so the caller can first try a smaller font.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
): FittedText {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const token of tokens(text)) {
    // Lines beyond these are dropped anyway ("…"): no need to wrap the rest of a long text.
    if (lines.length > maxLines) break;
    const candidate = line === '' ? token.trimStart() : line + token;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = token.trimStart();
    while (!fits(line) && line.length > 1 && lines.length <= maxLines) {
      cut = true;
      const at = cutAt(line, fits);
      lines.push(`${line.slice(0, at)}-`);
      line = line.slice(at);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return { lines, fontSize, cut, shortened: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1], fits);
  return { lines: kept, fontSize, cut, shortened: true };
}

/** The line shortened to end with "…" within `maxWidth` (a cut word's hyphen dropped). */
export function ellipsize(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  return withEllipsis(line, (s) => textWidth(s, fontSize, bold) <= maxWidth);
}

function withEllipsis(line: string, fits: (s: string) => boolean): string {
  let text = line.replace(/-$/, '');
  while (text.length > 0 && !fits(`${text}…`)) text = text.slice(0, -1);
  return `${text.trimEnd()}…`;
}

/**
 * The text at the largest of `sizes` (largest first) where it wraps whole into its lines; else
 * the largest where it fits with long words cut; else the smallest, shortened with "…".
 * `maxLines` may depend on the size (a box of fixed height holds more lines of smaller text);
 * sizes that leave no line are skipped.
 */
export function fitText(
  text: string,
  maxWidth: number,
  sizes: readonly number[],
  bold: boolean,
  maxLines: number | ((fontSize: number) => number),
): FittedText | null {
  const linesAt = typeof maxLines === 'number' ? () => maxLines : maxLines;
  const tries = sizes
    .filter((size) => linesAt(size) >= 1)
    .map((size) => wrapText(text, maxWidth, size, bold, linesAt(size)));
  return tries.find((t) => !t.cut && !t.shortened) ?? tries.find((t) => !t.shortened) ?? tries.at(-1) ?? null;
}
