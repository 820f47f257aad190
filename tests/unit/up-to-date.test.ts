import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputFingerprint, listFiles, shapingEnv, upToDate, warningLines } from "../../src/core/build/up-to-date.ts";

function project() {
  const root = mkdtempSync(join(tmpdir(), "aula-stamp-"));
  for (const dir of ["src", "content/tema1", "public", "dist"]) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "src/page.ts"), "export {};\n");
  writeFileSync(join(root, "content/tema1/leccion.md"), "# Lección\n");
  writeFileSync(join(root, "dist/index.html"), "<h1>Lección</h1>\n");
  const engineRoot = join(root, "node_modules/aula");
  mkdirSync(join(engineRoot, "src"), { recursive: true });
  writeFileSync(join(engineRoot, "package.json"), '{ "name": "aula", "version": "1.0.0" }\n');
  const inputs = {
    root,
    contentDir: join(root, "content"),
    publicDir: join(root, "public"),
    browser: undefined,
    engineRoot,
  };
  return { root, fingerprint: (env: NodeJS.ProcessEnv = {}) => inputFingerprint({ ...inputs, env }) };
}

describe("build stamps", () => {
  it("fingerprints change with a lesson, a new asset, the code or a shaping variable, not with unrelated ones", () => {
    const { root, fingerprint } = project();
    const before = fingerprint({ BASE_PATH: "/a/", HOME: "/root" });
    expect(fingerprint({ BASE_PATH: "/a/", HOME: "/elsewhere", AULA_FORCE_BUILD: "1" })).toBe(before);
    expect(fingerprint({ BASE_PATH: "/b/" })).not.toBe(before);
    utimesSync(join(root, "content/tema1/leccion.md"), new Date(), new Date(Date.now() + 5000));
    const edited = fingerprint({ BASE_PATH: "/a/" });
    expect(edited).not.toBe(before);
    writeFileSync(join(root, "public/foto.png"), "png");
    const withAsset = fingerprint({ BASE_PATH: "/a/" });
    expect(withAsset).not.toBe(edited);
    // A plugin's code is an input too: the site it renders changes with it.
    writeFileSync(join(root, "src/page.ts"), "export const changed = true;\n");
    const withCode = fingerprint({ BASE_PATH: "/a/" });
    expect(withCode).not.toBe(withAsset);
    // So is the installed engine: an upgrade of aula rebuilds.
    writeFileSync(join(root, "node_modules/aula/package.json"), '{ "name": "aula", "version": "1.0.1" }\n');
    expect(fingerprint({ BASE_PATH: "/a/" })).not.toBe(withCode);
  });

  it("reuses an output folder only when it is exactly what was written", () => {
    const { root, fingerprint } = project();
    const stampFile = join(root, "stamp.json");
    const inputs = fingerprint();
    const stamp = { version: 1, inputs, output: listFiles(join(root, "dist")), warnings: [] };
    writeFileSync(stampFile, JSON.stringify(stamp));
    expect(upToDate(stampFile, inputs, join(root, "dist"))).toBeDefined();
    expect(upToDate(stampFile, "other", join(root, "dist"))).toBeUndefined();
    writeFileSync(join(root, "dist/extra.html"), "");
    expect(upToDate(stampFile, inputs, join(root, "dist"))).toBeUndefined();
    rmSync(join(root, "dist/extra.html"));
    writeFileSync(join(root, "dist/index.html"), "<h1>Editada a mano</h1>\n");
    expect(upToDate(stampFile, inputs, join(root, "dist"))).toBeUndefined();
    writeFileSync(stampFile, "{ corrupto");
    expect(upToDate(stampFile, inputs, join(root, "dist"))).toBeUndefined();
  });

  it("keeps only the variables that shape the site", () => {
    expect(shapingEnv({ AULA_PDF: "off", SITE_URL: "https://x/", PATH: "/bin", AULA_FORCE_BUILD: "1" })).toEqual({
      AULA_PDF: "off",
      SITE_URL: "https://x/",
    });
  });

  it("keeps the warning lines of a build's output, without colours", () => {
    const output = [
      "12:00:01 [content] Syncing content",
      "\x1b[33m12:00:02 [WARN] [courseLoader] tema1/a.md:3  aviso  La imagen «x.png» no existe\x1b[39m",
      "aviso  PDF desactivados con AULA_PDF=off",
      "12:00:09 [build] Complete!",
    ].join("\n");
    expect(warningLines(output)).toEqual([
      "12:00:02 [WARN] [courseLoader] tema1/a.md:3  aviso  La imagen «x.png» no existe",
      "aviso  PDF desactivados con AULA_PDF=off",
    ]);
  });
});
