// Rounded rectangles (note and actor cards, tag pills) and icons drawn once each as a form XObject
// (ISO 32000-1 §8.10) and placed with `cm` + `Do`: an L report draws some 30,000 cards in under a
// thousand sizes, and their curves were a quarter of its content streams (issue 10, figure 4).
// A form paints with the colours, line width and dash in force where it is placed, so one form
// serves every colour; what it paints belongs to the marked-content sequence that places it.
import type { ObjectWriter } from './tagging/object-writer';

/** The fraction digits of each thousandth, trailing zeros cut: "5" for 500, "05" for 50. */
const THOUSANDTHS = Array.from({ length: 1000 }, (_, i) =>
  String(i + 1000)
    .slice(1)
    .replace(/0+$/, ''),
);

/**
 * A number as the content streams have them: 3 decimals at most (jsPDF's floatPrecision), no
 * leading zero (".5"). Built from integers: String() of a fraction was a tenth of the painting.
 */
export function num(n: number): string {
  let thousandths = Math.round(n * 1000);
  if (thousandths === 0) return '0';
  const sign = thousandths < 0 ? '-' : '';
  if (thousandths < 0) thousandths = -thousandths;
  const whole = Math.floor(thousandths / 1000);
  const fraction = thousandths - whole * 1000;
  if (fraction === 0) return `${sign}${whole}`;
  return whole === 0 ? `${sign}.${THOUSANDTHS[fraction]}` : `${sign}${whole}.${THOUSANDTHS[fraction]}`;
}

/** The painting operator of a path: fill, stroke, or both. */
export type PaintOperator = 'f' | 'S' | 'B';

/** Bézier handles of a quarter circle (as jsPDF's roundedRect). */
const ARC = (4 / 3) * (Math.SQRT2 - 1);

/**
 * The path of a rectangle with corners of radius `r`, its bottom left at (x, y) in PDF space
 * (y up), closed: the operators, one a line.
 */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  const k = r * ARC;
  const [x0, x1, x2, x3] = [num(x), num(x + r), num(x + w - r), num(x + w)];
  const [y0, y1, y2, y3] = [num(y), num(y + r), num(y + h - r), num(y + h)];
  const [xa, xb, ya, yb] = [num(x + r - k), num(x + w - r + k), num(y + r - k), num(y + h - r + k)];
  return (
    `${x1} ${y0} m\n${x2} ${y0} l\n${xb} ${y0} ${x3} ${ya} ${x3} ${y1} c\n` +
    `${x3} ${y2} l\n${x3} ${yb} ${xb} ${y3} ${x2} ${y3} c\n${x1} ${y3} l\n` +
    `${xa} ${y3} ${x0} ${yb} ${x0} ${y2} c\n${x0} ${y1} l\n${x0} ${ya} ${xa} ${y0} ${x1} ${y0} c\nh`
  );
}

interface Form {
  name: string;
  /** The form's content: the path and its painting operator. */
  body: string;
  /** The form's bounding box (it clips): the shape with room for half its stroke. */
  box: string;
  uses: number;
}

/** A shape drawn this often inline before it becomes a form: a form costs more than two copies. */
const INLINE_USES = 2;

/** A shape as a form draws it, about its own origin. */
export interface FormShape {
  body: string;
  /** Left, bottom, right, top. */
  box: [number, number, number, number];
}

export class ShapeForms {
  private readonly forms = new Map<string, Form>();
  /** The forms that were placed, in order (their resource names are /Fs0, /Fs1, …). */
  private readonly placed: Form[] = [];
  private ids: number[] = [];

  /**
   * The operators that paint the shape named `key` with its origin at (x, y) (PDF space): `inline`
   * the first few times the shape comes, then through its form (`shape`, made once).
   */
  place(key: string, x: number, y: number, shape: () => FormShape, inline: () => string): string {
    let form = this.forms.get(key);
    if (!form) {
      form = { name: '', body: '', box: '', uses: 0 };
      this.forms.set(key, form);
    }
    form.uses++;
    if (form.uses <= INLINE_USES) return inline();
    if (!form.name) {
      const { body, box } = shape();
      form.name = `Fs${this.placed.length}`;
      form.body = body;
      form.box = box.map(num).join(' ');
      this.placed.push(form);
    }
    return `q 1 0 0 1 ${num(x)} ${num(y)} cm /${form.name} Do Q`;
  }

  /**
   * The operators that paint a w × h rectangle with corners of radius r, its bottom left at (x, y)
   * (PDF space), stroked `stroke` wide (or 0).
   */
  roundedRect(x: number, y: number, w: number, h: number, r: number, paint: PaintOperator, stroke: number): string {
    // Keyed as written: sizes that print alike are alike.
    const [sw, sh, sr] = [num(w), num(h), num(r)];
    const pad = Math.ceil(stroke) + 1;
    return this.place(
      `rect ${sw} ${sh} ${sr} ${paint} ${pad}`,
      x,
      y,
      () => {
        const [fw, fh] = [Number(sw), Number(sh)];
        return {
          body: `${roundedRectPath(0, 0, fw, fh, Number(sr))}\n${paint}`,
          box: [-pad, -pad, fw + pad, fh + pad],
        };
      },
      () => `${roundedRectPath(x, y, w, h, r)}\n${paint}`,
    );
  }

  /** Writes the placed forms as objects (on jsPDF's 'putResources'). */
  write(writer: ObjectWriter): void {
    this.ids = this.placed.map((form) => {
      const id = writer.reserve();
      writer.stream(id, `/Type /XObject /Subtype /Form /BBox [${form.box}] /Resources <<>>`, form.body);
      return id;
    });
  }

  /** The entries of the pages' /XObject resource dictionary (on jsPDF's 'putXobjectDict'). */
  dictionaryEntries(): string {
    return this.placed.map((form, i) => `/${form.name} ${this.ids[i]} 0 R`).join('\n');
  }
}
