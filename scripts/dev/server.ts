import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { readCourseSiteEnv } from "../../src/core/course/env.ts";

/** A free TCP port on localhost, for a dev server of our own. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Every process below `pid`, from /proc (Linux). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (p: number) => {
    for (const child of children.get(p) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
}

/** Vitest's NODE_ENV=test and VITEST* variables make `astro dev` serve nothing; a teacher's shell has neither. */
function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST")));
}

export interface DevServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, as Ctrl+C's neighbour would send; resolves when the server has exited. */
  stop(): Promise<void>;
}

/** `astro dev` on a course folder, with the project's Node; resolves once it answers. */
export async function startDevServer(options: {
  contentDir: string;
  root?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<DevServer> {
  const root = options.root ?? process.cwd();
  const port = await freePort();
  const node = resolve(root, "node_modules/node/bin/node");
  const child = spawn(node, [join(root, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port)], {
    cwd: root,
    env: {
      ...withoutTestRunner(process.env),
      ASTRO_TELEMETRY_DISABLED: "1",
      AULA_CONTENT_DIR: options.contentDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  // The course's base: BASE_PATH, else the path of curso.yaml's url (as the integration decides).
  const { base } = readCourseSiteEnv(
    { ...process.env, AULA_CONTENT_DIR: options.contentDir, ...options.env } as NodeJS.ProcessEnv,
    root,
  );
  const url = `http://localhost:${port}${base}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev terminó al arrancar:\n${log}`);
    try {
      // Vite listens before Astro's routes are in place (it answers 404 then): wait for the home page.
      if ((await fetch(url)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`astro dev no respondió en ${url}:\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    process: child,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
