import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** One module script of a built page: its file and the files it imports, or its inline code. */
export interface PageScript {
  /** The question type whose island it hands over (`<Type>Script.astro`), if it is one. */
  type?: string;
  files: string[];
  inline?: string;
}

const typeOf = (code: string) => /aulaQuizIslands\?\?=\{\}\)\.(\w+)=/.exec(code)?.[1];

function importsOf(distDir: string, file: string): string[] {
  const code = readFileSync(join(distDir, file), "utf8");
  const deps = [...code.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)].map((m) => `_astro/${m[1] ?? m[2]}`);
  return [file, ...deps.flatMap((dep) => importsOf(distDir, dep))];
}

/**
 * The module scripts of a built page (`tema2/laboratorio-1`): external ones with what they import, and
 * the inline ones that are a type's script (Astro inlines a script that imports nothing; the page's
 * other inline scripts, such as the theme's, are not quiz code).
 */
export function pageScripts(distDir: string, page: string): PageScript[] {
  const html = readFileSync(join(distDir, page, "index.html"), "utf8");
  const scripts: PageScript[] = [];
  for (const m of html.matchAll(/<script type="module"(?: src="[^"]*\/(_astro\/[^"]+)")?>([\s\S]*?)<\/script>/g)) {
    const [, file, inline = ""] = m;
    if (file) {
      const files = importsOf(distDir, file);
      scripts.push({ type: typeOf(readFileSync(join(distDir, file), "utf8")), files });
    } else if (typeOf(inline)) scripts.push({ type: typeOf(inline), files: [], inline });
  }
  return scripts;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Gzip bytes of some scripts, each file counted once (as the browser fetches it once). */
export function gzipBytes(distDir: string, scripts: PageScript[], leaveOut: Set<string> = new Set()): number {
  const files = new Set(scripts.flatMap((s) => s.files).filter((f) => !leaveOut.has(f)));
  const inline = scripts.flatMap((s) => (s.inline ? [gzip(s.inline)] : []));
  return [...files].reduce((n, f) => n + gzip(readFileSync(join(distDir, f))), 0) + inline.reduce((a, b) => a + b, 0);
}
