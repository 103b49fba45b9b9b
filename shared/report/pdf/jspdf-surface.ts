// The one place that talks to jsPDF (DESIGN.md: keep jsPDF behind the renderer). It embeds Noto
// Sans as Identity-H fonts (the standard 14 fonts cannot show č đ ŋ ŧ, PITFALLS.md) and offers the
// Surface primitives, pages, the outline and metadata, and the hooks the tagging module
// (tagging/) writes through: marked content into the page streams, and its objects on jsPDF's
// document events. jsPDF's own link() is not used: its inline annotations cannot be tagged.
// Strings are shown with jsPDF's font bookkeeping but written here (text()), and the finished
// file is repacked with object streams (pack-pdf.ts): issue 10's L report, figure 4.
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import type { FontFace } from './ops';
import { binary, packPdf } from './pack-pdf';
import type { PathCommand } from './path-data';
import type { PaintMode, StrokeStyle, Surface } from './surface';
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

/** A number as the content streams have them: 3 decimals at most, like jsPDF's floatPrecision. */
const num = (n: number): string => {
  const rounded = Math.round(n * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

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
  private state: { fill?: string; stroke?: string; width?: number; dash?: string; round?: boolean } = {};
  private readonly widths = new Map<string, number>();
  /** Per face, the glyph of each character code shown so far (registered with jsPDF's subset). */
  private readonly glyphs = new Map<FontFace, Map<number, number>>();

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
    this.state = {};
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
    if (state.stroke !== stroke.color) this.doc.setDrawColor((state.stroke = stroke.color));
    // Compared as written (3 decimals, floatPrecision): widths that print alike are alike.
    const width = Math.round(stroke.width * 1000) / 1000;
    if (state.width !== width) this.doc.setLineWidth((state.width = width));
    const dash = stroke.dash?.map((d) => Math.round(d * 1000) / 1000).join(' ') ?? '';
    if (state.dash !== dash) {
      state.dash = dash;
      this.doc.setLineDashPattern(stroke.dash ?? [], 0);
    }
    if (state.round !== stroke.round) {
      state.round = stroke.round;
      this.doc.setLineJoin(stroke.round ? 'round' : 'miter');
      this.doc.setLineCap(stroke.round ? 'round' : 'butt');
    }
  }

  private setPaint(fill: string | null, stroke: StrokeStyle | null): void {
    if (fill && this.state.fill !== fill) this.doc.setFillColor((this.state.fill = fill));
    if (stroke) this.setStroke(stroke);
  }

  private static style(mode: PaintMode): 'F' | 'S' | 'FD' {
    return mode === 'fill' ? 'F' : mode === 'stroke' ? 'S' : 'FD';
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
    if (r > 0.01) this.doc.roundedRect(x, y, w, h, r, r, JsPdfSurface.style(mode));
    else this.doc.rect(x, y, w, h, JsPdfSurface.style(mode));
  }

  circle(cx: number, cy: number, r: number, mode: PaintMode, fill: string | null, stroke: StrokeStyle | null): void {
    this.setPaint(fill, stroke);
    this.doc.circle(cx, cy, r, JsPdfSurface.style(mode));
  }

  path(
    commands: readonly PathCommand[],
    mode: PaintMode,
    fill: string | null,
    stroke: StrokeStyle | null,
    evenOdd: boolean,
  ): void {
    if (commands.length === 0) return;
    this.setPaint(fill, stroke);
    let open = false;
    for (const c of commands) {
      if (c.op === 'M') {
        this.doc.moveTo(c.x, c.y);
        open = true;
      } else if (!open) {
        continue;
      } else if (c.op === 'L') this.doc.lineTo(c.x, c.y);
      else if (c.op === 'C') this.doc.curveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
      else this.doc.close();
    }
    if (mode === 'stroke') this.doc.stroke();
    else if (mode === 'fill') {
      if (evenOdd) this.doc.fillEvenOdd();
      else this.doc.fill();
    } else if (evenOdd) this.doc.fillStrokeEvenOdd();
    else this.doc.fillStroke();
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: StrokeStyle): void {
    this.setStroke(stroke);
    this.doc.line(x1, y1, x2, y2, 'S');
  }

  text(text: string, x: number, y: number, face: FontFace, size: number, color: string): void {
    this.useFont(face, size);
    const glyphs = this.glyphs.get(face);
    if (!glyphs) {
      // A face's first text goes through jsPDF, which then counts the font as used and embeds it.
      this.doc.setTextColor(color);
      this.doc.text(text, x, y, { baseline: 'alphabetic' });
      this.glyphs.set(face, new Map());
      // The text's colour is the fill colour now.
      this.state.fill = undefined;
      return;
    }
    // The rest is written here: jsPDF's text() costs a fifth of an L report's time (it scans a
    // list per character and writes a font, leading and colour for every string). Text paints
    // with the fill colour, so a run of text in one colour sets it once.
    const font = this.doc.getFont() as unknown as JsPdfFont;
    const { metadata } = font;
    let hex = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let glyph = glyphs.get(code);
      if (glyph === undefined) {
        glyph = metadata.characterToGlyph(code);
        // As jsPDF's Identity-H encoding does: the glyph into the subset, its width and Unicode.
        if (glyph !== 0) {
          metadata.glyIdsUsed.push(glyph);
          metadata.toUnicode[glyph] = code;
          const { widths } = metadata.Unicode;
          if (!widths.includes(glyph)) widths.push(glyph, [Math.trunc(metadata.widthOfGlyph(glyph))]);
        }
        glyphs.set(code, glyph);
      }
      // A character the font has no glyph for is left out, as jsPDF does (not drawn as .notdef).
      if (glyph !== 0) hex += glyph.toString(16).padStart(4, '0');
    }
    this.setPaint(color, null);
    const internal = (this.doc as unknown as JsPdfInternals).internal;
    internal.write(
      `BT\n/${font.id} ${num(size)} Tf\n${num(x)} ${num(internal.getVerticalCoordinate(y))} Td\n<${hex}> Tj\nET`,
    );
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
    this.doc.addImage(`data:${mimeType};base64,${data}`, format, x, y, w, h, alias, 'FAST');
  }

  clipRect(x: number, y: number, w: number, h: number): void {
    this.doc.rect(x, y, w, h, null);
    this.doc.clip();
    this.doc.discardPath();
  }

  save(): void {
    this.doc.saveGraphicsState();
  }

  restore(): void {
    this.doc.restoreGraphicsState();
    // The graphics state (and the font in it) is back to what it was: set it again next time.
    this.forgetState();
  }

  // Document-level operations (not part of Surface).

  addPage(width: number, height: number, orientation: Orientation): void {
    this.doc.addPage([width, height], orientation);
    this.forgetState();
  }

  /** Makes page `page` (from 1) the one drawn on. */
  setPage(page: number): void {
    this.doc.setPage(page);
    this.forgetState();
  }

  pageCount(): number {
    return this.doc.getNumberOfPages();
  }

  /** Writes operators (marked content) into the current page's content stream. */
  markedContent(operators: string): void {
    (this.doc as unknown as JsPdfInternals).internal.write(operators);
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
        'putCatalog',
        guarded(() => internal.write(parts.catalogEntries())),
      ),
    ];
    try {
      const bytes = new Uint8Array(this.doc.output('arraybuffer'));
      if (errors.length > 0) throw new Error('Writing the PDF structure failed.', { cause: errors[0] });
      return packPdf(bytes, (data) => zlibSync(data, { level: 6 }));
    } finally {
      for (const token of tokens) internal.events.unsubscribe(token);
    }
  }
}
