import { runAstro } from "../astro.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula dev [opciones de astro dev]

Sirve el curso en http://localhost:4321/ mientras escribes: cada vez que guardas una lección, la página
abierta se actualiza. Ctrl+C lo detiene. La búsqueda y los PDF solo se hacen con «aula build».

  --port N, --host   y las demás opciones pasan a «astro dev»
  --help             esta ayuda`;

export async function run({ argv, cwd, env }: CliParams): Promise<number> {
  const astro = await runAstro(cwd, ["dev", ...argv], env);
  // Ctrl+C is how a server ends, not a failure.
  return astro.stopped ? 0 : astro.code;
}
