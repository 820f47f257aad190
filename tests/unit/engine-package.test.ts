import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderVersion } from "../../src/core/build/render-version.ts";
import { enginePackage, readEnginePackage } from "../../src/core/engine/package.ts";
import { aulaVersion } from "../../src/exporters/print/export.ts";
import { pageHashes, pdfKey } from "../../src/exporters/print/pdf-cache.ts";

const repo = resolve(import.meta.dirname, "../..");

/** An installed aula as a course's `node_modules/aula` holds it: this repository's engine files, at a version. */
function installed(version: string) {
  const root = join(mkdtempSync(join(tmpdir(), "aula-engine-")), "node_modules", "aula");
  mkdirSync(root, { recursive: true });
  cpSync(join(repo, "src/core"), join(root, "src/core"), { recursive: true });
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "aula", version }));
  return root;
}

function printKey(engineRoot: string) {
  const outDir = mkdtempSync(join(tmpdir(), "aula-site-"));
  mkdirSync(join(outDir, "imprimir"));
  writeFileSync(join(outDir, "imprimir/index.html"), "<html><body><h1>Curso</h1></body></html>");
  const hashes = pageHashes(outDir, "/", "imprimir/");
  return pdfKey({
    part: "body",
    ...hashes,
    paper: "A4",
    engine: aulaVersion(readEnginePackage(engineRoot)),
    chromium: "156",
  });
}

describe("the installed engine", () => {
  it("is the package this code ships in, found from its own files", () => {
    const engine = enginePackage();
    expect(engine.root).toBe(repo);
    expect(engine.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(engine.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("an upgrade invalidates stored lessons and cached PDFs", () => {
    const old = installed("1.0.0");
    const before = { render: renderVersion(readEnginePackage(old)), pdf: printKey(old) };
    expect(renderVersion(readEnginePackage(old))).toBe(before.render);
    expect(printKey(old)).toBe(before.pdf);

    writeFileSync(join(old, "package.json"), JSON.stringify({ name: "aula", version: "1.1.0" }));
    expect(renderVersion(readEnginePackage(old))).not.toBe(before.render);
    expect(printKey(old)).not.toBe(before.pdf);
  });

  it("a changed engine file invalidates them too, at the same version", () => {
    const engine = installed("1.0.0");
    const before = { render: renderVersion(readEnginePackage(engine)), pdf: printKey(engine) };
    writeFileSync(join(engine, "src/core/markdown/remark-callouts.ts"), "export default () => () => {};\n");
    expect(renderVersion(readEnginePackage(engine))).not.toBe(before.render);
    expect(printKey(engine)).not.toBe(before.pdf);
  });
});
