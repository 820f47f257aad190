/**
 * Mermaid settings for build-time rendering. Part of every cache key: changing a colour here
 * re-renders every diagram on the next build.
 */

/** Colours a theme needs; the pairs text/background are checked for WCAG AA in the unit tests. */
export interface DiagramPalette {
  background: string;
  /** Node fill and the text on it. */
  primaryColor: string;
  primaryTextColor: string;
  primaryBorderColor: string;
  /** Arrows. */
  lineColor: string;
  /** Free text: edge labels, titles. */
  textColor: string;
  /** Background of edge labels (text drawn with textColor on it). */
  edgeLabelBackground: string;
  /** Subgraphs and the text of their titles. */
  clusterBkg: string;
  clusterBorder: string;
  titleColor: string;
  secondaryColor: string;
  tertiaryColor: string;
  /** Notes in sequence diagrams. */
  noteBkgColor: string;
  noteTextColor: string;
  noteBorderColor: string;
}

/** Built from the site's own colours (src/styles/global.css). */
export const lightPalette: DiagramPalette = {
  background: "#ffffff",
  primaryColor: "#e8f1fb",
  primaryTextColor: "#1d2127",
  primaryBorderColor: "#0b5cad",
  lineColor: "#4b5563",
  textColor: "#1d2127",
  edgeLabelBackground: "#ffffff",
  clusterBkg: "#f5f6f8",
  clusterBorder: "#8a94a3",
  titleColor: "#1d2127",
  secondaryColor: "#f5f6f8",
  tertiaryColor: "#fdf6e3",
  noteBkgColor: "#fdf6e3",
  noteTextColor: "#1d2127",
  noteBorderColor: "#8a5300",
};

export const darkPalette: DiagramPalette = {
  background: "#14171c",
  primaryColor: "#1b2b3f",
  primaryTextColor: "#e6e9ee",
  primaryBorderColor: "#79b8ff",
  lineColor: "#b3bac5",
  textColor: "#e6e9ee",
  edgeLabelBackground: "#14171c",
  clusterBkg: "#1c2027",
  clusterBorder: "#5b6472",
  titleColor: "#e6e9ee",
  secondaryColor: "#1c2027",
  tertiaryColor: "#2a2418",
  noteBkgColor: "#2a2418",
  noteTextColor: "#e6e9ee",
  noteBorderColor: "#f2cc60",
};

export type DiagramTheme = "light" | "dark";

export const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** The `mermaid.initialize()` argument for one theme. */
export function mermaidConfig(theme: DiagramTheme): Record<string, unknown> {
  const palette = theme === "light" ? lightPalette : darkPalette;
  return {
    startOnLoad: false,
    securityLevel: "strict",
    // Real SVG <text>, not <foreignObject> HTML: PDFs, feed readers and image viewers show it.
    htmlLabels: false,
    markdownAutoWrap: true,
    theme: "base",
    // Tighter than mermaid's defaults: lessons are 46rem wide, and a wide diagram scaled down has tiny text.
    flowchart: { nodeSpacing: 30, rankSpacing: 35, padding: 10 },
    sequence: { actorMargin: 24, width: 110, messageMargin: 28, boxMargin: 6, noteMargin: 6 },
    fontFamily,
    themeVariables: { ...palette, darkMode: theme === "dark", fontFamily, fontSize: "16px" },
  };
}
