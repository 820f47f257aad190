import { describe, expect, it } from "vitest";
import { codePieces, longPiece } from "../../src/core/text/code-breaks.ts";
import { renderMarkdown } from "./support/markdown.ts";

/** The pieces as text: `[keep]`, `|` where a line may break without a space. */
const shown = (code: string) =>
  codePieces(code)
    .map((p) => (p.kind === "break" ? "|" : p.kind === "keep" ? `[${p.value}]` : p.value))
    .join("");

describe("where inline code may wrap", () => {
  it("keeps flags, names with their extension and image:tag whole", () => {
    expect(shown("docker container run --help")).toBe("docker container run [--help]");
    expect(shown("hello-world")).toBe("[hello-world]");
    expect(shown("alpine:latest")).toBe("[alpine:latest]");
    expect(shown("index.php")).toBe("[index.php]");
    expect(shown("-v")).toBe("[-v]");
    expect(shown("docker")).toBe("docker");
  });

  it("breaks after slashes, never between two of them", () => {
    expect(shown("http://localhost:…/~app/index.php")).toBe("[http://]|[localhost:…/]|[~app/]|[index.php]");
    expect(shown("http://localhost/index.php")).toBe("[http://]|localhost/|[index.php]");
    expect(shown("/home/app")).toBe("/home/|app");
  });

  it("never leaves a lone mark at the start of a line", () => {
    expect(shown("docker build -t chapter2 .")).toBe("docker build [-t] [chapter2 .]");
  });

  it("cuts a piece longer than a phone's line at its joints, and leaves one without any free to wrap", () => {
    const flag = "--security-opt=no-new-privileges:true";
    const pieces = codePieces(flag).filter((p) => p.kind !== "break");
    expect(pieces.map((p) => p.value).join("")).toBe(flag);
    expect(pieces.every((p) => p.value.length <= longPiece)).toBe(true);
    expect(shown(flag)).toBe("[--security-opt=no-new]|[-privileges:true]");
    const hash = "0123456789abcdef0123456789abcdef";
    expect(codePieces(hash)).toEqual([{ kind: "text", value: hash }]);
  });

  it("in a lesson: spans and <wbr> in inline code, none in code blocks, and the text unchanged", async () => {
    const { html } = await renderMarkdown(
      "Ejecuta `docker run -it alpine:latest /bin/sh` y abre `http://localhost/~app/index.php`.\n\n```bash\ndocker run -it alpine\n```\n",
    );
    expect(html).toContain(
      '<code>docker run <span class="nowrap">-it</span> <span class="nowrap">alpine:latest</span> /bin/<wbr>sh</code>',
    );
    expect(html).toContain(
      '<code><span class="nowrap">http://</span><wbr>localhost/<wbr><span class="nowrap">~app/</span><wbr><span class="nowrap">index.php</span></code>',
    );
    const block = /<pre[\s\S]*<\/pre>/.exec(html)?.[0] ?? "";
    expect(block).not.toContain("nowrap");
    expect(block).not.toContain("<wbr>");
  });
});

describe("code blocks and «Copiar»", () => {
  it("gives output (text, output, console without a prompt) no copy button, and commands one", async () => {
    const { html } = await renderMarkdown(
      [
        "```text\nCONTAINER ID   IMAGE   COMMAND\n```",
        "```console\nTime zone: Europe/Madrid\n```",
        "```console\n$ timedatectl\nTime zone: Europe/Madrid\n```",
        "```bash\ndocker ps\n```",
        "```\nsin etiqueta\n```",
      ].join("\n\n"),
    );
    const figures = html.split("<figure").slice(1);
    const withCopy = figures.map((f) => /data-copy/.test(f));
    expect(withCopy).toEqual([false, false, true, true, true]);
    // Output blocks have no bar at all; a block with no label gets a bare bar for its button, above the code.
    expect(figures[0]).not.toContain("code-block__header");
    expect(figures[3]).toMatch(/^[^>]*>\s*<div class="code-block__header code-block__header--bare"><button/);
  });
});
