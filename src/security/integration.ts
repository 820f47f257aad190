import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { withContentSecurityPolicy } from "./csp.ts";

/**
 * Adds a strict Content-Security-Policy `<meta>` to every page aula built. Files a teacher put in
 * `public/` (their own HTML among the old assets) are copied as they are. Keep it last in the list.
 */
export default function contentSecurityPolicy(): AstroIntegration {
  let publicDir = "";
  return {
    name: "aula-csp",
    hooks: {
      "astro:config:done": ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true }))
          .filter((path) => path.endsWith(".html"))
          .filter((path) => !existsSync(join(publicDir, path)));
        for (const page of pages) {
          const path = join(root, page);
          const html = await readFile(path, "utf8");
          const secured = withContentSecurityPolicy(html);
          // A page the incremental build kept from the last build already has its policy.
          if (secured !== html) await writeFile(path, secured);
        }
        logger.info(`Política de seguridad (CSP) añadida a ${pages.length} páginas`);
      },
    },
  };
}
