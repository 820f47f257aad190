import type { ElementContent } from "hast";
import type { PhrasingContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toHast } from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";

/**
 * Inline Markdown (`docker image ls`, links, emphasis) as HTML nodes: the model keeps Markdown
 * source, and `.md` quizzes, `<Quiz>` in MDX and the progress page all render it here.
 * Raw HTML is left out on purpose.
 */
export function inlineMarkdown(markdown: string): ElementContent[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const phrasing: PhrasingContent[] = [];
  for (const block of tree.children) {
    if (phrasing.length > 0) phrasing.push({ type: "text", value: " " });
    if (block.type === "paragraph") phrasing.push(...block.children);
    else phrasing.push({ type: "text", value: toString(block) });
  }
  const hast = toHast({ type: "paragraph", children: phrasing });
  return hast.type === "element" ? hast.children : [];
}
