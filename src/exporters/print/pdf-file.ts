import pdfLib from "pdf-lib";
import type { PDFDict as Dict, PDFDocument as Doc, PDFPage as Page, PDFRef as Ref } from "pdf-lib";

const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, StandardFonts, rgb } = pdfLib;

/**
 * The page (1-based) of each named destination in a PDF printed by Chromium: it writes one, named after
 * the element's id, for every `#id` link target, so the links of the table of contents say where their
 * headings landed.
 */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const result = new Map<string, number>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = pdf.context.lookup(value);
    const array = target instanceof PDFDict ? target.lookupMaybe(PDFName.of("D"), PDFArray) : target;
    if (!(array instanceof PDFArray)) continue;
    const ref = array.get(0);
    const page = ref instanceof PDFRef ? pages.get(ref.toString()) : undefined;
    if (page) result.set(name.decodeText(), page);
  }
  return result;
}

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  language: string;
}

/** Chromium writes the title and language but no author; this sets them all and shows the title in viewers. */
export async function setMetadata(bytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) pdf.setAuthor(meta.author);
  if (meta.subject) pdf.setSubject(meta.subject);
  pdf.setLanguage(meta.language);
  pdf.setCreator("aula");
  return pdf.save();
}

export async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** Pages `first`…`last` (1-based, inclusive) of a printed part. */
export interface PartPages {
  pdf: PDFDocumentType;
  first: number;
  last: number;
  /** Its destinations give way to other parts' of the same name (the covers' stand-ins for the bodies' headings). */
  weak?: boolean;
}

/** A bookmark: its title and the destination it opens. */
export interface OutlineItem {
  title: string;
  dest: string;
  children?: OutlineItem[];
  /** Shown with its children unfolded. */
  open?: boolean;
}

export interface AssembleOptions {
  /** A printed part to keep whole as the output (its tags and destinations stay); `parts` go before it. */
  base?: PDFDocumentType;
  parts: PartPages[];
  outline: OutlineItem[];
  /** The foot of every page: an address at the left, «Página X de Y» at the right. */
  footer: { left?: string; right: (page: number, pages: number) => string };
  meta: PdfMetadata & { date: Date };
  /** Links to these addresses become links inside the PDF, to the destination given. */
  internalUrls?: Map<string, string>;
}

type PDFDocumentType = Doc;

const mm = 72 / 25.4;
/** print.css: 18 mm side margins; the footer's 8 pt text sits 2 mm below the 20 mm bottom margin's top. */
const footerFont = {
  size: 8,
  left: 18 * mm,
  baseline: 20 * mm - 2 * mm - 7.4,
  color: rgb(0x4b / 255, 0x55 / 255, 0x63 / 255),
};

function destsOf(pdf: PDFDocumentType): Dict {
  const found = pdf.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  if (found) return found;
  const dests = pdf.context.obj({});
  pdf.catalog.set(PDFName.of("Dests"), pdf.context.register(dests));
  return dests;
}

/** Copies the destinations of `source` that land on copied pages, unless the output already has one of that name. */
function mergeDests(out: PDFDocumentType, source: PDFDocumentType, pageMap: Map<string, Ref>) {
  const target = destsOf(out);
  for (const [name, value] of source.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict)?.entries() ?? []) {
    if (target.has(name)) continue;
    const found = source.context.lookup(value);
    const array = found instanceof PDFDict ? found.lookupMaybe(PDFName.of("D"), PDFArray) : found;
    if (!(array instanceof PDFArray)) continue;
    const page = array.get(0);
    const mapped = page instanceof PDFRef ? pageMap.get(page.toString()) : undefined;
    if (!mapped) continue;
    target.set(name, out.context.obj([mapped, ...array.asArray().slice(1)]));
  }
}

/** Tags belong to the document a page was printed in: a copied page drops its links into them. */
function untag(out: PDFDocumentType, page: Page) {
  page.node.delete(PDFName.of("StructParents"));
  for (const ref of page.node.Annots()?.asArray() ?? []) {
    const annot = out.context.lookup(ref);
    if (annot instanceof PDFDict) annot.delete(PDFName.of("StructParent"));
  }
}

/** Web links to a page printed in this PDF become links to it inside the PDF. */
function linkInside(out: PDFDocumentType, internalUrls: Map<string, string>) {
  const dests = destsOf(out);
  for (const page of out.getPages())
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annot = out.context.lookup(ref);
      const action = annot instanceof PDFDict ? annot.lookupMaybe(PDFName.of("A"), PDFDict) : undefined;
      const uri = action?.lookup(PDFName.of("URI"));
      if (!(annot instanceof PDFDict) || !uri || !("decodeText" in uri)) continue;
      const url = (uri as { decodeText(): string }).decodeText().split("#")[0] ?? "";
      const dest = internalUrls.get(url);
      if (!dest || !dests.has(PDFName.of(dest))) continue;
      annot.delete(PDFName.of("A"));
      annot.set(PDFName.of("Dest"), PDFName.of(dest));
    }
}

function writeOutline(out: PDFDocumentType, items: OutlineItem[]) {
  const dests = destsOf(out);
  const usable = (list: OutlineItem[]): OutlineItem[] =>
    list
      .filter((item) => dests.has(PDFName.of(item.dest)))
      .map((item) => ({ ...item, children: usable(item.children ?? []) }));
  const top = usable(items);
  if (top.length === 0) return;
  const rootRef = out.context.nextRef();
  const visible = (list: OutlineItem[]): number =>
    list.reduce((sum, item) => sum + 1 + (item.open ? visible(item.children ?? []) : 0), 0);
  const place = (list: OutlineItem[], parent: Ref) => {
    const refs = list.map(() => out.context.nextRef());
    list.forEach((item, index) => {
      const dict = out.context.obj({});
      dict.set(PDFName.of("Title"), PDFHexString.fromText(item.title));
      dict.set(PDFName.of("Parent"), parent);
      dict.set(PDFName.of("Dest"), PDFName.of(item.dest));
      const ref = refs[index];
      if (!ref) return;
      if (index > 0) dict.set(PDFName.of("Prev"), refs[index - 1] as Ref);
      if (index < list.length - 1) dict.set(PDFName.of("Next"), refs[index + 1] as Ref);
      const children = item.children ?? [];
      if (children.length > 0) {
        const [first, last] = place(children, ref);
        dict.set(PDFName.of("First"), first);
        dict.set(PDFName.of("Last"), last);
        dict.set(PDFName.of("Count"), PDFNumber.of(item.open ? visible(children) : -children.length));
      }
      out.context.assign(ref, dict);
    });
    return [refs[0] as Ref, refs.at(-1) as Ref] as const;
  };
  const [first, last] = place(top, rootRef);
  out.context.assign(
    rootRef,
    out.context.obj({ Type: "Outlines", First: first, Last: last, Count: PDFNumber.of(visible(top)) }),
  );
  out.catalog.set(PDFName.of("Outlines"), rootRef);
  out.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** Text the standard font cannot draw would stop the PDF: it prints as «?». */
function drawable(font: { getCharacterSet(): number[] }, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((char) => (known.has(char.codePointAt(0) ?? 0) ? char : "?")).join("");
}

/**
 * One PDF from printed parts: pages in order, their destinations and links, bookmarks, a footer with the page's
 * number in this PDF, and metadata. The same parts and options give the same bytes.
 */
export async function assemble(options: AssembleOptions): Promise<Uint8Array> {
  const out = options.base ?? (await PDFDocument.create({ updateMetadata: false }));
  // Per part: two printed parts number their objects alike, so a page's reference means nothing across parts.
  const pageMaps = new Map<PartPages, Map<string, Ref>>();
  const sources: PartPages[] = [];
  let at = 0;
  for (const part of options.parts) {
    const indices = Array.from({ length: part.last - part.first + 1 }, (_, i) => part.first - 1 + i);
    const copied = await out.copyPages(part.pdf, indices);
    const pageMap = new Map<string, Ref>();
    pageMaps.set(part, pageMap);
    copied.forEach((page, i) => {
      untag(out, page);
      if (options.base) out.insertPage(at++, page);
      else out.addPage(page);
      const original = part.pdf.getPage(indices[i] ?? 0);
      pageMap.set(original.ref.toString(), page.ref);
    });
    sources.push(part);
  }
  for (const part of [...sources.filter((p) => !p.weak), ...sources.filter((p) => p.weak)])
    mergeDests(out, part.pdf, pageMaps.get(part) ?? new Map());
  if (options.internalUrls) linkInside(out, options.internalUrls);
  out.catalog.delete(PDFName.of("Outlines"));
  writeOutline(out, options.outline);

  const font = await out.embedFont(StandardFonts.Helvetica);
  const pages = out.getPages();
  pages.forEach((page, index) => {
    const { width } = page.getSize();
    const { size, left, baseline, color } = footerFont;
    if (options.footer.left)
      page.drawText(drawable(font, options.footer.left), { x: left, y: baseline, size, font, color });
    const right = drawable(font, options.footer.right(index + 1, pages.length));
    page.drawText(right, { x: width - left - font.widthOfTextAtSize(right, size), y: baseline, size, font, color });
  });

  const { meta } = options;
  out.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) out.setAuthor(meta.author);
  if (meta.subject) out.setSubject(meta.subject);
  out.setLanguage(meta.language);
  out.setCreator("aula");
  out.setProducer("aula");
  out.setCreationDate(meta.date);
  out.setModificationDate(meta.date);
  return out.save();
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocumentType> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}
