import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { quizAnchor, quizPlacesKey } from "../course/toc.ts";

const headingTags = new Set(["h2", "h3", "h4", "h5", "h6"]);

/**
 * Gives each quiz an id to link to (`#pregunta-…`, from its stable quiz id), and records after which
 * heading it comes (`frontmatter[quizPlacesKey]`: the id of the heading before it, `null` before the first),
 * so the table of contents can list it in its place. Runs after rehype-headings.
 */
export default function rehypeQuizAnchors() {
  return (tree: Root, file: VFile) => {
    const places: Record<string, string | null> = {};
    let heading: string | null = null;
    visit(tree, "element", (node: Element) => {
      if (headingTags.has(node.tagName) && typeof node.properties.id === "string") heading = node.properties.id;
      if (node.tagName !== "aula-quiz" || typeof node.properties.dataQuizId !== "string") return;
      const anchor = quizAnchor(node.properties.dataQuizId);
      node.properties.id ??= anchor;
      places[node.properties.dataQuizId] = heading;
    });
    if (Object.keys(places).length === 0) return;
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[quizPlacesKey] = places;
  };
}
