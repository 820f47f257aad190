// `npm run build`: the site (`astro build`), then its PDFs. When nothing it is built from changed
// since the last successful build and the output folder is as that build left it, it says so and
// stops: a build with nothing to do takes a fraction of a second. `--force` (or AULA_FORCE_BUILD=1)
// builds anyway; other flags (`--verbose`) go to `astro build`.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { findChromium } from "../src/core/browser/chromium.ts";
import {
  type BuildStamp,
  inputFingerprint,
  listFiles,
  stampPath,
  upToDate,
  warningLines,
} from "../src/core/build/up-to-date.ts";
import { readSiteEnv } from "../src/core/course/env.ts";
import { enginePackage } from "../src/core/engine/package.ts";

const root = resolve(import.meta.dirname, "..");

/** Runs `astro build` with the given flags (`--verbose`…), echoing its output as it comes and keeping it. */
function astroBuild(flags: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", ...flags], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}) },
    stdio: ["inherit", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    process.stdout.write(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    process.stderr.write(chunk);
  });
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done({ code, output }));
  });
}

async function run(argv: string[]): Promise<number> {
  const env = readSiteEnv();
  const outDir = resolve(root, process.env.AULA_OUT_DIR?.trim() || "dist");
  const stampFile = stampPath(root, outDir);
  const inputs = inputFingerprint({
    root,
    ...env,
    env: process.env,
    browser: findChromium(),
    engineRoot: enginePackage().root,
  });
  const force = argv.includes("--force") || process.env.AULA_FORCE_BUILD === "1";
  const reusable = force ? undefined : upToDate(stampFile, inputs, outDir);
  if (reusable) {
    console.log(
      `${relative(root, outDir) || outDir}/ ya está al día: nada de lo que lo forma cambió desde la última compilación. ` +
        "`npm run build -- --force` lo compila de nuevo.",
    );
    if (reusable.warnings.length > 0) {
      console.log("Avisos de aquella compilación:");
      for (const line of reusable.warnings) console.log(line);
    }
    return 0;
  }

  rmSync(stampFile, { force: true });
  const site = await astroBuild(argv.filter((arg) => arg !== "--force"));
  if (site.code !== 0) return site.code ?? 1;
  const pdfLines: string[] = [];
  const keep = (print: (line: string) => void) => (line: string) => {
    pdfLines.push(line);
    print(line);
  };
  // Loaded only now: it brings the whole print pipeline, 0.2 s before Astro could start.
  const { main: exportPdf } = await import("./export-pdf.ts");
  const pdf = await exportPdf({
    argv: ["--no-build", "--if-browser"],
    env: process.env,
    log: keep((line) => console.log(line)),
    error: keep((line) => console.error(line)),
  });
  if (pdf !== 0) return pdf;

  const stamp: BuildStamp = {
    version: 1,
    inputs,
    output: listFiles(outDir),
    warnings: warningLines(`${site.output}\n${pdfLines.join("\n")}`),
  };
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
  return 0;
}

process.exitCode = await run(process.argv.slice(2));
