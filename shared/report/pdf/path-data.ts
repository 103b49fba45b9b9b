// SVG path data (every command, relative ones and arcs included) as absolute moves, lines, cubic
// Béziers and closes: what a PDF content stream can draw. Icons in the scene use arcs and
// relative commands, so a drawer without an SVG engine needs this.

export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

/** Reads path data character by character: numbers ("1.5.5" is 1.5 then .5) and one-digit arc flags ("011" is 0, 1, 1). */
class Scanner {
  private i = 0;
  constructor(private readonly d: string) {}

  private skip(): void {
    while (this.i < this.d.length && /[\s,]/.test(this.d[this.i])) this.i++;
  }

  /** The next command letter, or null when a number (an implicit repeat) or the end comes next. */
  command(): string | null {
    this.skip();
    const ch = this.d[this.i];
    if (ch !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/.test(ch)) {
      this.i++;
      return ch;
    }
    return null;
  }

  atEnd(): boolean {
    this.skip();
    return this.i >= this.d.length;
  }

  number(): number | null {
    this.skip();
    const match = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.d.slice(this.i, this.i + 64));
    if (!match) return null;
    this.i += match[0].length;
    return Number(match[0]);
  }

  flag(): number | null {
    this.skip();
    const ch = this.d[this.i];
    if (ch !== '0' && ch !== '1') return null;
    this.i++;
    return Number(ch);
  }
}

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7 };

function readArgs(scanner: Scanner, command: string): number[] | null {
  const upper = command.toUpperCase();
  const args: number[] = [];
  for (let slot = 0; slot < (ARGS[upper] ?? 0); slot++) {
    const value = upper === 'A' && (slot === 3 || slot === 4) ? scanner.flag() : scanner.number();
    if (value === null) return null;
    args.push(value);
  }
  return args;
}

/** An elliptical arc (SVG endpoint form) as cubic Béziers of at most 90° each (SVG 1.1 appendix F.6). */
function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  largeArc: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): PathCommand[] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) return [{ op: 'L', x: x2, y: y2 }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const coef = (largeArc === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const vectorAngle = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = vectorAngle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = vectorAngle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number) => ({
    x: cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin,
    y: cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos,
  });
  const derivative = (t: number) => ({
    x: -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin,
    y: -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos,
  });
  const out: PathCommand[] = [];
  for (let i = 0; i < segments; i++) {
    const t1 = theta1 + i * step;
    const t2 = t1 + step;
    const p1 = point(t1);
    const p2 = i === segments - 1 ? { x: x2, y: y2 } : point(t2);
    const d1 = derivative(t1);
    const d2 = derivative(t2);
    out.push({
      op: 'C',
      x1: p1.x + k * d1.x,
      y1: p1.y + k * d1.y,
      x2: p2.x - k * d2.x,
      y2: p2.y - k * d2.y,
      x: p2.x,
      y: p2.y,
    });
  }
  return out;
}

/** Parses path data into absolute commands; stops quietly at the first malformed command, as SVG does. */
export function parsePathData(d: string): PathCommand[] {
  const scanner = new Scanner(d);
  const out: PathCommand[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The previous curve's second control point, for S and T.
  let lastCubic: { x: number; y: number } | null = null;
  let lastQuad: { x: number; y: number } | null = null;
  let command = '';
  while (!scanner.atEnd()) {
    const next = scanner.command();
    if (next !== null) {
      command = next;
      if (command === 'Z' || command === 'z') {
        out.push({ op: 'Z' });
        x = startX;
        y = startY;
        lastCubic = lastQuad = null;
        continue;
      }
    } else if (command === '' || command === 'Z' || command === 'z') {
      break;
    }
    const a = readArgs(scanner, command);
    if (!a) break;
    const rel = command === command.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    let cubic: { x: number; y: number } | null = null;
    let quad: { x: number; y: number } | null = null;
    switch (command.toUpperCase()) {
      case 'M':
        x = ox + a[0];
        y = oy + a[1];
        startX = x;
        startY = y;
        out.push({ op: 'M', x, y });
        // Further pairs after a move are lines.
        command = rel ? 'l' : 'L';
        break;
      case 'L':
        x = ox + a[0];
        y = oy + a[1];
        out.push({ op: 'L', x, y });
        break;
      case 'H':
        x = ox + a[0];
        out.push({ op: 'L', x, y });
        break;
      case 'V':
        y = oy + a[0];
        out.push({ op: 'L', x, y });
        break;
      case 'C':
      case 'S': {
        const [c1x, c1y] =
          command.toUpperCase() === 'C'
            ? [ox + a[0], oy + a[1]]
            : lastCubic
              ? [2 * x - lastCubic.x, 2 * y - lastCubic.y]
              : [x, y];
        const rest = command.toUpperCase() === 'C' ? a.slice(2) : a;
        const c2 = { x: ox + rest[0], y: oy + rest[1] };
        x = ox + rest[2];
        y = oy + rest[3];
        out.push({ op: 'C', x1: c1x, y1: c1y, x2: c2.x, y2: c2.y, x, y });
        cubic = c2;
        break;
      }
      case 'Q':
      case 'T': {
        const q: { x: number; y: number } =
          command.toUpperCase() === 'Q'
            ? { x: ox + a[0], y: oy + a[1] }
            : lastQuad
              ? { x: 2 * x - lastQuad.x, y: 2 * y - lastQuad.y }
              : { x, y };
        const end = command.toUpperCase() === 'Q' ? { x: ox + a[2], y: oy + a[3] } : { x: ox + a[0], y: oy + a[1] };
        // A quadratic Bézier is the cubic with control points 2/3 of the way to its one control point.
        out.push({
          op: 'C',
          x1: x + (2 / 3) * (q.x - x),
          y1: y + (2 / 3) * (q.y - y),
          x2: end.x + (2 / 3) * (q.x - end.x),
          y2: end.y + (2 / 3) * (q.y - end.y),
          x: end.x,
          y: end.y,
        });
        x = end.x;
        y = end.y;
        quad = q;
        break;
      }
      case 'A': {
        const endX = ox + a[5];
        const endY = oy + a[6];
        out.push(...arcToCubics(x, y, a[0], a[1], a[2], a[3] !== 0, a[4] !== 0, endX, endY));
        x = endX;
        y = endY;
        break;
      }
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return out;
}
