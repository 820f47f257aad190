import { describe, expect, it } from "vitest";
import { warningCount } from "../../src/core/build/warning-count.ts";

const route = (i: number) => `12:00:05   ├─ /tema1/leccion-${i}/index.html (+3ms)`;

describe("the build's last line about its warnings", () => {
  it("counts each warning once and the lessons they are in, after the route lines", () => {
    const output = [
      "\x1b[33m12:00:02 [WARN] [aula-course] content/tema1/a.md:3:1  aviso  La imagen «x.png» no existe  [image/missing]\x1b[39m",
      "12:00:02 [WARN] [aula-course] content/tema1/a.md:9:4  aviso  El enlace «www.amazon.es» no empieza por http://  [link/suspicious]",
      "12:00:02 [WARN] [aula-course] content/tema2/b.mdx:1:1  aviso  Un iframe que no se carga  [embed/unsupported]",
      // The same line printed twice (the loader and the dev report) is one warning.
      "12:00:02 [WARN] [aula-course] content/tema2/b.mdx:1:1  aviso  Un iframe que no se carga  [embed/unsupported]",
      ...Array.from({ length: 70 }, (_, i) => route(i)),
      "aviso  PDF desactivados con AULA_PDF=off",
      "12:00:09 [build] Complete!",
    ].join("\n");
    expect(warningCount(output)).toBe("3 avisos en 2 lecciones, más arriba con su archivo y su línea");
  });

  it("says «aviso» and «lección» for one, «archivos» when one is not a lesson, and nothing for none", () => {
    expect(warningCount("content/tema1/a.md:3  aviso  x")).toBe(
      "1 aviso en 1 lección, más arriba con su archivo y su línea",
    );
    expect(warningCount("content/curso.yaml  aviso  La unidad «tema2» no está\ncontent/tema1/a.md:3  aviso  x")).toBe(
      "2 avisos en 2 archivos, más arriba con su archivo y su línea",
    );
    expect(warningCount([route(1), "12:00:09 [build] Complete!"].join("\n"))).toBeUndefined();
  });
});
