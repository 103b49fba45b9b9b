// A small, strict XML reader for tests in Node (Vitest's node environment has no DOMParser, and
// no XML parser is a dependency): it throws on anything not well-formed that an SVG writer could
// get wrong — unbalanced or crossed tags, a raw `<` or stray `&` in text or attributes, unknown
// entities, duplicate attributes, more than one root. No DTDs, CDATA or namespaces handling.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[\w.:-]/;

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`not well-formed XML at ${i}: ${what} near ${JSON.stringify(source.slice(i, i + 40))}`);
  };
  const skipSpace = () => {
    while (i < source.length && ' \t\r\n'.includes(source[i])) i++;
  };
  const readName = () => {
    const start = i;
    if (!NAME_START.test(source[i] ?? '')) fail('a name');
    while (i < source.length && NAME_CHAR.test(source[i])) i++;
    return source.slice(start, i);
  };
  const decode = (raw: string) => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const ch = raw[k];
      if (ch === '<') fail('a raw < in text');
      if (ch !== '&') {
        out += ch;
        continue;
      }
      const end = raw.indexOf(';', k);
      if (end < 0) fail('an unterminated entity');
      const entity = raw.slice(k + 1, end);
      if (entity in ENTITIES) out += ENTITIES[entity];
      else if (/^#[0-9]+$/.test(entity)) out += String.fromCodePoint(Number(entity.slice(1)));
      else if (/^#x[0-9a-fA-F]+$/.test(entity)) out += String.fromCodePoint(parseInt(entity.slice(2), 16));
      else fail(`an unknown entity &${entity};`);
      k = end;
    }
    return out;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        if (end < 0) fail('an unterminated comment');
        i = end + 3;
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    if (source[i] !== '<') fail('<');
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('a space before an attribute');
      const key = readName();
      if (key in attributes) fail(`a duplicate attribute ${key}`);
      skipSpace();
      if (source[i] !== '=') fail('=');
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('a quoted value');
      const end = source.indexOf(quote, i + 1);
      if (end < 0) fail('an unterminated attribute');
      attributes[key] = decode(source.slice(i + 1, end));
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) fail(`the end tag of ${name}`);
      if (next > i) children.push(decode(source.slice(i, next)));
      i = next;
      if (source.startsWith('</', i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${name}> but found </${closing}>`);
        skipSpace();
        if (source[i] !== '>') fail('>');
        i++;
        return { name, attributes, children };
      }
      if (source.startsWith('<!--', i)) skipMisc();
      else if (source.startsWith('<!', i) || source.startsWith('<?', i))
        fail('CDATA, a DTD or a processing instruction');
      else children.push(readElement());
    }
  };

  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('the end of the XML declaration');
    i = end + 2;
  }
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== source.length) fail('content after the root element');
  return root;
}

/** Every element under (and including) `node`, depth first, in document order. */
export function allElements(node: XmlElement): XmlElement[] {
  return [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : allElements(c)))];
}

export const textOf = (node: XmlElement): string =>
  node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
