// Writes the tagged structure once the pages are: each page's /StructParents and /Tabs /S (and its
// link annotations), the structure elements, the parent tree (a number tree: page -> its MCIDs'
// elements, annotation -> its Link element), the StructTreeRoot, the XMP metadata, and the
// catalog's /StructTreeRoot, /MarkInfo and /Metadata. Object numbers are only reserved once jsPDF
// is writing the pages: it expects page 1 to be object 3.
import type { LaidDocument } from '../ops';
import type { DocumentParts, ObjectWriter } from './object-writer';
import { langString, num, ref, textString, utf8Binary } from './pdf-syntax';
import { isElem, pruneEmpty, walk, type StructElem } from './struct-tree';
import type { Tagger } from './tagger';
import { xmpPacket, type XmpInfo } from './xmp';

/** The /A attributes of an element, or ''. */
function attributes(element: StructElem): string {
  const { bbox, scope, numbering } = element;
  if (element.type === 'Figure' && bbox) {
    return `/A <</O /Layout /Placement /Block /BBox [${[bbox.x1, bbox.y1, bbox.x2, bbox.y2].map(num).join(' ')}]>>`;
  }
  if (scope) return `/A <</O /Table /Scope /${scope}>>`;
  if (numbering) return `/A <</O /List /ListNumbering /${numbering}>>`;
  return '';
}

export class StructureWriter implements DocumentParts {
  private readonly annotationIds: number[] = [];
  private rootId = 0;
  private metadataId = 0;

  constructor(
    private readonly root: StructElem,
    private readonly tagger: Tagger,
    private readonly laid: LaidDocument,
    private readonly info: XmpInfo,
  ) {}

  pageEntries(page: number, writer: ObjectWriter): string {
    const annots: string[] = [];
    this.tagger.annotations.forEach((a, i) => {
      if (a.rect.page !== page) return;
      this.annotationIds[i] = writer.reserve();
      annots.push(ref(this.annotationIds[i]));
    });
    return `/StructParents ${page} /Tabs /S${annots.length > 0 ? ` /Annots [${annots.join(' ')}]` : ''}`;
  }

  afterPages(writer: ObjectWriter): void {
    const pages = this.laid.pages.length;
    pruneEmpty(this.root);
    const elements = [...walk(this.root)];
    const ids = new Map<StructElem, number>(elements.map((e) => [e, writer.reserve()]));
    const idOf = (e: StructElem) => {
      const id = ids.get(e);
      if (id === undefined) throw new Error(`A ${e.type} element has content but is not in the structure tree.`);
      return id;
    };
    this.rootId = writer.reserve();
    const parentTreeId = writer.reserve();
    this.metadataId = writer.reserve();

    this.tagger.annotations.forEach((a, i) => {
      const target = this.laid.pages[a.target.page];
      const top = target.height - Math.max(0, a.target.y - 12);
      const { x1, y1, x2, y2 } = a.rect;
      writer.object(
        this.annotationIds[i],
        `<</Type /Annot /Subtype /Link /Rect [${[x1, y1, x2, y2].map(num).join(' ')}] /Border [0 0 0] /F 4` +
          ` /P ${ref(writer.pageObject(a.rect.page))} /StructParent ${pages + i}` +
          (a.element.linkText ? ` /Contents ${textString(a.element.linkText)}` : '') +
          ` /Dest [${ref(writer.pageObject(a.target.page))} /XYZ 0 ${num(top)} null]>>`,
      );
    });

    const parentOf = new Map<StructElem, number>();
    for (const e of elements) for (const kid of e.kids) if (isElem(kid)) parentOf.set(kid, idOf(e));
    for (const e of elements) {
      const firstPage = e.kids.find((k) => k.kind === 'mcid')?.page ?? e.bbox?.page;
      const kids = e.kids.map((kid) => {
        if (isElem(kid)) return ref(idOf(kid));
        const pageRef = ref(writer.pageObject(kid.page));
        if (kid.kind === 'annotation') {
          return `<</Type /OBJR /Obj ${ref(this.annotationIds[kid.index])} /Pg ${pageRef}>>`;
        }
        return kid.page === firstPage ? String(kid.mcid) : `<</Type /MCR /Pg ${pageRef} /MCID ${kid.mcid}>>`;
      });
      const entries = [
        `/Type /StructElem /S /${e.type}`,
        `/P ${ref(parentOf.get(e) ?? this.rootId)}`,
        firstPage === undefined ? '' : `/Pg ${ref(writer.pageObject(firstPage))}`,
        `/K [${kids.join(' ')}]`,
        e.lang ? `/Lang ${langString(e.lang)}` : '',
        e.alt !== undefined ? `/Alt ${textString(e.alt)}` : '',
        attributes(e),
      ];
      writer.object(idOf(e), `<<${entries.filter(Boolean).join(' ')}>>`);
    }

    const nums: string[] = [];
    this.tagger.parents.forEach((owners, page) => nums.push(`${page} [${owners.map((e) => ref(idOf(e))).join(' ')}]`));
    this.tagger.annotations.forEach((a, i) => nums.push(`${pages + i} ${ref(idOf(a.element))}`));
    writer.object(parentTreeId, `<</Nums [${nums.join(' ')}]>>`);
    writer.object(
      this.rootId,
      `<</Type /StructTreeRoot /K [${ref(idOf(this.root))}] /ParentTree ${ref(parentTreeId)}` +
        ` /ParentTreeNextKey ${pages + this.tagger.annotations.length}>>`,
    );
    writer.stream(this.metadataId, '/Type /Metadata /Subtype /XML', utf8Binary(xmpPacket(this.info)));
  }

  catalogEntries(): string {
    return `/StructTreeRoot ${ref(this.rootId)} /MarkInfo <</Marked true>> /Metadata ${ref(this.metadataId)}`;
  }
}
