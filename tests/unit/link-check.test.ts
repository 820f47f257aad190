import { describe, expect, it } from "vitest";
import { nearestId, suspiciousLink } from "../../src/core/markdown/suspicious-links.ts";
import { ruleInfo } from "../../src/core/problems/rules.ts";
import { readFixture, renderMarkdown } from "./support/markdown.ts";

describe("links broken in the source", () => {
  it("warns once at file:line for each, with the link it meant, and publishes the rest untouched", async () => {
    const { html, diagnostics } = await renderMarkdown(readFixture("jekyll-links/leccion.md"), {
      path: "content/tema3/leccion.md",
    });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.fix}`)).toEqual([
      "8:14 warning link/suspicious escribe «https://www.amazon.es»",
      "8:50 warning link/suspicious escribe «https://tienda.example.com/ofertas»",
      "10:28 warning link/suspicious escribe «http://localhost:8000»",
      "12:26 warning link/suspicious escribe «https://docs.docker.com/get-started/»",
      "14:21 warning link/suspicious escribe «http://localhost:8080/admin»",
      "14:76 warning link/suspicious escribe «http://192.168.1.10:8080»",
      "18:10 warning link/missing-anchor ¿querías decir «#configuración-inicial»?",
      "18:56 warning link/missing-anchor escribe el id de uno de sus títulos: el que enlaza el «#» que aparece junto a cada uno",
    ]);
    expect(diagnostics.every((d) => d.file === "content/tema3/leccion.md")).toBe(true);
    expect(diagnostics[0].message).toBe(
      "El enlace «www.amazon.es» no empieza por http:// ni https://: el navegador lo busca como una página de este sitio",
    );
    expect(diagnostics[6].message).toBe("El enlace «#configuracion-inicial» no lleva a ningún título de esta lección");
    for (const d of diagnostics) expect(ruleInfo(d.ruleId)?.severity).toBe("warning");
    // Warnings only: the links are published as written.
    expect(html).toContain('href="www.amazon.es"');
    expect(html).toContain('href="#requisitos"');
  });

  it.each([
    ["www.amazon.es", "https://www.amazon.es"],
    ["localhost:5000/api", "http://localhost:5000/api"],
    ["https:/ejemplo.org", "https://ejemplo.org"],
    ["htps://ejemplo.org", "https://ejemplo.org"],
    ["htp://ejemplo.org", "http://ejemplo.org"],
    ["http//ejemplo.org", "http://ejemplo.org"],
    ["http://host: 8080", "http://host:8080"],
    ["http://host%20:8080/a", "http://host:8080/a"],
  ])("%s is suspicious: %s", (href, meant) => {
    expect(suspiciousLink(href)?.fix).toBe(`escribe «${meant}»`);
  });

  it.each([
    "https://www.amazon.es",
    "//cdn.example.org/a.js",
    "../tema2/servidores/",
    "/assets/img/a.png",
    "apuntes.md",
    "script.sh",
    "docker-compose.yml",
    "index.html",
    "mailto:profe@example.org",
    "ftp://ftp.debian.org/",
    "ssh://git@github.com/a/b",
    "https://example.org/a b",
    "#arriba",
  ])("%s is not", (href) => {
    expect(suspiciousLink(href)).toBeUndefined();
  });

  it("suggests the heading id an anchor meant", () => {
    const ids = ["configuración-inicial", "dónde-comprar", "paso-2"];
    expect(nearestId("Configuracion-Inicial", ids)).toBe("configuración-inicial");
    expect(nearestId("paso2", ids)).toBe("paso-2");
    expect(nearestId("donde-compra", ids)).toBe("dónde-comprar");
    expect(nearestId("requisitos", ids)).toBeUndefined();
  });
});
