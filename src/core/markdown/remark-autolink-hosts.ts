import type { Link, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

/**
 * Top-level names that never reach a public site: reserved for tests, examples and local networks
 * (RFC 2606, RFC 6761, RFC 6762's `.local`, ICANN's `.internal`) or common on private networks.
 */
const privateTlds = new Set([
  "local",
  "localhost",
  "localdomain",
  "test",
  "example",
  "invalid",
  "internal",
  "intranet",
  "lan",
  "home",
  "corp",
  "private",
]);

/** Whether `host` (`www.website1.local`, `www.apache.org`) could be a public web site's name. */
export function isPublicHost(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const tld = labels.at(-1) ?? "";
  // `www.` and at least a name and a top-level name of letters (or an IDN's xn--).
  return labels.length >= 3 && /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld) && !privateTlds.has(tld);
}

/** A link GFM made of bare `www.…` text in the lesson, with no scheme written. */
function isBareWwwLink(node: Link): boolean {
  const text = toString(node);
  return /^www\./i.test(text) && node.url === `http://${text}`;
}

/**
 * GFM turns any bare `www.name.tld` into a link. Lessons name example hosts (`www.website1.local`) that lead
 * nowhere: those stay text. A link the author wrote (`[…](…)`, `<http://…>`) or with a scheme is kept.
 */
export default function remarkAutolinkHosts() {
  return (tree: Root) => {
    visit(tree, "link", (node, index, parent) => {
      if (!parent || index === undefined || !isBareWwwLink(node)) return undefined;
      const host = /^[^/:?#]+/.exec(toString(node))?.[0] ?? "";
      if (isPublicHost(host)) return undefined;
      parent.children.splice(index, 1, { type: "text", value: toString(node), position: node.position });
      return [SKIP, index];
    });
  };
}
