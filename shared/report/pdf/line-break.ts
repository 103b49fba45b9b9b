// Line breaking for the report: greedy, measured with the embedded font, breaking at spaces, after
// a hyphen inside a compound, and at hyphenation points of the run's language; a word with no
// point that fits is cut between letters only as a last resort. Unlike jsPDF's splitTextToSize,
// the space at a wrap stays at the end of the line's text (not measured), so extracted text and
// (later) tagged text keep their word boundaries.
import type { Run } from '../tree';
import { hyphenPoints } from './hyphenation';
import type { FontFace, Measurer } from './ops';

export interface Fragment {
  text: string;
  face: FontFace;
  lang: string;
  /** Offset from the line's start. */
  x: number;
  width: number;
  /** The text ends in a hyphen the line break added (not in the source text). */
  addedHyphen?: boolean;
}

export interface Line {
  fragments: Fragment[];
  width: number;
}

/** A piece of one run with no space inside. */
interface Piece {
  text: string;
  face: FontFace;
  lang: string;
  /** The head of a word cut at a line break, ending in a hyphen the break added. */
  addedHyphen?: boolean;
}

/** Pieces with no break between them, and whether a space follows. */
interface Word {
  pieces: Piece[];
  spaceAfter: boolean;
}

const faceOf = (run: Run, base: FontFace): FontFace =>
  run.style === 'bold' ? 'bold' : run.style === 'italic' ? 'italic' : base;

/** Characters PDF text cannot show sensibly: controls and soft hyphens (we hyphenate ourselves). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b]/g;

function wordsOf(runs: readonly Run[], base: FontFace): Word[] {
  const words: Word[] = [];
  let current: Piece[] = [];
  const finish = (spaceAfter: boolean) => {
    if (current.length > 0) words.push({ pieces: current, spaceAfter });
    else if (spaceAfter && words.length > 0) words[words.length - 1].spaceAfter = true;
    current = [];
  };
  for (const run of runs) {
    const face = faceOf(run, base);
    const parts = run.text.replace(INVISIBLE, '').split(/(\s+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) finish(true);
      else current.push({ text: part, face, lang: run.lang });
    }
  }
  finish(false);
  return words;
}

const pieceWidth = (m: Measurer, p: Piece, size: number) => m.width(p.text, p.face, size);
const wordWidth = (m: Measurer, w: Word, size: number) => w.pieces.reduce((sum, p) => sum + pieceWidth(m, p, size), 0);

/** Break points inside a one-piece word: after an inner hyphen or dash (kept), or a hyphenation point (adds "-"). */
function breakPoints(piece: Piece): { at: number; addHyphen: boolean }[] {
  const points = new Map<number, boolean>();
  for (const at of hyphenPoints(piece.text, piece.lang)) points.set(at, true);
  for (let i = 1; i < piece.text.length - 1; i++) {
    if ('-–—/'.includes(piece.text[i]) && /\p{L}/u.test(piece.text[i + 1])) points.set(i + 1, false);
  }
  return [...points.entries()].map(([at, addHyphen]) => ({ at, addHyphen })).sort((a, b) => a.at - b.at);
}

/**
 * Splits a word so its head (with a hyphen where one is added) fits in `room`; the head as long as
 * possible. `force` cuts between letters when no break point fits (a line of its own).
 */
function splitWord(m: Measurer, word: Word, size: number, room: number, force: boolean): [Word, Word] | null {
  // Break inside the last piece that starts within the room; multi-piece words break at piece edges too.
  let used = 0;
  for (let i = 0; i < word.pieces.length; i++) {
    const piece = word.pieces[i];
    const width = pieceWidth(m, piece, size);
    if (used + width > room) {
      const candidates = breakPoints(piece)
        .filter(
          ({ at, addHyphen }) =>
            used + m.width(piece.text.slice(0, at) + (addHyphen ? '-' : ''), piece.face, size) <= room,
        )
        .reverse();
      const best = candidates[0];
      if (best) return cut(word, i, best.at, best.addHyphen);
      if (i > 0)
        return [
          { pieces: word.pieces.slice(0, i), spaceAfter: false },
          { pieces: word.pieces.slice(i), spaceAfter: word.spaceAfter },
        ];
      if (!force || piece.text.length < 2) return null;
      // A last resort: as many letters as fit (at least one), with a hyphen.
      let at = 1;
      while (at < piece.text.length - 1 && used + m.width(piece.text.slice(0, at + 1) + '-', piece.face, size) <= room)
        at++;
      return cut(word, i, at, true);
    }
    used += width;
  }
  return null;
}

function cut(word: Word, index: number, at: number, addHyphen: boolean): [Word, Word] {
  const piece = word.pieces[index];
  const head: Piece = { ...piece, text: piece.text.slice(0, at) + (addHyphen ? '-' : ''), addedHyphen: addHyphen };
  const tail: Piece = { ...piece, text: piece.text.slice(at) };
  return [
    { pieces: [...word.pieces.slice(0, index), head], spaceAfter: false },
    { pieces: [tail, ...word.pieces.slice(index + 1)], spaceAfter: word.spaceAfter },
  ];
}

/** Lays pieces of one line out as fragments, merging neighbours of the same face and language. */
function toLine(m: Measurer, words: Word[], size: number, last: boolean): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  words.forEach((word, wi) => {
    word.pieces.forEach((piece, pi) => {
      const spaced = pi === word.pieces.length - 1 && word.spaceAfter && (wi < words.length - 1 || !last);
      const text = piece.text + (spaced ? ' ' : '');
      const prev = fragments.at(-1);
      if (prev && prev.face === piece.face && prev.lang === piece.lang) {
        prev.text += text;
        prev.width = m.width(prev.text, prev.face, size);
      } else {
        fragments.push({ text, face: piece.face, lang: piece.lang, x, width: m.width(text, piece.face, size) });
      }
      const fragment = fragments.at(-1);
      // Only a line's last piece can be a cut word's head: the line ends in its hyphen.
      if (fragment && piece.addedHyphen) fragment.addedHyphen = true;
      x = (fragment?.x ?? 0) + (fragment?.width ?? 0);
    });
  });
  // The space after a line's last word is kept in its text for extraction but not measured.
  const tail = fragments.at(-1);
  const trailing = tail && tail.text.endsWith(' ') ? m.width(' ', tail.face, size) : 0;
  return { fragments, width: x - trailing };
}

/** Breaks runs into lines no wider than maxWidth (points) at font size `size`. */
export function breakLines(m: Measurer, runs: readonly Run[], base: FontFace, size: number, maxWidth: number): Line[] {
  const queue = wordsOf(runs, base);
  const lines: Line[] = [];
  let line: Word[] = [];
  let width = 0;
  const space = (w: Word) => m.width(' ', w.pieces.at(-1)?.face ?? base, size);
  const flush = (last: boolean) => {
    if (line.length > 0) lines.push(toLine(m, line, size, last));
    line = [];
    width = 0;
  };
  while (queue.length > 0) {
    const word = queue.shift() as Word;
    const before = line.length > 0 ? space(line[line.length - 1]) : 0;
    const w = wordWidth(m, word, size);
    if (width + before + w <= maxWidth) {
      line.push(word);
      width += before + w;
      continue;
    }
    // Hyphenate into the rest of this line when the word is long enough to be worth it.
    const room = maxWidth - width - before;
    const split = splitWord(m, word, size, room, line.length === 0);
    if (split && (line.length === 0 || room > maxWidth * 0.12)) {
      line.push(split[0]);
      flush(false);
      queue.unshift(split[1]);
      continue;
    }
    if (line.length === 0) {
      // Nothing fits, not even a letter: place the word alone rather than loop.
      line.push(word);
      flush(false);
      continue;
    }
    flush(false);
    queue.unshift(word);
  }
  flush(true);
  return lines;
}
