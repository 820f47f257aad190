import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/course/config.ts";
import { courseLoader } from "../../src/course/loader.ts";
import { poolThreshold, RenderPool } from "../../src/course/render-pool.ts";
import { createLessonRenderer } from "../../src/markdown/source.ts";
import { buildProblems } from "../../src/problems/report.ts";

const dir = mkdtempSync(join(tmpdir(), "aula-pool-"));
const publicDir = join(dir, "public");
mkdirSync(publicDir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const course = parseCourseConfig("title: Curso\nunits:\n  - id: tema1\n    title: Tema 1\n", "curso.yaml").config!;
const body = (n: number) =>
  `## Lección ${n}\n\nTexto con \`código\` y [un enlace](https://example.org/).\n\n` +
  "```bash\ndocker run --rm -it alpine sh\n```\n\n" +
  (n === 7 ? "![Falta](/assets/img/no-existe.png)\n" : "");

describe("render pool: lessons rendered on other threads", () => {
  it("gives the same HTML as the main thread, with the problems its plugins found", async () => {
    const pool = RenderPool.start({ base: "/", publicDir }, 2);
    expect(pool?.size).toBe(2);
    const path = join(dir, "tema1/07-siete.md");
    const context = { lessonId: "tema1/siete", unit: "tema1", course };
    try {
      const reply = await pool!.render({ text: body(7), path, context });
      const here = await (await createLessonRenderer({ base: "/", publicDir }))(body(7), { path, context });
      expect("rendered" in reply && reply.rendered.html).toBe(here.html);
      expect("problems" in reply && reply.problems.map((p) => p.ruleId)).toEqual(["image/missing"]);
      expect("problems" in reply && reply.problems[0]!.line).toBe(9);
    } finally {
      await pool!.close();
      buildProblems().clear();
    }
  });

  it("renders a whole course through the loader in the files' order, warning once per problem", async () => {
    const content = join(dir, "content");
    mkdirSync(join(content, "tema1"), { recursive: true });
    writeFileSync(join(content, "curso.yaml"), "title: Curso\nunits:\n  - id: tema1\n    title: Tema 1\n");
    const count = poolThreshold + 2;
    for (let n = 1; n <= count; n++) {
      const name = `${String(n).padStart(2, "0")}-leccion-${n}.md`;
      writeFileSync(join(content, "tema1", name), `---\ntitle: Lección ${n}\n---\n\n${body(n)}`);
    }
    const entries = new Map<string, { id: string; rendered?: { metadata?: { htmlFile?: string } } }>();
    const order: string[] = [];
    const warnings: string[] = [];
    const store = {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => (order.push(entry.id), entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      delete: (id: string) => entries.delete(id),
    };
    const previous = { content: process.env.AULA_CONTENT_DIR, public: process.env.AULA_PUBLIC_DIR };
    process.env.AULA_CONTENT_DIR = content;
    process.env.AULA_PUBLIC_DIR = publicDir;
    try {
      await courseLoader().load({
        config: { cacheDir: pathToFileURL(`${join(dir, ".cache")}/`) },
        store,
        logger: { warn: (line: string) => warnings.push(line) },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: (text: string) => createHash("sha256").update(text).digest("hex"),
      } as never);
    } finally {
      for (const [key, value] of [
        ["AULA_CONTENT_DIR", previous.content],
        ["AULA_PUBLIC_DIR", previous.public],
      ] as const)
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
    expect(entries.size).toBe(count);
    const html = (id: string) => readFileSync(entries.get(id)!.rendered!.metadata!.htmlFile!, "utf8");
    expect(html("tema1/leccion-30")).toContain("Lección 30");
    expect(html("tema1/leccion-30")).toContain("docker");
    expect(warnings.filter((w) => w.includes("no-existe.png")), warnings.join("\n")).toHaveLength(1);
    expect(warnings.find((w) => w.includes("no-existe.png"))).toContain("07-leccion-7.md:13");
  });
});
