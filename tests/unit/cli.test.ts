import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageName } from "../../src/cli/commands/init.ts";
import { main } from "../../src/cli/main.ts";

const repo = resolve(import.meta.dirname, "../..");
const repoPackage = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  version: string;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

async function aula(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv,
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), "aula-cli-")),
    env: options.env ?? {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Every file under a folder, relative and sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

const commands = [
  "init",
  "dev",
  "build",
  "preview",
  "pdf",
  "lint",
  "export pdf",
  "export moodle",
  "export scorm",
  "export epub",
  "import gift",
];

describe("the aula command", () => {
  it("--help lists every command and the exit codes", async () => {
    const { code, out } = await aula(["--help"]);
    expect(code).toBe(0);
    for (const command of [...commands, "images"]) expect(out).toContain(`  ${command}`);
    expect(out).toMatch(/0 si terminaron bien, 1 si el curso tiene\s+problemas/);
  });

  it("each command explains itself with --help, in Spanish, and does nothing else", async () => {
    for (const command of [...commands, "images"]) {
      const { code, out } = await aula([...command.split(" "), "--help"]);
      expect(code, command).toBe(0);
      expect(out, command).toMatch(new RegExp(`^Uso: aula ${command}\\b`));
    }
  });

  it("an unknown command is one clear line and exit code 2, with a likely typo named", async () => {
    const unknown = await aula(["compilar"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("aula: «compilar» no es una orden de aula. «aula --help» las lista.");
    expect((await aula(["buidl"])).err).toContain("¿Querías decir «aula build»?");
    const kind = await aula(["export", "docx"]);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(
      /^aula export: «docx» no es un formato que aula conozca\.\n\nUso: aula export pdf\|moodle\|scorm\|epub/,
    );
    expect((await aula([])).code).toBe(2);
  });

  it("the bin wires arguments, output and the exit code", () => {
    const run = spawnSync(process.execPath, [join(repo, "bin/aula.mjs"), "nada"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("«nada» no es una orden de aula");
    const help = spawnSync(process.execPath, [join(repo, "bin/aula.mjs"), "--version"], { encoding: "utf8" });
    expect([help.status, help.stdout.trim()]).toEqual([0, repoPackage.version]);
  });
});

describe("aula init", () => {
  const expected = [
    ".github/workflows/ci.yml",
    ".github/workflows/deploy.yml",
    ".gitignore",
    "README.md",
    "astro.config.mjs",
    "content/curso.yaml",
    "content/tema1/01-primeros-pasos.md",
    "package.json",
    "public/.gitkeep",
    "src/content.config.ts",
    "tsconfig.json",
  ];

  it("writes exactly a course's files, and tells the next steps", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aula-init-"));
    const { code, out } = await aula(["init", "Mi Curso"], { cwd });
    expect(code).toBe(0);
    expect(filesIn(join(cwd, "Mi Curso"))).toEqual(expected);
    expect(out).toContain('  cd "Mi Curso"\n  npm install\n  npm run dev');
  });

  it("its package.json depends on this aula, the Astro it is built for and the repository's Node", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aula-init-"));
    await aula(["init", "curso"], { cwd });
    const pkg = JSON.parse(readFileSync(join(cwd, "curso/package.json"), "utf8"));
    expect(pkg.name).toBe("curso");
    // The Astro minor aula was tested with, whose Node need the course's node devDependency meets.
    expect(pkg.dependencies).toEqual({
      aula: `^${repoPackage.version}`,
      astro: repoPackage.peerDependencies.astro.replace(/^\^/, "~"),
    });
    expect(pkg.devDependencies).toEqual({ node: repoPackage.devDependencies.node });
    expect(pkg.scripts).toMatchObject({ dev: "aula dev", build: "aula build", test: "aula lint && aula build" });
    expect(pkg.allowScripts).toMatchObject({ node: true });

    const other = mkdtempSync(join(tmpdir(), "aula-init-"));
    await aula(["init"], { cwd: other, env: { AULA_INIT_AULA_SPEC: "file:/tmp/aula-0.1.0.tgz" } });
    expect(JSON.parse(readFileSync(join(other, "package.json"), "utf8")).dependencies.aula).toBe(
      "file:/tmp/aula-0.1.0.tgz",
    );
  });

  it("has the shape of this repository's own course project", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aula-init-"));
    await aula(["init", "curso"], { cwd });
    const config = readFileSync(join(cwd, "curso/astro.config.mjs"), "utf8");
    expect(config).toBe(readFileSync(join(repo, "astro.config.mjs"), "utf8"));
    expect(config.trimEnd().split("\n").length).toBeLessThanOrEqual(10);
    expect(readFileSync(join(cwd, "curso/src/content.config.ts"), "utf8")).toBe(
      readFileSync(join(repo, "src/content.config.ts"), "utf8"),
    );
    const course = parse(readFileSync(join(cwd, "curso/content/curso.yaml"), "utf8"));
    expect(course.units).toHaveLength(1);
    const lesson = readFileSync(join(cwd, "curso/content/tema1/01-primeros-pasos.md"), "utf8");
    for (const part of ["{:.quiz", "```mermaid", "```.term1"]) expect(lesson).toContain(part);
  });

  it("its workflows deploy to Pages under the base Pages gives, and check pull requests with npm test", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aula-init-"));
    await aula(["init"], { cwd });
    type Step = { uses?: string; run?: string; env?: Record<string, string> };
    const steps = (name: string) => {
      const workflow = parse(readFileSync(join(cwd, ".github/workflows", name), "utf8"));
      return {
        on: workflow.on,
        steps: Object.values(workflow.jobs).flatMap((job) => (job as { steps: Step[] }).steps),
      };
    };
    const deploy = steps("deploy.yml");
    expect(deploy.steps.map((s) => s.uses?.split("@")[0])).toEqual(
      expect.arrayContaining(["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]),
    );
    expect(deploy.steps.find((s) => s.run === "npm run build")?.env?.BASE_PATH).toContain("base_path");
    const ci = steps("ci.yml");
    expect(ci.on).toHaveProperty("pull_request");
    expect(ci.steps.map((s) => s.run)).toContain("npm test");
  });

  it("refuses a folder that is not empty, in one line, and writes nothing", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aula-init-"));
    mkdirSync(join(cwd, "curso"));
    writeFileSync(join(cwd, "curso/notas.txt"), "mías\n");
    const { code, out, err } = await aula(["init", "curso"], { cwd });
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toContain("«curso» no está vacía");
    expect(filesIn(join(cwd, "curso"))).toEqual(["notas.txt"]);
  });

  it("takes an empty clone (only .git), and refuses a second folder or an unknown option with code 2", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aula-init-"));
    mkdirSync(join(cwd, ".git"));
    expect((await aula(["init"], { cwd })).code).toBe(0);
    expect((await aula(["init", "a", "b"])).code).toBe(2);
    const option = await aula(["init", "--plantilla", "x"]);
    expect([option.code, option.err]).toEqual([
      2,
      "aula init: no conoce la opción «--plantilla». «aula init --help» explica cómo se usa.",
    ]);
  });

  it("names the package after the folder", () => {
    expect(packageName("Mi Curso de Redes 2025")).toBe("mi-curso-de-redes-2025");
    expect(packageName("Ciberseguridad-PePS")).toBe("ciberseguridad-peps");
    expect(packageName("...")).toBe("curso");
  });
});
