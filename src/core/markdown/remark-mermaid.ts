import { createHash } from "node:crypto";
import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Code, Parent, Root } from "mdast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { installHint } from "../browser/chromium.ts";
import { NoBrowserError } from "../browser/launch.ts";
import { relativeFilePath, reportInFile } from "../problems/report.ts";
import { DiagramCache, diagramCacheKey, type RenderedDiagram, type ThemedSvg } from "../diagrams/cache.ts";
import { mermaidConfig } from "../diagrams/config.ts";
import { describeMermaidError, fileLineOf } from "../diagrams/errors.ts";
import { mermaidVersion, type RenderResult } from "../diagrams/renderer.ts";
import {
  clientAssetDir,
  clientScriptName,
  createDiagramSession,
  defaultCacheDir,
  type DiagramSession,
} from "../diagrams/session.ts";
import { checkDiagramAccessibility, parseDiagramMeta, readAccessibility } from "../diagrams/source.ts";
import { pruneSvgStyles } from "../diagrams/styles.ts";
import { addStyle, finishSvg } from "../diagrams/svg.ts";
import { tooWideForPhone, turnedSource, turnRule, turnRules, worthTurning } from "../diagrams/turn.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";

/** Options for {@link remarkMermaid}. */
export interface Options {
  /** The site's base path, ending in `/`: where the no-browser fallback script is served. */
  base: string;
  /** Where rendered SVGs are kept between builds; `.aula/cache/diagrams/` by default. */
  cacheDir?: string;
  /** The build's diagram browser, shared with the integration that closes it; a private one when absent (tests, tools). */
  session?: DiagramSession;
  /** The course's texts: the diagram's buttons and accessible names in its language. */
  i18n?: Translator;
}

interface Fence {
  node: Code;
  parent: Parent;
  index: number;
  key: string;
}

function at(line: number, column = 1): Node {
  return { type: "position", position: { start: { line, column }, end: { line, column } } };
}

function svgElement(svg: string): ElementContent[] {
  return fromHtml(svg, { fragment: true }).children.filter((c): c is Element => c.type === "element");
}

function figure(className: string[], content: ElementContent[], caption: string | undefined, extra = {}) {
  const children: ElementContent[] = [...content];
  if (caption)
    children.push({
      type: "element",
      tagName: "figcaption",
      properties: {},
      children: [{ type: "text", value: caption }],
    });
  return {
    type: "diagram",
    data: { hName: "figure", hProperties: { className: ["diagram", ...className], ...extra }, hChildren: children },
  };
}

/**
 * Renders ```` ```mermaid ```` fences at build time into inline SVG (a light and a dark copy), with
 * the real mermaid in the machine's headless Chromium. SVGs are cached by source, mermaid version
 * and settings; only cache misses start the browser, all of a file's diagrams in one batch.
 */
export default function remarkMermaid(options: Options) {
  const { t, f } = options.i18n ?? createTranslator();
  const cache = new DiagramCache(options.cacheDir ?? defaultCacheDir());
  const session = options.session ?? createDiagramSession();
  const version = mermaidVersion();
  const config = { light: mermaidConfig("light"), dark: mermaidConfig("dark"), styles: "pruned", turn: turnRules };
  const assetBase = `${options.base}${clientAssetDir}/`;

  return async (tree: Root, file: VFile) => {
    const fences: Fence[] = [];
    visit(tree, "code", (node: Code, index, parent) => {
      if (node.lang?.toLowerCase() !== "mermaid" || !parent || index === undefined) return;
      fences.push({ node, parent, index, key: diagramCacheKey(node.value, version, config) });
    });
    if (fences.length === 0) return;

    const where = relativeFilePath(file.path);
    // By the lesson's id, not its path: a course built from another folder keeps its ids, and its print pages their bytes.
    const page = file.data.aula?.lessonId ?? where;
    const pagePrefix = `d${createHash("sha1").update(page).digest("hex").slice(0, 6)}`;
    const fenceLine = (fence: Fence) => fence.node.position?.start.line ?? 1;

    const results = new Map<string, RenderResult | "cached">();
    const rendered = new Map<string, RenderedDiagram>();
    for (const fence of fences) {
      const hit = cache.get(fence.key);
      if (hit) {
        rendered.set(fence.key, hit);
        results.set(fence.key, "cached");
      }
    }
    const misses = [...new Map(fences.filter((f) => !rendered.has(f.key)).map((f) => [f.key, f])).values()];
    let noBrowser = false;
    if (misses.length > 0) {
      try {
        const fresh = await session.renderer.renderAll(misses.map((f) => f.node.value));
        const drawn = new Map<string, ThemedSvg>();
        for (const [i, fence] of misses.entries()) {
          const result = fresh[i]!;
          results.set(fence.key, result);
          if (result.ok)
            drawn.set(fence.key, {
              light: await pruneSvgStyles(result.svg.light),
              dark: await pruneSvgStyles(result.svg.dark),
            });
        }
        // Flowcharts too wide for a phone, drawn again in the other direction: one more batch.
        const toTurn = misses.flatMap((fence) => {
          const svg = drawn.get(fence.key);
          const turned = svg && tooWideForPhone(svg.light) ? turnedSource(fence.node.value) : undefined;
          return turned ? [{ fence, turned }] : [];
        });
        const turnedResults = toTurn.length > 0 ? await session.renderer.renderAll(toTurn.map((t) => t.turned)) : [];
        const turnedByKey = new Map<string, ThemedSvg>();
        for (const [i, { fence }] of toTurn.entries()) {
          const result = turnedResults[i]!;
          if (result.ok && worthTurning(drawn.get(fence.key)!.light, result.svg.light))
            turnedByKey.set(fence.key, {
              light: await pruneSvgStyles(result.svg.light),
              dark: await pruneSvgStyles(result.svg.dark),
            });
          if (result.ok) (results.get(fence.key) as { ms: number }).ms += result.ms;
        }
        for (const [key, svg] of drawn) {
          const value: RenderedDiagram = { ...svg, turned: turnedByKey.get(key) ?? null };
          rendered.set(key, value);
          cache.set(key, value);
        }
      } catch (error) {
        if (!NoBrowserError.is(error)) throw error;
        noBrowser = true;
        if (!session.warnedNoBrowser) {
          session.warnedNoBrowser = true;
          console.warn(
            `[aula] aviso: no hay navegador para dibujar los diagramas al compilar (${error.message}) ` +
              `Los diagramas se dibujarán en el navegador de cada lector. ${installHint}`,
          );
        }
      }
    }

    let scriptAdded = false;
    for (const [n, fence] of fences.entries()) {
      const { node } = fence;
      const line = fenceLine(fence);
      const { caption } = parseDiagramMeta(node.meta);
      const access = readAccessibility(node.value);
      for (const { line: _line, column: _column, ...problem } of checkDiagramAccessibility(node.value))
        reportInFile(file, node, problem);
      const result = results.get(fence.key);
      if (result && result !== "cached" && !result.ok) {
        const problem = describeMermaidError(result.error, node.value.split("\n").length);
        reportInFile(file, at(fileLineOf(line, problem.line)), {
          severity: "error",
          ruleId: "diagram/syntax",
          message: `El diagrama no es válido: ${problem.message}`,
          fix: "corrige la sintaxis de mermaid; puedes probarla en https://mermaid.live",
        });
      }
      if (result && result !== "cached") {
        const turned = rendered.get(fence.key)?.turned ? " (y girado para pantallas estrechas)" : "";
        session.log(
          `${where}:${line}  ${result.ok ? "dibujado" : "con errores"} en ${Math.round(result.ms)} ms${turned}`,
        );
      } else if (result === "cached") {
        session.log(`${where}:${line}  en caché`);
      }

      const svgs = rendered.get(fence.key);
      let replacement;
      if (svgs) {
        const id = `${pagePrefix}-${n + 1}`;
        const title = access.title ?? caption ?? "";
        // The original, and for a wide flowchart its turned copy; CSS shows one (see turn.ts).
        const view = (name: "wide" | "turned", svg: ThemedSvg, prefix: string): ElementContent => ({
          type: "element",
          tagName: "div",
          properties: { className: ["diagram__view", `diagram__view--${name}`] },
          children: [
            ...svgElement(
              finishSvg(svg.light, { idPrefix: `${id}${prefix}l`, className: "diagram__svg diagram__svg--light" }),
            ),
            ...svgElement(
              finishSvg(svg.dark, { idPrefix: `${id}${prefix}d`, className: "diagram__svg diagram__svg--dark" }),
            ),
          ],
        });
        const { turned } = svgs;
        const wide = turned ? { ...svgs, light: addStyle(svgs.light, turnRule(id, svgs.light)) } : svgs;
        const canvas: ElementContent = {
          type: "element",
          tagName: "div",
          properties: { className: ["diagram__canvas"] },
          children: [view("wide", wide, ""), ...(turned ? [view("turned", turned, "t")] : [])],
        };
        const zoom: ElementContent = {
          type: "element",
          tagName: "button",
          properties: {
            type: "button",
            className: ["button", "diagram__zoom"],
            dataDiagramZoom: "",
            dataClose: t("diagram.close"),
            dataDialogLabel: `${t("diagram.zoomTitle")}. ${f("diagram.frame", { title })}`,
            dataZoomIn: t("diagram.zoomIn"),
            dataZoomOut: t("diagram.zoomOut"),
            dataZoomFit: t("diagram.zoomFit"),
            dataZoomHint: t("diagram.zoomHint"),
            hidden: true,
          },
          children: [{ type: "text", value: t("diagram.zoom") }],
        };
        replacement = figure([], [canvas, zoom], caption, turned ? { id } : {});
      } else {
        // No browser (or an invalid diagram, which fails the build anyway): keep the source readable.
        const source: ElementContent = {
          type: "element",
          tagName: "pre",
          properties: {
            className: ["diagram__source"],
            dataDiagramSource: "",
            ariaLabel: access.title ?? t("diagram.source"),
          },
          children: [{ type: "text", value: node.value }],
        };
        const content: ElementContent[] = [source];
        if (noBrowser && !scriptAdded) {
          scriptAdded = true;
          session.clientFallbackUsed = true;
          content.push({
            type: "element",
            tagName: "script",
            properties: { type: "module", src: `${assetBase}${clientScriptName}` },
            children: [],
          });
        }
        replacement = figure(["diagram--pending"], content, caption, noBrowser ? { dataDiagramPending: "" } : {});
      }
      fence.parent.children[fence.index] = replacement as never;
    }
  };
}
