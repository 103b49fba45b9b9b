// PDF object syntax the tagging module writes itself: text strings, names and numbers. jsPDF's
// output is a "binary string" (one char a byte), so everything here stays below U+0100.

/**
 * A text string: a literal string when the text is printable ASCII or Latin-1 letters (where
 * PDFDocEncoding and Latin-1 agree), else UTF-16BE with a byte-order mark as a hex string.
 */
export function textString(text: string): string {
  if (/^[\u0020-\u007e\u00a1-\u00ff]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A language tag as a PDF string (ASCII only: BCP 47 tags are). */
export function langString(lang: string): string {
  return `(${lang.replace(/[^A-Za-z0-9-]/g, '')})`;
}

/** A number in PDF syntax, with at most 2 decimals (points). */
export const num = (n: number): string => {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

export const ref = (id: number): string => `${id} 0 R`;

/** UTF-8 bytes of a string, as a binary string (for the XMP stream; shared/ has no TextEncoder). */
export function utf8Binary(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}
