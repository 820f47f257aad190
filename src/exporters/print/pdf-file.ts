import pdfLib from "pdf-lib";

const { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } = pdfLib;

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
