import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  countRenderedPages,
  formatTimedLog,
  parsePhases,
  parseTimedLog,
  phaseNames,
} from "../../scripts/bench/build-log.ts";
import {
  aulaLesson,
  type BuildRun,
  formatVsStarlight,
  median,
  parseMaxRssKb,
  parseVsStarlightArgs,
  ratio,
  summarize,
} from "../../scripts/bench/vs-starlight.ts";
import { readLesson } from "../../src/core/course/lessons.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bench/${name}`, import.meta.url), "utf8");

describe("build log phases", () => {
  // Captured from `npm run bench -- --vs-starlight --sizes 6` (6 chapter pages, clean builds).
  const aula = parseTimedLog(fixture("aula-build.log"));
  const starlight = parseTimedLog(fixture("starlight-build.log"));

  it("splits aula's whole-process time at its log markers, CSP pass included", () => {
    const phases = parsePhases(aula, 39_000);
    expect(phases.arranque).toBeCloseTo(26_349, 0);
    expect(phases["sincronizar contenido"]).toBeCloseTo(29_915 - 26_349, 0);
    expect(phases["empaquetar (Vite)"]).toBeCloseTo(33_910 - 29_966, 0);
    expect(phases["generar páginas"]).toBeCloseTo(35_859 - 33_910, 0);
    expect(phases.Pagefind).toBeCloseTo(37_243 - 35_859, 0);
    expect(phases.CSP).toBeCloseTo(37_350 - 37_243, 0);
    expect(phases.salida).toBeCloseTo(39_000 - 37_355, 0);
    const sum = phaseNames.reduce((total, name) => total + (phases[name] ?? 0), 0);
    expect(sum).toBeCloseTo(39_000, 0);
  });

  it("reads Starlight's Pagefind lines as one phase and has no CSP pass", () => {
    const phases = parsePhases(starlight, 46_000);
    expect(phases.CSP).toBeUndefined();
    expect(phases.Pagefind).toBeCloseTo(45_289 - 44_732, 0);
    expect(phases.resto).toBeCloseTo(45_400 - 45_289, 0);
  });

  it("keeps Pagefind whole when Astro notes a slow hook between its lines", () => {
    // The end of a warm Starlight build at 300 chapter pages.
    const phases = parsePhases(parseTimedLog(fixture("starlight-slow-pagefind.log")), 50_000);
    expect(phases.Pagefind).toBeCloseTo(49_544 - 38_880, 0);
  });

  it("counts the pages each build says it wrote", () => {
    expect(countRenderedPages(aula)).toBe(16);
    expect(countRenderedPages(starlight)).toBe(8);
  });

  it("keeps the arrival time through a write and read, and strips colours", () => {
    const lines = [
      { ms: 1234, text: "\u001b[32m[content] Syncing content\u001b[39m" },
      { ms: 2000, text: "[content] Synced content" },
    ];
    expect(parseTimedLog(formatTimedLog(lines))).toEqual([
      { ms: 1234, text: "[content] Syncing content" },
      { ms: 2000, text: "[content] Synced content" },
    ]);
    expect(parseTimedLog("1.500\tone\nno time\n")).toEqual([
      { ms: 1500, text: "one" },
      { ms: 1500, text: "no time" },
    ]);
  });
});

describe("vs-starlight figures", () => {
  it("takes medians of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("gives no ratio without both figures", () => {
    expect(ratio(5, 10)).toBe(0.5);
    expect(ratio(5, undefined)).toBeUndefined();
    expect(ratio(5, 0)).toBeUndefined();
  });

  it("reads the options and refuses sizes make-content cannot write", () => {
    expect(parseVsStarlightArgs(["--vs-starlight"])).toEqual({ sizes: [6, 300, 1200], runs: 3 });
    expect(parseVsStarlightArgs(["--vs-starlight", "--sizes", "6,300", "--runs=1"])).toEqual({
      sizes: [6, 300],
      runs: 1,
    });
    expect(() => parseVsStarlightArgs(["--sizes", "7"])).toThrow(/múltiplo de 6/);
    expect(() => parseVsStarlightArgs(["--runs", "0"])).toThrow(/--runs/);
    expect(() => parseVsStarlightArgs(["--fast"])).toThrow(/--fast/);
  });

  it("reads peak memory from /usr/bin/time -v", () => {
    expect(parseMaxRssKb("\tMaximum resident set size (kbytes): 558284\n\tAverage resident set size")).toBe(558284);
    expect(parseMaxRssKb("")).toBeUndefined();
  });

  it("turns a generated page into a lesson of the given unit, in its place", () => {
    const page = '---\ntitle: "Docker (2)"\ndescription: "x"\nsidebar:\n  order: 7\nweight: 7\n---\nTexto.\n';
    const course = { title: "C", units: [{ id: "tema-002", title: "Dos" }] };
    const lesson = readLesson("tema-002/01-docker-2.md", "01-docker-2.md", aulaLesson(page, "tema-002"), course);
    expect(lesson.diagnostics).toEqual([]);
    expect(lesson.place).toMatchObject({ unit: "tema-002", slug: "docker-2", sortKey: "000007" });
  });

  const build = (over: Partial<BuildRun>): BuildRun => ({
    variant: "aula",
    size: 6,
    kind: "clean",
    run: 1,
    ms: 1000,
    phases: {},
    pages: 16,
    ...over,
  });

  it("sums up runs as medians with the peak memory, and prints the ratios", () => {
    const builds = [
      build({ ms: 4000, maxRssKb: 300 * 1024, phases: { Pagefind: 900 } }),
      build({ ms: 6000, maxRssKb: 500 * 1024, phases: { Pagefind: 1100 }, run: 2 }),
      build({ ms: 5000, run: 3, phases: { Pagefind: 1000 } }),
      build({ kind: "warm", ms: 3000 }),
      build({ kind: "edit", ms: 4500 }),
      build({ variant: "starlight", kind: "edit", ms: 9000, pages: 8 }),
      build({ variant: "starlight", ms: 10_000, maxRssKb: 400 * 1024, pages: 8 }),
      build({ variant: "starlight", kind: "warm", ms: 6000, pages: 8 }),
    ];
    const results = summarize(builds, [{ variant: "aula", size: 6, path: "tema2/docker/index.html", bytes: 12_288 }]);
    const aula = results.find((r) => r.variant === "aula")!;
    expect(aula).toMatchObject({
      cleanMs: 5000,
      warmMs: 3000,
      editMs: 4500,
      maxRssKb: 500 * 1024,
      lessonHtmlBytes: 12_288,
    });
    expect(aula.cleanPhases.Pagefind).toBe(1000);

    const text = formatVsStarlight({ date: "d", machine: "m", runs: 3, memoryFrom: "time", results, builds });
    const row = text.split("\n").find((l) => l.startsWith("| 6 | una unidad"));
    expect(row).toBe(
      "| 6 | una unidad | 5.00 s | 10.0 s | 0.50 | 3.00 s | 6.00 s | 0.50 | 4.50 s | 9.00 s | 0.50 | 500 MiB / 400 MiB | 12 KB / — |",
    );
    expect(text).toContain("| Pagefind | 1.00 s | — | — | — | — | — |");
    expect(text).toContain("aula (una unidad) con una lección cambiada");
    expect(text).not.toContain("unidades de 6 |");
  });
});
