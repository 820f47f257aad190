import { isAbsolute, resolve } from "node:path";
import type { SiteEnv } from "./course/env.ts";
import type { EnginePackage } from "./engine/package.ts";
import type { Messages } from "./i18n/es.ts";
import { translatorFor } from "./i18n/index.ts";

/** What the pages need to know about this build, from the integration, as plain data. */
export interface SiteSettings {
  site: SiteEnv;
  /** Whether this build makes the print pages (`AULA_PDF=off` leaves them out). */
  printPages: boolean;
  engine: EnginePackage;
  /** `astro dev`: no PDFs exist, and the «Descargar PDF» links say how they are made. */
  devServer: boolean;
  /** The course's language (`lang:` in curso.yaml), and its own wording of page texts (`strings:`). */
  lang: string;
  strings: Partial<Messages>;
}

const settingsId = "virtual:aula/settings";
const textsId = "virtual:aula/texts";
const cssId = "virtual:aula/custom-css";

/**
 * Vite virtual modules the pages import: `virtual:aula/settings` (the settings above, as JSON),
 * `virtual:aula/texts` (the course's language and its whole table of texts, which browser scripts may
 * import too: it holds nothing but the texts) and `virtual:aula/custom-css` (the course's own style
 * sheets, after aula's).
 */
export function settingsPlugin(settings: SiteSettings, customCss: readonly string[], root: string) {
  const resolved = (id: string) => `\0${id}`;
  return {
    name: "aula:settings",
    resolveId(id: string) {
      return id === settingsId || id === textsId || id === cssId ? resolved(id) : undefined;
    },
    load(id: string) {
      if (id === resolved(settingsId)) return `export default ${JSON.stringify(settings)};`;
      if (id === resolved(textsId)) {
        const { lang, messages } = translatorFor(settings);
        return `export default ${JSON.stringify({ lang, messages })};`;
      }
      if (id === resolved(cssId))
        return customCss
          .map((path) => `import ${JSON.stringify(isAbsolute(path) ? path : resolve(root, path))};`)
          .join("\n");
      return undefined;
    },
  };
}
