import type { Root } from "hast";
import { breakInlineCode } from "../text/code-breaks.ts";

/**
 * Inline `code` wraps only at spaces and after `/` (see `src/core/text/code-breaks.ts`): each piece that a
 * browser could break inside becomes a `<span class="nowrap">`, and `<wbr>` marks the breaks after slashes.
 * The text read, copied and indexed is unchanged.
 */
export default function rehypeInlineCode() {
  return (tree: Root) => {
    breakInlineCode(tree);
  };
}
