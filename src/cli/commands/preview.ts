import { runAstro } from "../astro.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula preview [opciones de astro preview]

Sirve el sitio ya construido (dist/, tras «aula build») en http://localhost:4321/, como se publicará,
con la búsqueda. Ctrl+C lo detiene.

  --port N, --host   y las demás opciones pasan a «astro preview»
  --help             esta ayuda`;

export async function run({ argv, cwd, env }: CliParams): Promise<number> {
  const astro = await runAstro(cwd, ["preview", ...argv], env);
  // Ctrl+C is how a server ends, not a failure.
  return astro.stopped ? 0 : astro.code;
}
