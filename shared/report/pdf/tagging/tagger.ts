// The paint hooks that tag: each run of one owner is wrapped in a marked-content sequence — with an
// MCID tied to its structure element, or as an /Artifact of a fitting type — and each link becomes
// an annotation owned by its Link element. A run in another language than its element carries
// /Lang in its property list.
import type { ArtifactType, Destination, LaidDocument, Owner } from '../ops';
import type { LinkBox, PaintHooks } from '../paint';
import { ownerKey, type MappedStructure } from './map-document';
import { langString } from './pdf-syntax';
import { settleLanguages, type PageBox, type StructElem } from './struct-tree';

/** A link annotation: where it is, where it goes, and the Link element that owns it. */
export interface LinkAnnotation {
  rect: PageBox;
  target: Destination;
  element: StructElem;
}

const ARTIFACT: Record<ArtifactType, string> = {
  header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
  repeat: '/Artifact <</Type /Pagination>> BDC',
  decoration: '/Artifact <</Type /Layout>> BDC',
};

export class Tagger implements PaintHooks {
  readonly annotations: LinkAnnotation[] = [];
  /** Per page, the element of each MCID (the page's entry in the parent tree). */
  readonly parents: StructElem[][];
  /** Owners the structure had no element for: drawn as artifacts, and a bug (tests expect none). */
  readonly unmapped: string[] = [];

  constructor(
    private readonly structure: MappedStructure,
    private readonly laid: LaidDocument,
    lang: string,
    /** Writes operators into the current page's content stream. */
    private readonly write: (operators: string) => void,
  ) {
    this.parents = laid.pages.map(() => []);
    settleLanguages(structure.root, lang);
  }

  private elementOf(owner: Extract<Owner, { kind: 'node' }>, page: number): StructElem | undefined {
    const { leaves } = this.structure;
    return leaves.get(ownerKey(owner, page)) ?? leaves.get(ownerKey(owner));
  }

  beginRun(owner: Owner, page: number, lang: string | null = null): void {
    if (owner.kind === 'artifact') {
      this.write(ARTIFACT[owner.type]);
      return;
    }
    const element = this.elementOf(owner, page);
    if (!element) {
      this.unmapped.push(ownerKey(owner, page));
      this.write(ARTIFACT.decoration);
      return;
    }
    const mcid = this.parents[page].length;
    this.parents[page].push(element);
    element.kids.push({ kind: 'mcid', page, mcid });
    const passage = lang && lang !== 'zxx' && lang !== element.langInEffect ? ` /Lang ${langString(lang)}` : '';
    this.write(`/${element.type} <</MCID ${mcid}${passage}>> BDC`);
  }

  endRun(): void {
    this.write('EMC');
  }

  link(owner: Owner, page: number, box: LinkBox, target: Destination): void {
    const element = owner.kind === 'node' ? this.elementOf(owner, page) : undefined;
    if (!element) {
      // A link must belong to the structure; one that does not is left out rather than untagged.
      this.unmapped.push(owner.kind === 'node' ? ownerKey(owner, page) : `artifact:${owner.type}`);
      return;
    }
    const height = this.laid.pages[page].height;
    const index = this.annotations.length;
    this.annotations.push({
      rect: { page, x1: box.x, y1: height - box.y - box.height, x2: box.x + box.width, y2: height - box.y },
      target,
      element,
    });
    element.kids.push({ kind: 'annotation', page, index });
  }
}
