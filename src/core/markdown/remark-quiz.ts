import type { Paragraph, Root, RootContent } from "mdast";
import type {} from "mdast-util-to-hast";
import type { Node, Parent } from "unist";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type {} from "./source.ts";
import { reportInFile } from "../problems/report.ts";
import { quizzesKey, type Quiz } from "../quiz/model.ts";
import { type DraftQuiz, parseQuiz, readQuizIal } from "../quiz/parse.ts";
import { renderQuiz } from "../quiz/render.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";
import { duplicateIds, type QuizProblem, validateQuiz } from "../quiz/validate.ts";

/** `<Quiz>` in MDX, as remark-mdx parses it (typed here to avoid a dependency for one shape). */
interface MdxJsxFlowElement extends Parent {
  type: "mdxJsxFlowElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

function attribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const found = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

/** `<Quiz exacta>`, `<Quiz barajar>`: the names of boolean attributes, as `{:.quiz .exacta .barajar}` gives classes. */
function flags(element: MdxJsxFlowElement): string[] {
  return element.attributes.flatMap((a) => (a.type === "mdxJsxAttribute" && a.name && a.value == null ? [a.name] : []));
}

/**
 * Quizzes: `{:.quiz}` blocks (the kramdown form of the course and of Play-with-Docker labs) and
 * `<Quiz>` in MDX become interactive quizzes, validated at build time. Each lesson's quizzes are
 * published, in page order, in `frontmatter.quizzes` for the progress page and the PDF answer key.
 * Must run before remark-kramdown-ial, which drops `{:...}` lines.
 */
export default function remarkQuiz(options: { i18n?: Translator } = {}) {
  const i18n = options.i18n ?? createTranslator();
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    if (!text.includes(".quiz") && !text.includes("<Quiz")) return;
    const page = file.data.aula?.lessonId ?? "leccion";
    const course = file.data.aula?.course;
    const defaults = { shuffle: course?.cuestionarios?.barajar ?? course?.quizzes?.shuffle };
    const found: { quiz: Quiz; node: Node }[] = [];
    const report = (problems: QuizProblem[]) => {
      for (const p of problems)
        reportInFile(file, p.node, { severity: "error", ruleId: p.ruleId, message: p.message, fix: p.fix });
    };
    const build = (draft: DraftQuiz): RootContent | undefined => {
      const { quiz, problems } = validateQuiz(draft, page, defaults);
      report(problems);
      if (!quiz) return undefined;
      found.push({ quiz, node: draft.node });
      const element = renderQuiz(quiz, found.length, i18n);
      return {
        type: "quiz",
        data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
        position: draft.node.position,
      } as unknown as RootContent;
    };

    visit(tree, (node: Node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      const siblings = parent.children as RootContent[];
      if (node.type === "paragraph") {
        const ial = readQuizIal(node as Paragraph);
        if (!ial) return undefined;
        const { draft, used } = parseQuiz(text, node, siblings, index + 1, ial.rest, ial.explicitId, ial.classes);
        const quiz = build(draft);
        if (quiz) siblings.splice(index, used + 1, quiz);
        else siblings.splice(index, 1); // the build fails; keep the rest readable in `astro dev`
        return [SKIP, index + 1];
      }
      if (node.type === "mdxJsxFlowElement" && (node as MdxJsxFlowElement).name === "Quiz") {
        const element = node as MdxJsxFlowElement;
        const { draft, used } = parseQuiz(
          text,
          node,
          element.children,
          0,
          [],
          attribute(element, "id"),
          flags(element),
        );
        const extra = element.children[used];
        if (extra)
          report([
            {
              ruleId: "quiz/unexpected-content",
              message: "<Quiz> tiene contenido que no es la pregunta, las opciones ni la explicación",
              fix: "deja dentro de <Quiz> solo la pregunta, la lista de opciones y, si quieres, una cita «>» con la explicación",
              node: extra,
            },
          ]);
        if (extra) report(validateQuiz(draft, page, defaults).problems);
        const quiz = extra ? undefined : build(draft);
        siblings.splice(index, 1, ...(quiz ? [quiz] : []));
        return [SKIP, index + (quiz ? 1 : 0)];
      }
      return undefined;
    });

    report(duplicateIds(found));
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[quizzesKey] = found.map((f) => f.quiz);
  };
}
