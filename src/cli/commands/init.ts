// `aula init [folder]`: a new course, with only what a teacher keeps in their repository. The files are
// copied from src/cli/template/ (shipped in the package); package.json is written here, with this aula's
// version and the Astro and Node ranges this aula is built with.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { enginePackage } from "../../core/engine/package.ts";
import { type CliParams, UsageError } from "../params.ts";

/**
 * The Astro minor this aula was tested with (`^7.3.5` → `~7.3.5`), not any later 7.x: a later minor may need a
 * newer Node than the course's `node` devDependency brings (Astro 7.4.2 wants Node 22.23.4, and the npm
 * package `node` has no 22.x after 22.23.3), and the course would stop building on its next install.
 */
export function testedAstro(peerRange: string): string {
  const caret = /^\^(\d+\.\d+\.\d+)$/.exec(peerRange.trim());
  return caret ? `~${caret[1]}` : peerRange;
}
export const usage = `Uso: aula init [carpeta]

Crea un curso nuevo en la carpeta (la actual si no se indica; se crea si no existe): curso.yaml con una
unidad, una lección de ejemplo con un cuestionario, un diagrama y un bloque de terminal, y lo necesario
para compilarlo, comprobarlo y publicarlo en GitHub Pages. La carpeta tiene que estar vacía.

  --help   esta ayuda

Sale con 0 si creó el curso, 1 si la carpeta no está vacía (no escribe nada) y 2 si algo falló.`;

/** Names npm would drop from the package (or treat as its own), renamed back when copied. */
const renamed: Record<string, string> = { gitignore: ".gitignore" };

interface EngineManifest {
  version: string;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

/** The files of a new course, by path inside it: the template's, and its package.json. */
export function courseFiles(name: string, env: NodeJS.ProcessEnv): Map<string, string> {
  const engine = enginePackage();
  const template = join(engine.root, "src", "cli", "template");
  const files = new Map<string, string>();
  for (const path of readdirSync(template, { recursive: true, encoding: "utf8" }).sort()) {
    if (!statSync(join(template, path)).isFile()) continue;
    const parts = path.split(sep);
    const last = parts.pop()!;
    files.set([...parts, renamed[last] ?? last].join("/"), readFileSync(join(template, path), "utf8"));
  }
  const manifest = JSON.parse(readFileSync(join(engine.root, "package.json"), "utf8")) as EngineManifest;
  const pkg = {
    name,
    private: true,
    type: "module",
    scripts: {
      dev: "aula dev",
      build: "aula build",
      preview: "aula preview",
      pdf: "aula pdf",
      lint: "aula lint",
      // The course's own checks: code blocks, then a whole build (quiz and diagram mistakes stop it).
      test: "aula lint && aula build",
    },
    dependencies: {
      // Tests install a packed aula: AULA_INIT_AULA_SPEC=file:/ruta/aula-x.tgz.
      aula: env.AULA_INIT_AULA_SPEC?.trim() || `^${manifest.version}`,
      astro: testedAstro(manifest.peerDependencies?.astro ?? "*"),
    },
    // Node 22 for `npm run` on machines whose Node is older (Astro needs 22.12).
    devDependencies: { node: manifest.devDependencies?.node ?? "^22.12.0" },
    // npm runs no install script unless allowed: node's puts the Node 22 binary in place, esbuild's checks its own.
    allowScripts: manifest.allowScripts ?? { node: true, esbuild: true },
  };
  files.set("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** An npm package name from a folder's name: `Mi Curso 2025` → `mi-curso-2025`. */
export function packageName(folder: string): string {
  const name = folder
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-._]+|-+$/g, "");
  return name || "curso";
}

/** What the folder holds besides a repository's `.git` (a clone of an empty repository is a fine place). */
function contentsOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [basename(dir)];
  return readdirSync(dir).filter((name) => name !== ".git");
}

export function run({ argv, cwd, env, stdout, stderr }: CliParams): number {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} }));
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1];
    throw new UsageError(option ? `no conoce la opción «${option}»` : String(error));
  }
  if (positionals.length > 1) throw new UsageError(`sobra «${positionals[1]}»: se crea un solo curso cada vez`);
  const target = resolve(cwd, positionals[0] ?? ".");
  const shown = relative(cwd, target) || ".";
  const found = contentsOf(target);
  if (found.length > 0) {
    stderr(
      `No se crea el curso: la carpeta «${shown}» no está vacía (tiene ${found.slice(0, 3).join(", ")}${found.length > 3 ? "…" : ""}); elige una carpeta nueva o vacía.`,
    );
    return 1;
  }
  const files = courseFiles(packageName(basename(target)), env);
  for (const [path, text] of files) {
    const file = join(target, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  stdout(`Curso creado en ${shown === "." ? "la carpeta actual" : `${shown}/`} (${files.size} archivos).`);
  stdout("");
  stdout("Ahora:");
  if (shown !== ".") stdout(`  cd ${shown.includes(" ") ? JSON.stringify(shown) : shown}`);
  stdout("  npm install");
  stdout("  npm run dev        # abre http://localhost:4321/ y recarga al guardar");
  stdout("");
  stdout("La lección de ejemplo está en content/tema1/. README.md explica cómo publicarlo en GitHub Pages.");
  return 0;
}
