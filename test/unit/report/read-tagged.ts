// Reads a tagged PDF back with pdfjs-dist (its legacy build runs in Node): per page the structure
// tree, the text of each marked-content sequence (MCID), and what is painted outside marked content.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as pdf.js gives it (alt, lang and bbox when present). */
export interface StructNode {
  role: string;
  children: (StructNode | { type: string; id: string })[];
  alt?: string;
  lang?: string;
  bbox?: number[];
}

export interface PageReading {
  tree: StructNode | null;
  /** Text per marked-content id (pdf.js ids such as "p9R_mc3"). */
  texts: Map<string, string>;
  /** Painting operators found outside any marked content (expected none). */
  paintedOutside: string[];
  /** Text that pdf.js extracted outside any marked content (expected none). */
  textOutside: string[];
  /** Marked-content tags in order (e.g. "Artifact", "P"). */
  tags: string[];
}

const PAINTING = new Map<number, string>(
  (
    [
      'fill',
      'eoFill',
      'stroke',
      'closeStroke',
      'fillStroke',
      'eoFillStroke',
      'closeFillStroke',
      'closeEOFillStroke',
      'showText',
      'showSpacedText',
      'nextLineShowText',
      'nextLineSetSpacingShowText',
      'paintImageXObject',
      'paintInlineImageXObject',
      'paintImageMaskXObject',
      'shadingFill',
    ] as const
  ).map((name) => [OPS[name], name]),
);

async function readPage(page: Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>) {
  const reading: PageReading = {
    tree: (await page.getStructTree()) as StructNode | null,
    texts: new Map(),
    paintedOutside: [],
    textOutside: [],
    tags: [],
  };
  const content = await page.getTextContent({ includeMarkedContent: true });
  const open: (string | null)[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        open.push(item.id ?? null);
        reading.tags.push((item as { tag?: string }).tag ?? '');
      } else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    if (open.length === 0) {
      if (item.str.trim()) reading.textOutside.push(item.str);
      continue;
    }
    // A sequence without an id (a /Span with /ActualText) belongs to the MCID it is nested in.
    const id = open.findLast((o) => o !== null);
    if (id) reading.texts.set(id, (reading.texts.get(id) ?? '') + item.str);
  }
  const ops = await page.getOperatorList();
  let depth = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth++;
    else if (fn === OPS.endMarkedContent) depth--;
    else if (depth <= 0) {
      // pdf.js 5 folds a path's painting operator into constructPath's first argument.
      const op = fn === OPS.constructPath ? (ops.argsArray[i] as unknown[])[0] : fn;
      const name = PAINTING.get(op as number);
      if (name) reading.paintedOutside.push(name);
    }
  });
  return reading;
}

export async function readTagged(bytes: Uint8Array): Promise<PageReading[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const pages: PageReading[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(await pdf.getPage(n)));
    return pages;
  } finally {
    await pdf.destroy();
  }
}

const isNode = (kid: StructNode['children'][number]): kid is StructNode => 'role' in kid;

/** Every element of a page's tree, depth first. */
export function* elements(node: StructNode | null): Generator<StructNode> {
  if (!node) return;
  yield node;
  for (const kid of node.children) if (isNode(kid)) yield* elements(kid);
}

/**
 * The text the structure tree reads out, page by page in tree order: each element's marked
 * content, a figure as "[figure: alt]" (its drawn words are not read; the alt is).
 */
export function structureText(pages: readonly PageReading[]): string[] {
  const out: string[] = [];
  const visit = (node: StructNode, texts: Map<string, string>) => {
    if (node.role === 'Figure') {
      out.push(`[figure: ${node.alt ?? ''}]`);
      return;
    }
    for (const kid of node.children) {
      if (isNode(kid)) visit(kid, texts);
      else if (kid.type === 'content') out.push(texts.get(kid.id) ?? '');
    }
  };
  for (const page of pages) if (page.tree) visit(page.tree, page.texts);
  return out;
}
