import type { Code, Parent, RootContent } from "mdast";
import { parseLesson } from "../markdown/source.ts";
import { readQuizIal } from "../quiz/parse.ts";
import { hasBlank } from "../quiz/types/cloze/index.ts";
import type { CodeBlock, Problem, Suppression } from "./model.ts";

export interface ExtractOptions {
  /** Base path without trailing slash, for `{{ site.baseurl }}` as the loader replaces it. */
  baseUrl?: string;
}

export interface ExtractResult {
  blocks: CodeBlock[];
  /** The lesson could not be parsed: reported with its position, never as a stack trace. */
  findings: Problem[];
}

const ignorePattern = /^lint-ignore[=\s]+([\w/.,-]+)\s*(?::|--|—)?\s*([\s\S]*)$/;

function parseMeta(meta: string, line: number): Suppression | undefined {
  const rules = /(?:^|\s)lint-ignore=([\w/.,-]+)/.exec(meta)?.[1];
  if (!rules) return undefined;
  const reason = /(?:^|\s)lint-reason=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  return { rules: rules.split(","), reason: (reason?.[1] ?? reason?.[2] ?? reason?.[3] ?? "").trim(), line };
}

// An HTML comment before the block in Markdown (`<!-- lint-ignore DL3006: motivo -->`), a JS comment expression in MDX.
function parseComment(node: RootContent | undefined): Suppression | undefined {
  if (!node?.position) return undefined;
  let text: string | undefined;
  if (node.type === "html") text = /^<!--([\s\S]*)-->\s*$/.exec(node.value.trim())?.[1];
  else if ((node.type as string) === "mdxFlowExpression")
    text = /^\/\*([\s\S]*)\*\/$/.exec(String((node as { value?: string }).value ?? "").trim())?.[1];
  const match = text === undefined ? null : ignorePattern.exec(text.trim());
  if (!match) return undefined;
  return { rules: match[1].split(","), reason: match[2].trim(), line: node.position.start.line };
}

/**
 * Every fenced code block of one lesson, wherever it is (lists, quotes, callouts, quizzes), with
 * lesson-file positions. It is the build's reader's parse (front matter split, Liquid), so
 * line N here is line N there.
 */
export function extractBlocks(file: string, source: string, options: ExtractOptions = {}): ExtractResult {
  const { tree, text: body, problems } = parseLesson(file, source, options);
  if (!tree) return { blocks: [], findings: problems.filter((p) => p.ruleId === "markdown/parse") };

  const lines = body.split("\n");
  const blocks: CodeBlock[] = [];
  const walk = (parent: Parent) => {
    parent.children.forEach((node, i) => {
      if (node.type === "code" && isClozeCode(node, parent, i)) return;
      if (node.type === "code") {
        blocks.push(toBlock(file, node, parent.children[i - 1] as RootContent | undefined, lines, blocks.length + 1));
      } else if ("children" in node) walk(node as Parent);
    });
  };
  walk(tree);
  return { blocks, findings: [] };
}

/**
 * A cloze's code block (`docker run [[-d]] nginx` right after a quiz's question) is an exercise with
 * blanks, not a command to check.
 */
function isClozeCode(node: Code, parent: Parent, index: number): boolean {
  if (!hasBlank(node.value)) return false;
  if ((parent as { name?: string }).name === "Quiz") return true;
  let i = index - 1;
  if (parent.children[i]?.type === "blockquote") i--; // a «Pista:» before the answers
  const isQuiz = (n: RootContent | undefined) => n?.type === "paragraph" && readQuizIal(n) !== undefined;
  return (
    parent.children[i]?.type === "paragraph" &&
    (isQuiz(parent.children[i] as RootContent) || isQuiz(parent.children[i - 1] as RootContent))
  );
}

function toBlock(
  file: string,
  node: Code,
  previous: RootContent | undefined,
  lines: string[],
  index: number,
): CodeBlock {
  const line = node.position?.start.line ?? 1;
  const fenceLine = lines[line - 1] ?? "";
  const fenced = /^[\s>]*(```|~~~)/.test(fenceLine);
  const contentLine = fenced ? line + 1 : line;
  const columns = node.value.split("\n").map((text, i) => {
    const fileLine = lines[contentLine - 1 + i] ?? "";
    return text && fileLine.endsWith(text) ? fileLine.length - text.length + 1 : 1;
  });
  const suppressions = [parseMeta(node.meta ?? "", line), parseComment(previous)].filter(
    (s): s is Suppression => s !== undefined,
  );
  return {
    file,
    index,
    lang: node.lang ?? "",
    meta: node.meta ?? "",
    value: node.value,
    line,
    fenceColumn: node.position?.start.column ?? 1,
    ...(fenced ? {} : { indented: true }),
    contentLine,
    columns,
    suppressions,
  };
}
