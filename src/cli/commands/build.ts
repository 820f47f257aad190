// `aula build`: the site (`astro build`), then its PDFs. When nothing it is built from changed since the last
// successful build and the output folder is as that build left it, it says so and stops: a build with nothing
// to do takes a fraction of a second.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { type BuildStamp, listFiles, stampPath, upToDate, warningLines } from "../../core/build/up-to-date.ts";
import { warningCount } from "../../core/build/warning-count.ts";
import { runAstro } from "../astro.ts";
import type { CliParams } from "../params.ts";
import { cliLanguage } from "../language.ts";
import { siteInputs } from "../site-inputs.ts";

export const usage = `Uso: aula build [--force] [opciones de astro build]

Construye el sitio del curso en dist/ (o AULA_OUT_DIR), con el índice de búsqueda, y después sus PDF
si hay Chrome o Chromium (AULA_PDF=off no los genera).

Si nada de lo que forma el sitio cambió desde la última compilación y dist/ sigue como quedó, no
compila: lo dice y repite los avisos de entonces.

  --force      compila aunque esté al día (también AULA_FORCE_BUILD=1)
  --verbose    y las demás opciones pasan a «astro build» (--verbose muestra lo que tardó cada diagrama)
  --help       esta ayuda

Sale con 0 si el sitio se construyó, 1 si el curso tiene errores (cada uno en una línea) y 2 si la
compilación no pudo hacerse.`;

export async function run({ argv, cwd: root, env, stdout, stderr }: CliParams): Promise<number> {
  const outDir = resolve(root, env.AULA_OUT_DIR?.trim() || "dist");
  const stampFile = stampPath(root, outDir);
  const inputs = siteInputs(root, env);
  const force = argv.includes("--force") || env.AULA_FORCE_BUILD === "1";
  const reusable = force ? undefined : upToDate(stampFile, inputs, outDir);
  if (reusable) {
    stdout(
      `${relative(root, outDir) || outDir}/ ya está al día: nada de lo que lo forma cambió desde la última compilación. ` +
        "«aula build --force» (o «npm run build -- --force») lo compila de nuevo.",
    );
    if (reusable.warnings.length > 0) {
      stdout("Avisos de aquella compilación:");
      for (const line of reusable.warnings) stdout(line);
    }
    const count = warningCount(reusable.warnings.join("\n"), cliLanguage(env, root));
    if (count) stdout(count);
    return 0;
  }

  rmSync(stampFile, { force: true });
  const astro = await runAstro(root, ["build", ...argv.filter((arg) => arg !== "--force")], env, { keep: true });
  if (astro.code !== 0 || astro.stopped) return astro.code || 2;
  const pdfLines: string[] = [];
  const keep = (print: (line: string) => void) => (line: string) => {
    pdfLines.push(line);
    print(line);
  };
  // Loaded only now: it brings the whole print pipeline, 0.2 s before Astro could start.
  const { main: exportPdf } = await import("./pdf.ts");
  const pdf = await exportPdf({
    argv: ["--no-build", "--if-browser"],
    cwd: root,
    env,
    log: keep(stdout),
    error: keep(stderr),
  });
  if (pdf !== 0) return pdf;

  const stamp: BuildStamp = {
    version: 1,
    inputs,
    output: listFiles(outDir),
    warnings: warningLines(`${astro.output}\n${pdfLines.join("\n")}`),
  };
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
  // Last, below the route lines and the PDFs: the warnings printed above are easy to miss.
  const count = warningCount(`${astro.output}\n${pdfLines.join("\n")}`, cliLanguage(env, root));
  if (count) stdout(count);
  return 0;
}
