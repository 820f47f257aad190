import type { Blockquote, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportInFile } from "../problems/report.ts";
import { guessLanguage } from "../text/language.ts";

const langOf = (node: Node) => (node.data as { hProperties?: { lang?: unknown } } | undefined)?.hProperties?.lang;

/** Words a paragraph needs before its language is guessed: a short line says too little. */
const minimumWords = 12;

/**
 * A quote whose text reads as English in a Spanish lesson, with no `lang`, is read aloud with Spanish
 * sounds (WCAG 3.1.2). One warning per paragraph, at its line, saying what to add. Runs after
 * remark-kramdown-ial, which sets the `lang` an author wrote.
 */
export default function remarkQuoteLang(options: { pageLanguage: string }) {
  // The guesser tells Spanish from English only: Catalan or Galician prose would read as Spanish.
  const guessable = ["es", "en"].includes(options.pageLanguage);
  return (tree: Root, file: VFile) => {
    if (!guessable) return;
    visit(tree, "blockquote", (quote: Blockquote) => {
      if (langOf(quote)) return "skip";
      for (const paragraph of quote.children.filter((child): child is Paragraph => child.type === "paragraph")) {
        if (langOf(paragraph)) continue;
        const text = toString(paragraph);
        if ((text.match(/\p{L}+/gu) ?? []).length < minimumWords) continue;
        const language = guessLanguage(text);
        if (!language || language === options.pageLanguage) continue;
        reportInFile(file, paragraph, {
          severity: "warning",
          ruleId: "markdown/quote-lang",
          message: `Cita en otro idioma («${language}») sin lang: un lector de pantalla la leería con la pronunciación del curso`,
          fix: `añade {: lang="${language}"} en la línea siguiente al párrafo, dentro de la cita`,
        });
      }
      return undefined;
    });
  };
}
