import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { withContentSecurityPolicy } from "./csp.ts";

/** Adds a strict Content-Security-Policy `<meta>` to every built page. Keep it last in the list. */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: "aula-csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((path) => path.endsWith(".html"));
        for (const page of pages) {
          const path = join(root, page);
          await writeFile(path, withContentSecurityPolicy(await readFile(path, "utf8")));
        }
        logger.info(`Política de seguridad (CSP) añadida a ${pages.length} páginas`);
      },
    },
  };
}
