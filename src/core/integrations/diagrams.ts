import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { clientScript } from "../diagrams/client.ts";
import { mermaidBundlePath } from "../diagrams/renderer.ts";
import { clientAssetDir, clientMermaidName, clientScriptName, type DiagramSession } from "../diagrams/session.ts";

/**
 * Closes the diagrams' browser when the build ends or the dev server stops (it stays open in between), and ships the client-side renderer only when
 * some diagram could not be drawn at build time (no browser on the machine).
 */
export default function diagrams({ diagrams: session }: { diagrams: DiagramSession }): AstroIntegration {
  let base = "/";
  return {
    name: "aula-diagrams",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:server:setup": ({ server }) => {
        session.renderer.keepUntilClosed();
        server.middlewares.use((req, res, next) => {
          const prefix = `${base}${clientAssetDir}/`;
          if (!req.url?.startsWith(prefix)) return next();
          const name = req.url.slice(prefix.length).split("?")[0];
          res.setHeader("Content-Type", "text/javascript; charset=utf-8");
          if (name === clientScriptName) return res.end(clientScript(prefix));
          if (name === clientMermaidName) return res.end(readFileSync(mermaidBundlePath));
          next();
        });
      },
      "astro:server:done": async () => {
        await session.renderer.close();
      },
      "astro:build:done": async ({ dir }) => {
        await session.renderer.close();
        if (!session.clientFallbackUsed) return;
        const out = join(fileURLToPath(dir), clientAssetDir);
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, clientScriptName), clientScript(`${base}${clientAssetDir}/`));
        copyFileSync(mermaidBundlePath, join(out, clientMermaidName));
      },
    },
  };
}
