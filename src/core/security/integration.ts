import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
      // Synchronous on purpose: one await per page cost ~0.8 ms each in event-loop hops (1 s at 1,200 pages).
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: "utf8" })
          .filter((path) => path.endsWith(".html"))
          .filter((path) => !existsSync(join(publicDir, path)));
        for (const page of pages) {
          const path = join(root, page);
          const html = readFileSync(path, "utf8");
          const secured = withContentSecurityPolicy(html);
          // A page the incremental build kept from the last build already has its policy.
          if (secured !== html) writeFileSync(path, secured);
        }
        logger.info(
          `Política de seguridad (CSP) añadida a ${pages.length} páginas en ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
