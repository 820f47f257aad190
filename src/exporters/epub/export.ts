import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { zipSync } from "fflate";
import { createTranslator } from "../../core/i18n/index.ts";
import type { CourseManifest } from "../../core/manifest/model.ts";
import { answerKeyData } from "../print/document.ts";
import { buildAnswerKey } from "../print/answers.ts";
import { bookBody, xhtml } from "./xhtml.ts";

// EPUB 3.3 from the course manifest: one chapter per lesson in course order (its body as the build rendered it),
// a cover, the navigation document with landmarks, the answer key at the end, accessibility metadata.

export interface EpubExport {
  path: string;
  bytes: number;
  chapters: number;
}

export class EpubExportError extends Error {}

/** Image types every reading system shows (EPUB 3 core media types). */
const imageTypes: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const chapterFile = (lessonId: string) => `${lessonId.replace(/\//g, "-")}.xhtml`;

function page(lang: string, title: string, body: string, options: { epubType?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head><meta charset="utf-8"/><title>${esc(title)}</title><link rel="stylesheet" type="text/css" href="estilo.css"/></head>
<body${options.epubType ? ` epub:type="${options.epubType}"` : ""}>
${body}
</body>
</html>
`;
}

const css = `body { font-family: serif; line-height: 1.5; margin: 0 1em; }
h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.2; }
pre { white-space: pre-wrap; font-size: 0.85em; padding: 0.6em; border: 1px solid #d0d7de; background-color: #f6f8fa; }
code { font-family: monospace; }
figure { margin: 1em 0; }
figure svg { max-width: 100%; height: auto; }
img { max-width: 100%; }
.quiz { border: 1px solid #999; padding: 0 0.8em; margin: 1em 0; }
.quiz ul { list-style: none; padding-left: 0.5em; }
.cover { text-align: center; margin-top: 3em; }
.heading-anchor, .visually-hidden { display: none; }
`;

function coverSvg(title: string, author?: string): string {
  const words = title.split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= 22) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const tspans = lines
    .map(
      (line, i) =>
        `<text x="300" y="${300 + i * 56}" text-anchor="middle" font-size="44" font-family="sans-serif" fill="#ffffff">${esc(line)}</text>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900" viewBox="0 0 600 900" role="img"><title>${esc(title)}</title><rect width="600" height="900" fill="#1f4e79"/>${tspans}${author ? `<text x="300" y="780" text-anchor="middle" font-size="28" font-family="sans-serif" fill="#dbe7f3">${esc(author)}</text>` : ""}</svg>
`;
}

/** The course as one EPUB 3 file at `path`. */
export function exportEpub(manifest: CourseManifest, path: string): EpubExport {
  const { course, site } = manifest;
  const lang = course.lang;
  const { t } = createTranslator(lang);
  const files = new Map<string, Uint8Array>();
  const encode = (s: string) => new TextEncoder().encode(s);
  const images = new Map<string, string>();
  const chapters = new Map(manifest.lessons.map((l) => [`${l.id}/`, chapterFile(l.id)]));
  const svgChapters = new Set<string>();

  for (const lesson of manifest.lessons) {
    if (!lesson.body || !existsSync(lesson.body))
      throw new EpubExportError(
        `la lección ${lesson.id} no tiene su contenido compilado${lesson.source.endsWith(".mdx") ? " (las lecciones .mdx aún no se exportan a EPUB)" : ""}: vuelve a ejecutar «npm run build»`,
      );
    const body = bookBody(readFileSync(lesson.body, "utf8"), {
      lang,
      base: site.base,
      url: lesson.url,
      publicUrl: site.url,
      chapterOf: (sitePath) => chapters.get(sitePath),
      image: (sitePath) => {
        const type = imageTypes[extname(sitePath).toLowerCase()];
        const file = join(site.outDir, sitePath);
        if (!type || !existsSync(file)) return undefined;
        const name = `imagenes/${sitePath.replace(/[^A-Za-z0-9._/-]/g, "_")}`;
        images.set(name, type);
        files.set(`OEBPS/${name}`, readFileSync(file));
        return name;
      },
    });
    const file = chapterFile(lesson.id);
    if (body.includes("<svg")) svgChapters.add(file);
    const heading = `<h1 id="${esc(lesson.id.replace(/\//g, "-"))}">${esc(lesson.title)}</h1>`;
    files.set(
      `OEBPS/${file}`,
      encode(page(lang, lesson.title, `<section epub:type="chapter">${heading}\n${body}</section>`)),
    );
  }

  const key = answerKeyData(
    buildAnswerKey(manifest.lessons.map((l) => ({ lessonId: l.id, title: l.title, quizzes: l.quizzes }))),
  );
  const hasKey = key.length > 0;
  if (hasKey) {
    const sections = key
      .map(
        (lesson) =>
          `<section><h2>${esc(lesson.title)}</h2><ol>${lesson.items
            .map(
              (item, i) =>
                `<li><p><strong>${esc(t("quiz.label"))} ${i + 1}.</strong> ${item.questionHtml}</p><p>${esc(t(item.correctLabel))} ${item.correctHtml}</p>${item.explanationHtml ? `<p>${item.explanationHtml}</p>` : ""}${
                  item.options.length
                    ? `<ul>${item.options.map((o) => `<li>${o.correct ? "✓" : "✗"} ${o.textHtml} — ${o.explanationHtml}</li>`).join("")}</ul>`
                    : ""
                }</li>`,
            )
            .join("")}</ol></section>`,
      )
      .join("\n");
    // The answer key's HTML comes from inline Markdown: through the same XHTML serialisation as the lessons.
    const body = bookBody(sections, {
      lang,
      base: site.base,
      url: site.base,
      chapterOf: (p) => chapters.get(p),
      image: () => undefined,
      publicUrl: site.url,
    });
    files.set(
      "OEBPS/solucionario.xhtml",
      encode(
        page(
          lang,
          t("print.answers"),
          `<section epub:type="backmatter"><h1 id="solucionario">${esc(t("print.answers"))}</h1>\n${body}</section>`,
        ),
      ),
    );
  }

  files.set("OEBPS/portada.svg", encode(coverSvg(course.title, course.author)));
  files.set(
    "OEBPS/portada.xhtml",
    encode(
      page(
        lang,
        course.title,
        `<section epub:type="cover" class="cover"><img src="portada.svg" alt="${esc(course.title)}"/><h1>${esc(course.title)}</h1>${course.author ? `<p>${esc(course.author)}</p>` : ""}${course.description ? `<p>${esc(course.description)}</p>` : ""}</section>`,
      ),
    ),
  );
  const byId = new Map(manifest.lessons.map((l) => [l.id, l]));
  const toc = course.units
    .map(
      (unit) =>
        `<li><span>${esc(unit.title)}</span><ol>${unit.lessons
          .map((id) => `<li><a href="${chapterFile(id)}">${esc(byId.get(id)?.title ?? id)}</a></li>`)
          .join("")}</ol></li>`,
    )
    .join("");
  const first = manifest.lessons[0];
  const nav = `<nav epub:type="toc" id="indice"><h1>${esc(t("print.toc"))}</h1><ol>${toc}${hasKey ? `<li><a href="solucionario.xhtml">${esc(t("print.answers"))}</a></li>` : ""}</ol></nav>
<nav epub:type="landmarks" id="referencias" hidden="hidden"><h2>${esc(t("epub.landmarks"))}</h2><ol>
<li><a epub:type="cover" href="portada.xhtml">${esc(t("epub.cover"))}</a></li>
<li><a epub:type="toc" href="nav.xhtml#indice">${esc(t("print.toc"))}</a></li>
${first ? `<li><a epub:type="bodymatter" href="${chapterFile(first.id)}">${esc(t("epub.start"))}</a></li>` : ""}
</ol></nav>`;
  files.set("OEBPS/nav.xhtml", encode(page(lang, t("print.toc"), nav)));
  files.set("OEBPS/estilo.css", encode(css));

  const identifier = `urn:uuid:${uuidFrom(site.url ?? course.title)}`;
  const modified = `${manifest.builtAt.slice(0, 19)}Z`;
  const items = [
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="portada" href="portada.xhtml" media-type="application/xhtml+xml"/>`,
    `<item id="portada-img" href="portada.svg" media-type="image/svg+xml" properties="cover-image"/>`,
    `<item id="estilo" href="estilo.css" media-type="text/css"/>`,
    ...manifest.lessons.map((l, i) => {
      const file = chapterFile(l.id);
      return `<item id="c${i + 1}" href="${esc(file)}" media-type="application/xhtml+xml"${svgChapters.has(file) ? ` properties="svg"` : ""}/>`;
    }),
    ...(hasKey ? [`<item id="solucionario" href="solucionario.xhtml" media-type="application/xhtml+xml"/>`] : []),
    ...[...images].map(([name, type], i) => `<item id="img${i + 1}" href="${esc(name)}" media-type="${type}"/>`),
  ];
  const spine = [
    `<itemref idref="portada"/>`,
    `<itemref idref="nav"/>`,
    ...manifest.lessons.map((_, i) => `<itemref idref="c${i + 1}"/>`),
    ...(hasKey ? [`<itemref idref="solucionario"/>`] : []),
  ];
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">${identifier}</dc:identifier>
<dc:title>${esc(course.title)}</dc:title>
<dc:language>${lang}</dc:language>
${course.author ? `<dc:creator>${esc(course.author)}</dc:creator>` : ""}
${course.description ? `<dc:description>${esc(course.description)}</dc:description>` : ""}
<meta property="dcterms:modified">${modified}</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${esc(t("epub.accessibility"))}</meta>
</metadata>
<manifest>
${items.join("\n")}
</manifest>
<spine>
${spine.join("\n")}
</spine>
</package>
`;
  files.set("OEBPS/content.opf", encode(opf));
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
`;
  const ordered: [string, [Uint8Array, { level: 0 | 6 }]][] = [
    ["mimetype", [encode("application/epub+zip"), { level: 0 }]],
    ["META-INF/container.xml", [encode(container), { level: 6 }]],
    ...[...files].map(([name, data]): [string, [Uint8Array, { level: 0 | 6 }]] => [name, [data, { level: 6 }]]),
  ];
  const zip = zipSync(Object.fromEntries(ordered));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zip);
  return { path, bytes: zip.length, chapters: manifest.lessons.length };
}

/** A stable UUID (v4 layout) from the course's address: the same book keeps its identifier across exports. */
function uuidFrom(seed: string): string {
  const h = createHash("sha256").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export { xhtml };
