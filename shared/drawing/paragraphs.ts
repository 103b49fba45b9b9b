// Text with line breaks (a note typed over several lines) fitted into a box: each paragraph is
// wrapped on its own, as the editor's `white-space: pre-wrap` shows it.
import { ellipsize, wrapText, type FittedText } from './text-fit';

function wrapParagraphs(
  paragraphs: readonly string[],
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
) {
  const lines: string[] = [];
  let cut = false;
  let shortened = false;
  for (const paragraph of paragraphs) {
    const room = maxLines - lines.length;
    if (room <= 0) {
      shortened = true;
      break;
    }
    if (paragraph === '') {
      lines.push('');
      continue;
    }
    const wrapped = wrapText(paragraph, maxWidth, fontSize, bold, room);
    lines.push(...wrapped.lines);
    cut ||= wrapped.cut;
    if (wrapped.shortened) {
      shortened = true;
      break;
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const last = lines.length - 1;
  // Lines ran out at a paragraph's end: the "…" still says that more follows.
  if (shortened && last >= 0 && !lines[last].endsWith('…'))
    lines[last] = ellipsize(lines[last], maxWidth, fontSize, bold);
  return { lines, fontSize, cut, shortened };
}

/**
 * Like fitText, for text with line breaks: the largest of `sizes` where every paragraph wraps whole
 * into `maxLines` lines in all; else the largest with long words cut; else the smallest, with "…".
 * Blank lines between paragraphs are kept (one at most), leading and trailing ones dropped.
 */
export function fitParagraphs(
  text: string,
  maxWidth: number,
  sizes: readonly number[],
  bold: boolean,
  maxLines: number | ((fontSize: number) => number),
): FittedText | null {
  const paragraphs = text
    .trim()
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p, i, all) => p !== '' || (i > 0 && all[i - 1] !== ''));
  const linesAt = typeof maxLines === 'number' ? () => maxLines : maxLines;
  const tries = sizes
    .filter((size) => linesAt(size) >= 1)
    .map((size) => wrapParagraphs(paragraphs, maxWidth, size, bold, linesAt(size)));
  return tries.find((t) => !t.cut && !t.shortened) ?? tries.find((t) => !t.shortened) ?? tries.at(-1) ?? null;
}
