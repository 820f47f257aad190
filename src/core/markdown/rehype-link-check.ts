import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { severityOf } from "../problems/rules.ts";
import { reportInFile } from "../problems/report.ts";
import { nearestId, suspiciousLink } from "./suspicious-links.ts";

type MdxAttribute = { type?: string; name?: string; value?: unknown };

/** Every id a `#anchor` of the page can reach: ids, `<a name>`, and `id` on MDX components. */
function targetsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "element") {
      const { id, name } = (node as Element).properties;
      if (typeof id === "string") ids.add(id);
      if ((node as Element).tagName === "a" && typeof name === "string") ids.add(name);
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of (node as { attributes?: MdxAttribute[] }).attributes ?? [])
        if (attribute.name === "id" && typeof attribute.value === "string") ids.add(attribute.value);
    }
  });
  return ids;
}

const decodedAnchor = (href: string) => {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
};

/**
 * Links broken in the source, which Jekyll published as broken too: a host without `https://`,
 * `http:localhost`, a misspelt scheme, a space in the address, a `#anchor` that no heading of the
 * lesson has. One warning each, at the link's line; the link is published as written. Runs after
 * `rehype-headings`, which gives the headings their ids.
 */
export default function rehypeLinkCheck() {
  return (tree: Root, file: VFile) => {
    const ids = targetsOf(tree);
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const href = node.properties.href;
      if (href.startsWith("#")) {
        const anchor = decodedAnchor(href);
        if (!anchor || ids.has(anchor)) return;
        const near = nearestId(anchor, [...ids]);
        reportInFile(file, node, {
          severity: severityOf("link/missing-anchor"),
          ruleId: "link/missing-anchor",
          message: `El enlace «${href}» no lleva a ningún título de esta lección`,
          fix: near
            ? `¿querías decir «#${near}»?`
            : "escribe el id de uno de sus títulos: el que enlaza el «#» que aparece junto a cada uno",
        });
        return;
      }
      let suspicion = suspiciousLink(href);
      // `http://host: 8080` in prose: GFM links `http://host` and leaves «: 8080» as text.
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      const after = next?.type === "text" ? /^:\s+(\d+)/.exec(next.value) : null;
      if (!suspicion && after && /^https?:\/\/[^/]+$/.test(href.replace(/\/$/, "")) && toString(node).trim()) {
        const host = href.replace(/\/$/, "");
        suspicion = {
          message: `El enlace «${host}: ${after[1]}» tiene un espacio en la dirección del servidor`,
          fix: `escribe «${host}:${after[1]}»`,
        };
      }
      if (suspicion)
        reportInFile(file, node, {
          severity: severityOf("link/suspicious"),
          ruleId: "link/suspicious",
          ...suspicion,
        });
    });
  };
}
