// `aula export <format>`: one exporter of src/exporters/registry.ts, fed the manifest of the last build.
import { resolve } from "node:path";
import { stampPath, upToDate } from "../../core/build/up-to-date.ts";
import { ManifestError, manifestPath, readManifest } from "../../core/manifest/file.ts";
import { ExportError, type Exporter, ExportUsageError } from "../../exporters/exporter.ts";
import type { ExporterEntry } from "../../exporters/registry.ts";
import { type CliParams, type CommandModule, UsageError } from "../params.ts";
import { siteInputs } from "../site-inputs.ts";

/** Whether the output folder is what the last `aula build` made from the course as it is now. */
function siteIsCurrent(root: string, outDir: string, env: NodeJS.ProcessEnv): boolean {
  return upToDate(stampPath(root, outDir), siteInputs(root, env), outDir) !== undefined;
}

/**
 * Runs an exporter: builds first when the site is not current (the one build, with its PDFs: never a second,
 * private one), then hands it the manifest. Exit codes: 0 done (or nothing to export, said), 1 the course or its
 * build failed, 2 a wrong option or a crash.
 */
export async function runExport(exporter: Exporter, { argv, cwd, env, stdout, stderr }: CliParams): Promise<number> {
  const outDir = resolve(cwd, env.AULA_OUT_DIR?.trim() || "dist");
  const started = performance.now();
  if (!siteIsCurrent(cwd, outDir, env)) {
    stdout("El sitio no está al día: se construye primero («aula build»).");
    const { run: build } = await import("./build.ts");
    const code = await build({ argv: [], cwd, env, stdout, stderr });
    if (code !== 0) return code;
  }
  try {
    const manifest = readManifest(manifestPath(cwd, outDir), cwd);
    const outcome = await exporter.export(manifest, { root: cwd, argv, env, log: stdout, warn: stdout });
    if (outcome.written.length > 0) stdout(`en ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (error instanceof ExportUsageError) throw new UsageError(error.message);
    if (error instanceof ManifestError || error instanceof ExportError) {
      stderr(`aula export ${exporter.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** The `aula export <name>` command of one registered exporter. */
export async function exportCommand(entry: ExporterEntry): Promise<CommandModule> {
  const exporter = await entry.load();
  return { usage: exporter.usage, run: (params) => runExport(exporter, params) };
}
