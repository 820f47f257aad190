import { say } from "../i18n/author/index.ts";

/** A problem line as `formatProblem` prints it, after any logger prefix: `file[:line[:col]]  aviso  …` (or `warning`). */
const warningLine = /(?:^|\s)(\S+?)(?::\d+(?::\d+)?)? {2}(?:aviso|warning) {2}/;

/**
 * The build's last line about its warnings, «31 avisos en 12 lecciones», so the ones printed above the
 * route lines are not missed; undefined when there were none. Each distinct line counts once.
 */
export function warningCount(output: string, lang = "es"): string | undefined {
  const seen = new Set<string>();
  const files = new Set<string>();
  for (const raw of output.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const match = warningLine.exec(raw);
    if (!match) continue;
    seen.add(raw.slice(match.index).trim());
    files.add(match[1]);
  }
  if (seen.size === 0) return undefined;
  const lessons = [...files].every((file) => /\.mdx?$/i.test(file));
  return say(lang, lessons ? "build.warningsInLessons" : "build.warningsInFiles", { n: seen.size, files: files.size });
}
