import { createHash } from "node:crypto";
import { frameOriginsIn } from "../markdown/embeds.ts";

/** Inline `<script>` elements without `src`, and their exact text (what the browser hashes). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/.test(attributes)) continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The page's policy: scripts only from the site itself plus the hashes of its own inline
 * scripts; every other resource from the site too, and frames only from the player of a video
 * facade on that page. Inline style attributes stay allowed:
 * highlighted code and diagrams carry their colours in them.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256Source))];
  const frames = frameOriginsIn(html);
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The course's own service worker (sw.js) and web app manifest, never another host's.
    "worker-src 'self'",
    "manifest-src 'self'",
    // Only a page with a video facade may frame that video's player, and only that origin.
    ...(frames.length > 0 ? [`frame-src ${frames.join(" ")}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

const metaPattern = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/** Writes the policy as the first element of `<head>`, so it covers everything after it. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  if (metaPattern.test(html)) return html.replace(metaPattern, meta);
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}
