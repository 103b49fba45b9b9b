// Repacks the file jsPDF wrote with PDF 1.5's compression (ISO 32000-1 §7.5.7, §7.5.8): the
// small objects go into compressed object streams and a cross-reference stream replaces the
// table, and the streams jsPDF left as they are get deflated. A tagged L report holds some 50,000
// structure elements of about 70 bytes each, plus 20 bytes each in the table: 4.7 of its 22 MB
// before, 0.9 MB after. jsPDF (pinned) writes one object after another with a
// classic table and direct stream lengths, which is all this reads.

/** zlib (RFC 1950) compression, as /FlateDecode expects: fflate's zlibSync. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/** Objects a stream holds: few enough to find one quickly, many enough to compress well. */
const PER_STREAM = 200;

/**
 * Bytes `from`–`to` as a binary string (one char a byte), which PDF syntax can be searched in.
 * Only the syntax is read this way: the streams' data (most of the file) stays bytes.
 */
export function binary(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let out = '';
  // apply() over 4 KB pieces: ten times as fast as spreading 32 KB ones.
  for (let i = from; i < to; i += 0x1000) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(i + 0x1000, to)) as unknown as number[]);
  }
  return out;
}

function bytesOf(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

interface Entry {
  num: number;
  offset: number;
}

/** The in-use entries of the classic cross-reference table (`text` starts with it), and the trailer. */
function readTable(text: string): { entries: Entry[]; size: number; trailer: string } {
  const end = text.indexOf('trailer');
  if (!text.startsWith('xref') || end < 0) throw new Error('The PDF has no cross-reference table to repack.');
  const lines = text
    .slice(4, end)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const entries: Entry[] = [];
  let num = 0;
  for (const line of lines) {
    const parts = line.split(/\s+/);
    if (parts.length === 2) num = Number(parts[0]);
    else {
      if (parts[2] === 'n') entries.push({ num, offset: Number(parts[0]) });
      num++;
    }
  }
  const trailer = text.slice(end, text.indexOf('startxref', end));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1] ?? num);
  return { entries, size, trailer };
}

const isSpace = (byte: number | undefined) => byte !== undefined && byte <= 0x20;

/**
 * Whether the object ending at `end` (the next object's offset) is a stream: it ends in
 * "endstream endobj". Throws when it does not end in "endobj" at all (the table is wrong).
 */
function endsInStream(pdf: Uint8Array, end: number): boolean {
  let at = end;
  while (isSpace(pdf[at - 1])) at--;
  if (binary(pdf, Math.max(0, at - 6), at) !== 'endobj') throw new Error(`No object ends at ${end}.`);
  at -= 6;
  while (isSpace(pdf[at - 1])) at--;
  return binary(pdf, Math.max(0, at - 9), at) === 'endstream';
}

/** The "n 0 obj" line an object's text starts with, checked against the table's number. */
function objectHead(text: string, num: number): string {
  const head = /^(\d+) 0 obj\s*/.exec(text);
  if (!head || Number(head[1]) !== num) throw new Error(`Object ${num} is not where the table says.`);
  return head[0];
}

/** Repacks `pdf`; streams without a /Filter (but the XMP metadata, kept readable) are deflated. */
export function packPdf(pdf: Uint8Array, deflate: Deflate): Uint8Array {
  const tail = binary(pdf, Math.max(0, pdf.length - 64));
  const tableAt = Number(/startxref\s+(\d+)/.exec(tail.slice(tail.lastIndexOf('startxref')))?.[1]);
  if (!(tableAt > 0)) throw new Error('The PDF has no startxref to repack.');
  const { entries, size, trailer } = readTable(binary(pdf, tableAt));
  entries.sort((a, b) => a.offset - b.offset);

  const chunks: (string | Uint8Array)[] = [];
  let length = 0;
  const put = (chunk: string | Uint8Array) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  /** Where each object starts in the new file (type 1), or its object stream and index (type 2). */
  const located = new Map<number, { stream: number; index: number } | number>();
  const putStream = (num: number, dict: string, data: Uint8Array) => {
    located.set(num, length);
    put(`${num} 0 obj\n${dict}\nstream\n`);
    put(data);
    put('\nendstream\nendobj\n');
  };

  put(binary(pdf, 0, entries[0]?.offset ?? 0));
  const small: { num: number; body: string }[] = [];
  const ends = entries.map((_, i) => entries[i + 1]?.offset ?? tableAt);
  const streams = ends.map((end) => endsInStream(pdf, end));
  for (let i = 0; i < entries.length;) {
    if (!streams[i]) {
      // A run of objects that are not streams is read as text at once, then cut into objects.
      let last = i;
      while (last + 1 < entries.length && !streams[last + 1]) last++;
      const from = entries[i].offset;
      const run = binary(pdf, from, ends[last]);
      for (; i <= last; i++) {
        const text = run.slice(entries[i].offset - from, ends[i] - from);
        const head = objectHead(text, entries[i].num);
        small.push({ num: entries[i].num, body: text.slice(head.length, text.lastIndexOf('endobj')).trim() });
      }
      continue;
    }
    const { num, offset } = entries[i];
    // A stream's dictionary is short (read further only when need be); its data is not read as text.
    // jsPDF's stream dictionaries hold no strings: the first ">> stream" ends the dictionary.
    let text = binary(pdf, offset, Math.min(ends[i], offset + 512));
    let keyword = />>\s*stream\r?\n/.exec(text);
    if (!keyword) {
      text = binary(pdf, offset, Math.min(ends[i], offset + 65536));
      keyword = />>\s*stream\r?\n/.exec(text);
    }
    const head = objectHead(text, num);
    const dictEnd = (keyword?.index ?? 0) + 2;
    const lengthMatch = /\/Length (\d+)(?!\d)/.exec(text.slice(0, dictEnd));
    if (!keyword || !lengthMatch) throw new Error(`Stream ${num} has no direct length.`);
    let dict = text.slice(head.length, dictEnd).trim();
    const from = offset + keyword.index + keyword[0].length;
    let data = pdf.subarray(from, from + Number(lengthMatch[1]));
    if (!dict.includes('/Filter') && !dict.includes('/Metadata') && data.length > 0) {
      data = deflate(data);
      dict = dict.replace(lengthMatch[0], `/Length ${data.length} /Filter /FlateDecode`);
    }
    putStream(num, dict, data);
    i++;
  }

  let next = size;
  for (let at = 0; at < small.length; at += PER_STREAM) {
    const group = small.slice(at, at + PER_STREAM);
    const stream = next++;
    const offsets: string[] = [];
    let objects = '';
    group.forEach(({ num, body }, index) => {
      offsets.push(`${num} ${objects.length}`);
      objects += `${body}\n`;
      located.set(num, { stream, index });
    });
    const header = `${offsets.join(' ')}\n`;
    const data = deflate(bytesOf(header + objects));
    putStream(
      stream,
      `<</Type /ObjStm /N ${group.length} /First ${header.length} /Filter /FlateDecode /Length ${data.length}>>`,
      data,
    );
  }

  // The cross-reference stream, with its own entry: type, 4 bytes of offset or stream, 2 of index.
  const xref = next++;
  located.set(xref, length);
  const table = new Uint8Array(next * 7);
  for (let num = 0; num < next; num++) {
    const where = located.get(num);
    const row = num * 7;
    if (where === undefined) {
      if (num === 0) table.set([0, 0, 0, 0, 0, 0xff, 0xff], row);
      continue;
    }
    const [type, field, index] = typeof where === 'number' ? [1, where, 0] : [2, where.stream, where.index];
    table.set(
      [type, field >>> 24, (field >>> 16) & 0xff, (field >>> 8) & 0xff, field & 0xff, index >> 8, index & 0xff],
      row,
    );
  }
  const keep = ['Root', 'Info']
    .map((key) => new RegExp(`/${key} \\d+ 0 R`).exec(trailer)?.[0] ?? '')
    .concat(/\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0] ?? '')
    .filter(Boolean)
    .join(' ');
  const data = deflate(table);
  putStream(xref, `<</Type /XRef /Size ${next} /W [1 4 2] ${keep} /Filter /FlateDecode /Length ${data.length}>>`, data);
  put(`startxref\n${located.get(xref) as number}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    if (typeof chunk === 'string') for (let i = 0; i < chunk.length; i++) out[at + i] = chunk.charCodeAt(i);
    else out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
