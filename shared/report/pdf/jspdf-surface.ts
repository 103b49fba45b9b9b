// The one place that talks to jsPDF (DESIGN.md: keep jsPDF behind the renderer). It embeds Noto
// Sans as Identity-H fonts (the standard 14 fonts cannot show č đ ŋ ŧ, PITFALLS.md) and offers the
// Surface primitives, pages, the outline and metadata, and the hooks the tagging module
// (tagging/) writes through: marked content into the page streams, and its objects on jsPDF's
// document events. jsPDF's own link() is not used: its inline annotations cannot be tagged.
// Strings are shown with jsPDF's font bookkeeping but written here (text()), as are shapes and
// their colours (rounded rectangles placed as forms, shape-forms.ts), and the finished file is
// repacked with object streams (pack-pdf.ts): issue 10's L report, figure 4.
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import type { FontFace } from './ops';
import { binary, packPdf } from './pack-pdf';
import type { PathCommand } from './path-data';
import { num, ShapeForms, type PaintOperator } from './shape-forms';
import type { PaintMode, PathPlacement, StrokeStyle, Surface } from './surface';
import type { DocumentParts, ObjectWriter } from './tagging/object-writer';
import type { Orientation } from '../tree';

/**
 * The parts of jsPDF's internal API the tagging needs (jsPDF 4.2.1, pinned exactly: the tagging
 * tests fail if an upgrade changes them).
 */
interface JsPdfInternals {
  internal: {
    write(text: string): void;
    /** The PDF's y (from the bottom) of a y from the current page's top. */
    getVerticalCoordinate(y: number): number;
    newObjectDeferred(): number;
    newObjectDeferredBegin(id: number, output: boolean): number;
    getPageInfo(page: number): { objId: number };
    events: {
      subscribe(topic: string, handler: (...args: never[]) => void): string;
      unsubscribe(token: string): boolean;
    };
  };
  __private__: { setPdfVersion(version: string): void };
}

/**
 * An embedded font as jsPDF keeps it (getFont()): its resource name, and the TrueType font whose
 * used glyphs, widths and Unicode map jsPDF writes as the subset at the end.
 */
interface JsPdfFont {
  id: string;
  metadata: {
    characterToGlyph(code: number): number;
    widthOfGlyph(glyph: number): number;
    glyIdsUsed: number[];
    toUnicode: Record<number, number>;
    Unicode: { widths: (number | number[])[] };
  };
}

/**
 * A byte of a literal string (ISO 32000-1 §7.3.4.2) as one character of jsPDF's binary output:
 * half the length of hex. The delimiters and the backslash are escaped, and CR (which a reader
 * would take for a line end).
 */
function literalBytes(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0d) return '\\r';
  return String.fromCharCode(byte);
}

/**
 * A path's operators, each point (x, y) of `commands` (y down) at (dx + x, dy − y) in PDF space
 * (y up), with a line end after each; nothing before the first move.
 */
function pathOperators(commands: readonly PathCommand[], dx: number, dy: number): string {
  const X = (x: number) => num(dx + x);
  const Y = (y: number) => num(dy - y);
  let ops = '';
  let open = false;
  for (const c of commands) {
    if (c.op === 'M') {
      ops += `${X(c.x)} ${Y(c.y)} m\n`;
      open = true;
    } else if (!open) continue;
    else if (c.op === 'L') ops += `${X(c.x)} ${Y(c.y)} l\n`;
    else if (c.op === 'C') ops += `${X(c.x1)} ${Y(c.y1)} ${X(c.x2)} ${Y(c.y2)} ${X(c.x)} ${Y(c.y)} c\n`;
    else ops += 'h\n';
  }
  return ops;
}

/** The box (PDF space about the path's origin) of the points of `commands`, `pad` wider each way. */
function pathBox(commands: readonly PathCommand[], pad: number): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of commands) {
    if (c.op === 'Z') continue;
    xs.push(c.x);
    ys.push(-c.y);
    if (c.op === 'C') {
      xs.push(c.x1, c.x2);
      ys.push(-c.y1, -c.y2);
    }
  }
  if (xs.length === 0) return [0, 0, 0, 0];
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

/** What jsPDF passes to a 'putPage' handler. */
interface PutPageData {
  pageNumber: number;
}

/** Noto Sans TTF files, passed in as bytes: Node reads them from resources/fonts, the browser fetches them. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

const FAMILY = 'NotoSans';
const STYLE: Record<FontFace, string> = { regular: 'normal', bold: 'bold', italic: 'italic' };

/**
 * A string for the PDF's own text fields (metadata, bookmarks): PDFDocEncoding when plain ASCII
 * or Latin-1 letters, else UTF-16BE with a byte-order mark (jsPDF writes strings byte by byte).
 */
export function pdfTextString(text: string): string {
  if (/^[\u0020-\u007e\u00a1-\u00ff]*$/.test(text)) return text;
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return out;
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  lang: string;
}

export class JsPdfSurface implements Surface {
  private readonly doc: jsPDF;
  private font: { face: FontFace; size: number } | null = null;
  /**
   * The stroke and fill state last written to the page, so a run of shapes alike writes it once
   * (jsPDF writes every setter as given): forgotten wherever the PDF's own state may differ.
   */
  private state: { fill?: string; stroke?: string; width?: string; dash?: string; round?: boolean } = {};
  private readonly widths = new Map<string, number>();
  /**
   * Per face, each character code shown so far as its glyph's two bytes in a literal string
   * ('' when the font has none); the glyph is registered with jsPDF's subset.
   */
  private readonly glyphs = new Map<FontFace, Map<number, string>>();
  /** The font and size last written with Tf (text state outlasts BT … ET), or null. */
  private shownFont: string | null = null;
  private readonly forms = new ShapeForms();
  /**
   * Operators written since the last flush(), handed to jsPDF joined: a page's content is then a
   * few long strings instead of tens of thousands of short ones the garbage collector must trace.
   */
  private pending: string[] = [];
  /** Each colour's operators, by '#rrggbb' and "rg" or "RG". */
  private readonly colors = new Map<string, string>();

  constructor(fonts: ReportFonts, first: { width: number; height: number; orientation: Orientation }) {
    this.doc = new jsPDF({
      unit: 'pt',
      format: [first.width, first.height],
      orientation: first.orientation,
      putOnlyUsedFonts: true,
      // packPdf deflates the streams (jsPDF's own deflate builds its output a byte at a time).
      compress: false,
      // jsPDF writes 16 decimals by default: a thousandth of a point is below any zoom's pixel, and
      // the content streams (most of an L report's bytes) get little more than half as long.
      floatPrecision: 3,
    });
    for (const face of ['regular', 'bold', 'italic'] as const) {
      const file = `NotoSans-${face}.ttf`;
      const bytes = fonts[face];
      if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 1 || bytes[2] !== 0 || bytes[3] !== 0) {
        throw new Error(`The ${face} font is not a TrueType font.`);
      }
      // jsPDF reads a VFS file that starts like a TrueType font as raw bytes (a binary string).
      this.doc.addFileToVFS(file, binary(bytes));
      this.doc.addFont(file, FAMILY, STYLE[face], undefined, 'Identity-H');
    }
    this.useFont('regular', 10);
  }

  private useFont(face: FontFace, size: number): void {
    if (this.font?.face === face && this.font.size === size) return;
    this.doc.setFont(FAMILY, STYLE[face]);
    // jsPDF writes the size as given (16 digits for a scaled diagram's labels).
    this.doc.setFontSize(Math.round(size * 1000) / 1000);
    this.font = { face, size };
  }

  /** The page's graphics state is no longer what was last written (a Q, a new page, text's colour). */
  private forgetState(): void {
    this.font = null;
    this.shownFont = null;
    this.state = {};
  }

  /**
   * Writes operators into the current page's content stream. Shapes are written here, a shape a
   * call, rather than through jsPDF's path API: that formats each number and writes each operator
   * apart, and its garbage was a third of an L report's time (issue 10).
   */
  private write(operators: string): void {
    this.pending.push(operators);
    if (this.pending.length >= 2000) this.flush();
  }

  /** Hands the pending operators to jsPDF: before any jsPDF call that writes to the page itself. */
  private flush(): void {
    if (this.pending.length === 0) return;
    (this.doc as unknown as JsPdfInternals).internal.write(this.pending.join('\n'));
    this.pending = [];
  }

  /** A colour's operator as jsPDF writes it (2 decimals; gray as g or G). */
  private color(hex: string, operator: 'rg' | 'RG'): string {
    const key = hex + operator;
    let out = this.colors.get(key);
    if (out === undefined) {
      if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a colour: ${hex}`);
      const value = parseInt(hex.slice(1), 16);
      const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) =>
        num(Math.round((c / 255) * 100) / 100),
      );
      out = r === g && g === b ? `${r} ${operator === 'rg' ? 'g' : 'G'}` : `${r} ${g} ${b} ${operator}`;
      this.colors.set(key, out);
    }
    return out;
  }

  /** The PDF's y (up from the bottom) of a y down from the current page's top. */
  private pdfY(y: number): number {
    return (this.doc as unknown as JsPdfInternals).internal.getVerticalCoordinate(y);
  }

  width(text: string, face: FontFace, size: number): number {
    // Widths scale with the size: measure once per face at 1 pt.
    const key = `${face}\u0000${text}`;
    let unit = this.widths.get(key);
    if (unit === undefined) {
      this.useFont(face, size);
      unit = this.doc.getStringUnitWidth(text);
      if (this.widths.size > 50_000) this.widths.clear();
      this.widths.set(key, unit);
    }
    return unit * size;
  }

  private setStroke(stroke: StrokeStyle): void {
    const { state } = this;
    if (state.stroke !== stroke.color) this.write(this.color((state.stroke = stroke.color), 'RG'));
    // Compared as written (3 decimals, floatPrecision): widths that print alike are alike.
    const width = num(stroke.width);
    if (state.width !== width) this.write(`${(state.width = width)} w`);
    const dash = stroke.dash?.map(num).join(' ') ?? '';
    if (state.dash !== dash) this.write(`[${(state.dash = dash)}] 0 d`);
    if (state.round !== stroke.round) {
      state.round = stroke.round;
      // Round joins and caps, or mitre joins and butt caps.
      this.write(stroke.round ? '1 j\n1 J' : '0 j\n0 J');
    }
  }

  private setPaint(fill: string | null, stroke: StrokeStyle | null): void {
    if (fill && this.state.fill !== fill) this.write(this.color((this.state.fill = fill), 'rg'));
    if (stroke) this.setStroke(stroke);
  }

  private static style(mode: PaintMode): 'F' | 'S' | 'FD' {
    return mode === 'fill' ? 'F' : mode === 'stroke' ? 'S' : 'FD';
  }

  private static operator(mode: PaintMode): PaintOperator {
    return mode === 'fill' ? 'f' : mode === 'stroke' ? 'S' : 'B';
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    radius: number,
    mode: PaintMode,
    fill: string | null,
    stroke: StrokeStyle | null,
  ): void {
    this.setPaint(fill, stroke);
    const r = Math.min(radius, w / 2, h / 2);
    const paint = JsPdfSurface.operator(mode);
    const bottom = this.pdfY(y + h);
    if (r > 0.01) this.write(this.forms.roundedRect(x, bottom, w, h, r, paint, stroke?.width ?? 0));
    else this.write(`${num(x)} ${num(bottom)} ${num(w)} ${num(h)} re\n${paint}`);
  }

  circle(cx: number, cy: number, r: number, mode: PaintMode, fill: string | null, stroke: StrokeStyle | null): void {
    this.setPaint(fill, stroke);
    this.flush();
    this.doc.circle(cx, cy, r, JsPdfSurface.style(mode));
  }

  path(
    commands: readonly PathCommand[],
    mode: PaintMode,
    fill: string | null,
    stroke: StrokeStyle | null,
    evenOdd: boolean,
    at?: PathPlacement,
  ): void {
    if (commands.length === 0) return;
    this.setPaint(fill, stroke);
    const base = JsPdfSurface.operator(mode);
    const paint = evenOdd && base !== 'S' ? `${base}*` : base;
    // Nothing drawn before the first move: no path to paint.
    if (!commands.some((c) => c.op === 'M')) return;
    if (!at) {
      this.write(pathOperators(commands, 0, this.pdfY(0)) + paint);
      return;
    }
    const pad = Math.ceil(stroke?.width ?? 0) + 1;
    const [x, y] = [at.x, this.pdfY(at.y)];
    this.write(
      this.forms.place(
        `path ${at.key} ${paint} ${pad}`,
        x,
        y,
        () => ({ body: pathOperators(commands, 0, 0) + paint, box: pathBox(commands, pad) }),
        () => pathOperators(commands, x, y) + paint,
      ),
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: StrokeStyle): void {
    this.setStroke(stroke);
    this.write(`${num(x1)} ${num(this.pdfY(y1))} m\n${num(x2)} ${num(this.pdfY(y2))} l\nS`);
  }

  text(text: string, x: number, y: number, face: FontFace, size: number, color: string): void {
    this.useFont(face, size);
    const glyphs = this.glyphs.get(face);
    if (!glyphs) {
      // A face's first text goes through jsPDF, which then counts the font as used and embeds it.
      this.flush();
      this.doc.setTextColor(color);
      this.doc.text(text, x, y, { baseline: 'alphabetic' });
      this.glyphs.set(face, new Map());
      this.shownFont = null;
      // The text's colour is the fill colour now.
      this.state.fill = undefined;
      return;
    }
    // The rest is written here: jsPDF's text() costs a fifth of an L report's time (it scans a
    // list per character and writes a font, leading and colour for every string). Text paints
    // with the fill colour, so a run of text in one colour sets it once.
    const font = this.doc.getFont() as unknown as JsPdfFont;
    const { metadata } = font;
    let shown = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let bytes = glyphs.get(code);
      if (bytes === undefined) {
        const glyph = metadata.characterToGlyph(code);
        // As jsPDF's Identity-H encoding does: the glyph into the subset, its width and Unicode.
        if (glyph !== 0) {
          metadata.glyIdsUsed.push(glyph);
          metadata.toUnicode[glyph] = code;
          const { widths } = metadata.Unicode;
          if (!widths.includes(glyph)) widths.push(glyph, [Math.trunc(metadata.widthOfGlyph(glyph))]);
        }
        // A character the font has no glyph for is left out, as jsPDF does (not drawn as .notdef).
        bytes = glyph === 0 ? '' : literalBytes(glyph >> 8) + literalBytes(glyph & 0xff);
        glyphs.set(code, bytes);
      }
      shown += bytes;
    }
    this.setPaint(color, null);
    // Tf is text state, which BT does not reset: written when it changes.
    const fontOperator = `/${font.id} ${num(size)} Tf\n`;
    const tf = fontOperator === this.shownFont ? '' : fontOperator;
    this.shownFont = fontOperator;
    this.write(`BT\n${tf}${num(x)} ${num(this.pdfY(y))} Td\n(${shown}) Tj\nET`);
  }

  image(
    data: string,
    mimeType: 'image/jpeg' | 'image/png',
    alias: string,
    x: number,
    y: number,
    w: number,
    h: number,
  ): void {
    const format = mimeType === 'image/png' ? 'PNG' : 'JPEG';
    this.flush();
    this.doc.addImage(`data:${mimeType};base64,${data}`, format, x, y, w, h, alias, 'FAST');
  }

  clipRect(x: number, y: number, w: number, h: number): void {
    this.flush();
    this.doc.rect(x, y, w, h, null);
    this.doc.clip();
    this.doc.discardPath();
  }

  save(): void {
    this.flush();
    this.doc.saveGraphicsState();
  }

  restore(): void {
    this.flush();
    this.doc.restoreGraphicsState();
    // The graphics state (and the font in it) is back to what it was: set it again next time.
    this.forgetState();
  }

  // Document-level operations (not part of Surface).

  addPage(width: number, height: number, orientation: Orientation): void {
    this.flush();
    this.doc.addPage([width, height], orientation);
    this.forgetState();
  }

  /** Makes page `page` (from 1) the one drawn on. */
  setPage(page: number): void {
    this.flush();
    this.doc.setPage(page);
    this.forgetState();
  }

  pageCount(): number {
    return this.doc.getNumberOfPages();
  }

  /** Writes operators (marked content) into the current page's content stream. */
  markedContent(operators: string): void {
    this.write(operators);
  }

  /** Adds an outline (bookmark) entry under `parent` (null: top level) to page `page` (from 1). */
  bookmark(parent: unknown, title: string, page: number): unknown {
    return this.doc.outline.add(parent ?? null, pdfTextString(title), { pageNumber: page });
  }

  /**
   * The PDF file. `parts` (the tagging) writes into the page dictionaries, its objects after the
   * pages and entries into the catalog, on jsPDF's document events. jsPDF's event system logs and
   * swallows what a handler throws, which would leave a broken file: errors are collected and
   * rethrown here.
   */
  finish(info: DocumentInfo, parts: DocumentParts): Uint8Array {
    this.flush();
    this.doc.setProperties({
      title: pdfTextString(info.title),
      author: pdfTextString(info.author),
      subject: pdfTextString(info.subject),
      keywords: pdfTextString(info.keywords),
      creator: pdfTextString(info.creator),
    });
    // jsPDF checks the code against its own list; the report's languages (en, fi, sv) are on it.
    this.doc.setLanguage(info.lang as Parameters<jsPDF['setLanguage']>[0]);
    this.doc.viewerPreferences({ DisplayDocTitle: true });
    const pdf = this.doc as unknown as JsPdfInternals;
    const { internal } = pdf;
    // Structure trees, /MarkInfo and /Lang on structure elements are PDF 1.4+; PDF/UA-1 is on 1.7.
    pdf.__private__.setPdfVersion('1.7');
    const writer: ObjectWriter = {
      reserve: () => internal.newObjectDeferred(),
      object: (id, body) => {
        internal.newObjectDeferredBegin(id, true);
        internal.write(body);
        internal.write('endobj');
      },
      stream: (id, entries, data) => {
        internal.newObjectDeferredBegin(id, true);
        internal.write(`<<${entries} /Length ${data.length}>>`);
        internal.write('stream');
        internal.write(data);
        internal.write('endstream');
        internal.write('endobj');
      },
      pageObject: (page) => internal.getPageInfo(page + 1).objId,
    };
    const errors: unknown[] = [];
    const guarded =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A) => {
        try {
          handler(...args);
        } catch (error) {
          errors.push(error);
        }
      };
    const tokens = [
      internal.events.subscribe(
        'putPage',
        guarded((data: PutPageData) => internal.write(parts.pageEntries(data.pageNumber - 1, writer))),
      ),
      internal.events.subscribe(
        'postPutPages',
        guarded(() => parts.afterPages(writer)),
      ),
      internal.events.subscribe(
        'putResources',
        guarded(() => this.forms.write(writer)),
      ),
      internal.events.subscribe(
        'putXobjectDict',
        guarded(() => {
          const entries = this.forms.dictionaryEntries();
          if (entries) internal.write(entries);
        }),
      ),
      internal.events.subscribe(
        'putCatalog',
        guarded(() => internal.write(parts.catalogEntries())),
      ),
    ];
    try {
      const bytes = new Uint8Array(this.doc.output('arraybuffer'));
      if (errors.length > 0) throw new Error('Writing the PDF structure failed.', { cause: errors[0] });
      // Level 3: two thirds of level 6's time for an L report, 2 % more bytes (issue 10).
      return packPdf(bytes, (data) => zlibSync(data, { level: 3 }));
    } finally {
      for (const token of tokens) internal.events.unsubscribe(token);
    }
  }
}
