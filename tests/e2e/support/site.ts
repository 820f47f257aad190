import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import sirv from "sirv";

export const projectRoot = resolve(import.meta.dirname, "../../..");

/** The base path the tests build under, as the course is published on GitHub Pages. */
export const testBase = "/Ciberseguridad-PePS/";
export const testSiteUrl = "https://victorponz.github.io/Ciberseguridad-PePS/";

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the README's build command with the given environment, as a teacher would. */
export function runBuild(env: Record<string, string>): BuildResult {
  const result = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Serves a built site on 127.0.0.1 under `base`, as GitHub Pages would (404.html for misses). */
export async function serveSite(dir: string, base: string): Promise<{ url: string; server: Server }> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end("fuera de la base");
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      req.url = "/404.html";
      files(req, res, () => {
        res.end();
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, server };
}
