import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { projectRoot, serveSite } from "./support/site.ts";

// A teacher's loop with the published package: npm pack, `aula init` from the tarball, npm install, build,
// the course's own npm test, a lesson of their own, and an upgrade of aula. Everything runs in a temporary
// folder outside this repository, with the course's own Node, Astro and aula from node_modules.

const base = "/cursos/mi-curso/";
const work = mkdtempSync(join(tmpdir(), "aula-package-"));
const course = join(work, "mi-curso");
const changedFooter = "Hecho con aula (versión de prueba)";

/** A teacher's shell: none of the test runner's or the outer npm run's variables. */
const shell = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST") && !key.startsWith("npm_") && !key.startsWith("AULA_"),
  ),
);
/** The build GitHub Pages would run: under a sub-path, with the PDFs. */
const pagesEnv = { BASE_PATH: base, AULA_PDF: "on" };

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...shell, ...env },
    encoding: "utf8",
    timeout: 900_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[package] ${command} ${args.join(" ")}: ${result.status} en ${seconds} s`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} salió con ${result.status}:\n${output}`);
  return output;
}

const npmInstall = (...specs: string[]) =>
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...specs], course);

/** `npm pack` of a folder into `dest`; the tarball's path. */
function pack(dir: string, dest: string, extra: string[] = []): string {
  mkdirSync(dest, { recursive: true });
  const output = run("npm", ["pack", "--json", "--pack-destination", dest, ...extra], dir);
  const report = JSON.parse(output.slice(output.indexOf("["), output.lastIndexOf("]") + 1)) as { filename: string }[];
  return join(dest, report[0]!.filename);
}

/** The PDF lines of a build's output: printed (`… 1234 ms`) or copied from the cache (`reutilizado`). */
const pdfLines = (output: string) => output.split("\n").filter((line) => line.startsWith("PDF  pdf/"));

const { newPage } = useBrowser();
let tarball = "";
let firstBuild = "";
let site: { url: string; close: () => Promise<void> } | undefined;

beforeAll(() => {
  tarball = pack(projectRoot, join(work, "pack"));
  const extracted = join(work, "extracted");
  mkdirSync(extracted);
  run("tar", ["xzf", tarball, "-C", extracted], work);
  // Proof that the packed CLI runs its JavaScript: without the TypeScript of the CLI, init still works.
  for (const file of ["src/cli/main.ts", "src/cli/commands/init.ts"]) rmSync(join(extracted, "package", file));
  run(process.execPath, [join(extracted, "package/bin/aula.mjs"), "init", "mi-curso"], work, {
    AULA_INIT_AULA_SPEC: `file:${tarball}`,
  });
  npmInstall();
  firstBuild = run("npm", ["run", "build"], course, pagesEnv);
}, 1_800_000);

afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("a course made with aula init from the packed tarball", () => {
  it("holds only the course, with the packed aula installed and no engine of its own", () => {
    const pkg = JSON.parse(readFileSync(join(course, "package.json"), "utf8"));
    expect(pkg.dependencies.aula).toBe(`file:${tarball}`);
    const aula = join(course, "node_modules/aula");
    expect(existsSync(join(aula, "lib/cli/main.js"))).toBe(true);
    for (const left of ["content", "tests", "tools", "scripts", "src/content.config.ts"])
      expect(existsSync(join(aula, left)), left).toBe(false);
    expect(existsSync(join(course, "src/site"))).toBe(false);
  });

  it("builds its PDFs", () => {
    for (const pdf of ["pdf/curso.pdf", "pdf/tema1/primeros-pasos.pdf"])
      expect(
        readFileSync(join(course, "dist", pdf))
          .subarray(0, 5)
          .toString(),
        pdf,
      ).toBe("%PDF-");
    expect(pdfLines(firstBuild)).toHaveLength(2);
  });

  it("renders the lesson, answers its quiz, draws its diagram inline and finds it by search", async () => {
    site = await serveSite(join(course, "dist"), base);
    const page = await newPage();
    await page.goto(`${site.url}tema1/primeros-pasos/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Primeros pasos");
    await expect(page.locator("pre").filter({ hasText: "mkdir practicas" }).count()).resolves.toBe(1);

    const quiz = page.locator("aula-quiz").first();
    await quiz.getByRole("radio", { name: "content/" }).check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(quiz.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");

    const diagram = page.locator("figure.diagram").first();
    await expect(diagram.locator("img").count()).resolves.toBe(0);
    const svg = diagram.locator("svg.diagram__svg--light");
    await expect(svg.getAttribute("role")).resolves.toBe("img");
    await expect(svg.textContent()).resolves.toContain("Lección en Markdown");

    await page.getByRole("button", { name: "Buscar" }).click();
    const dialog = page.getByRole("dialog", { name: "Buscar en el curso" });
    await dialog.getByRole("searchbox").fill("Mermaid");
    const result = page.locator(".search-result__link").first();
    await result.waitFor();
    await expect(result.getAttribute("href")).resolves.toContain(`${base}tema1/primeros-pasos/`);
  });

  it("passes its own npm test: its code blocks, then the build (up to date here: it is the one above)", () => {
    const output = run("npm", ["test"], course, pagesEnv);
    expect(output).toMatch(/0 errores, 0 avisos en 2 bloques de 1 lección/);
    expect(output).toContain("ya está al día");
  });

  it("upgraded to a changed aula, builds again: the change is in the pages and the PDFs are printed anew", () => {
    const printPage = readFileSync(join(course, "dist/imprimir/index.html"), "utf8");
    const changed = join(work, "changed");
    mkdirSync(changed);
    run("tar", ["xzf", tarball, "-C", changed], work);
    const strings = join(changed, "package/src/core/i18n/es.ts");
    const source = readFileSync(strings, "utf8");
    expect(source).toContain('"site.footer": "Hecho con aula"');
    writeFileSync(strings, source.replace('"site.footer": "Hecho con aula"', `"site.footer": "${changedFooter}"`));
    // The packed folder has no scripts/: its lib/ is already compiled, so nothing runs before packing.
    const upgrade = pack(join(changed, "package"), join(work, "changed-pack"), ["--ignore-scripts"]);
    npmInstall(`aula@file:${upgrade}`);

    const output = run("npm", ["run", "build"], course, pagesEnv);
    expect(output).not.toContain("ya está al día");
    expect(readFileSync(join(course, "dist/tema1/primeros-pasos/index.html"), "utf8")).toContain(changedFooter);
    // The print pages do not show the footer: the PDFs are printed again because aula changed, not their page.
    expect(readFileSync(join(course, "dist/imprimir/index.html"), "utf8")).toBe(printPage);
    const lines = pdfLines(output);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/\d+ ms$/);
  });

  it("with the sample lesson replaced by the teacher's own, its npm test stays green", () => {
    rmSync(join(course, "content/tema1/01-primeros-pasos.md"));
    writeFileSync(
      join(course, "content/tema1/01-redes.md"),
      `---
title: La red de tu máquina
---

Para ver las direcciones de red de tu máquina ([manual de ip](https://man7.org/linux/man-pages/man8/ip-address.8.html)), abre un terminal y escribe:

\`\`\`.term1
ip address show
ping -c 3 127.0.0.1
\`\`\`

{:.quiz #direcciones}
¿Qué órdenes muestran las direcciones de red de la máquina?

- [x] \`ip address show\`
  Es la forma larga.
- [x] \`ip a\`
  Es la forma corta de la misma orden.
- [ ] \`ping\`
  Comprueba si otra máquina contesta, pero no enseña tus direcciones.

> \`ip\` agrupa las órdenes de red por objeto: \`address\`, \`route\`, \`link\`.
`,
    );
    const output = run("npm", ["test"], course);
    expect(output).toMatch(/0 errores, 0 avisos en 1 bloque de 1 lección/);
    expect(existsSync(join(course, "dist/tema1/redes/index.html"))).toBe(true);
    expect(existsSync(join(course, "dist/tema1/primeros-pasos"))).toBe(false);
  });

  it("takes the teacher's own colours from customCss, after aula's", async () => {
    writeFileSync(join(course, "src/estilos.css"), ":root {\n  --accent: rgb(200, 0, 100);\n}\n");
    const config = join(course, "astro.config.mjs");
    const source = readFileSync(config, "utf8");
    expect(source).toContain("aula()");
    writeFileSync(config, source.replace("aula()", 'aula({ customCss: ["./src/estilos.css"] })'));
    run("npm", ["run", "build"], course, { AULA_PDF: "off" });
    const restyled = await serveSite(join(course, "dist"), "/");
    try {
      const page = await newPage();
      await page.goto(`${restyled.url}tema1/redes/`);
      const link = page.locator('main a[href^="https://man7.org/"]');
      await expect(link.evaluate((a) => getComputedStyle(a).color)).resolves.toBe("rgb(200, 0, 100)");
    } finally {
      await restyled.close();
    }
  });
});
