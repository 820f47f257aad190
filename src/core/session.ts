import type { AstroConfig } from "astro";
import type { LessonContext } from "./markdown/source.ts";
import { createDiagramSession, type DiagramSession } from "./diagrams/session.ts";
import { ProblemCollector } from "./problems/report.ts";
import type { SiteEnv } from "./course/env.ts";
import type { LessonRecord } from "./manifest/create.ts";

/**
 * What one build (or one dev server) shares between the integration, the Markdown plugins it configures
 * and the course loader. The integration owns it; the loader, which Vite loads in another module graph,
 * finds it through the integration's Vite plugin (`api`), never through a process global.
 */
export interface BuildSession {
  /** Where the course is and where it is published. */
  site: SiteEnv;
  /** Author mistakes found while rendering `.mdx` lessons, which Vite compiles after the loader ran. */
  problems: ProblemCollector;
  /** The loader tells, per `.mdx` file, its lesson id, unit and course; the MDX pipeline reads it back. */
  lessonContexts: Map<string, LessonContext>;
  /** The diagrams' browser and what the build learnt about it. */
  diagrams: DiagramSession;
  /** Every lesson of the last pass of the loader, by id: what the course manifest is made from. */
  lessons: Map<string, LessonRecord>;
  /** The language of the messages to the teacher: `AULA_LANG`, else the course's `lang:` (`src/core/i18n/author/`). */
  authorLang: string;
}

export function createBuildSession(
  site: SiteEnv,
  options: { verbose?: boolean; authorLang?: string } = {},
): BuildSession {
  return {
    authorLang: options.authorLang ?? "es",
    site,
    problems: new ProblemCollector(),
    lessonContexts: new Map(),
    diagrams: createDiagramSession(options),
    lessons: new Map(),
  };
}

export const sessionPluginName = "aula:session";

/** The Vite plugin that carries the session: it transforms nothing, its `api` is the session. */
export function sessionPlugin(session: BuildSession) {
  return { name: sessionPluginName, api: { session } };
}

type PluginLike = { name?: string; api?: { session?: BuildSession } } | PluginLike[] | false | null | undefined;

/** The session of the build whose config this is, as a loader sees it in `LoaderContext.config`. */
export function sessionFromConfig(config: Pick<AstroConfig, "vite">): BuildSession {
  const plugins = (config.vite?.plugins ?? []) as PluginLike[];
  const found = plugins
    .flat(4 as 1)
    .find(
      (p): p is { name: string; api: { session: BuildSession } } =>
        !!p && !Array.isArray(p) && p.name === sessionPluginName && !!p.api?.session,
    );
  if (!found)
    throw new Error(
      "El cargador de lecciones de aula necesita la integración: añade `integrations: [aula()]` en astro.config.mjs.",
    );
  return found.api.session;
}
