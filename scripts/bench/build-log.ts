/**
 * Where a build's time goes, read from its own log. Astro stamps lines only to the second, so the
 * benchmark records when each line arrived (`12.345\tline`, seconds since the process started)
 * and the phases are the gaps between marker lines.
 */

export interface TimedLine {
  /** Milliseconds since the build process started. */
  ms: number;
  text: string;
}

export const phaseNames = [
  "arranque",
  "sincronizar contenido",
  "preparar",
  "empaquetar (Vite)",
  "generar páginas",
  "Pagefind",
  "CSP",
  "resto",
  "salida",
] as const;

export type PhaseName = (typeof phaseNames)[number];

export type Phases = Partial<Record<PhaseName, number>>;

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** Writes lines as the benchmark stores them. */
export function formatTimedLog(lines: TimedLine[]): string {
  return lines.map((l) => `${(l.ms / 1000).toFixed(3)}\t${l.text}`).join("\n") + "\n";
}

/** Reads a stored log; lines without a time take the one before them. */
export function parseTimedLog(text: string): TimedLine[] {
  const lines: TimedLine[] = [];
  let last = 0;
  for (const raw of text.split("\n")) {
    const match = /^(\d+(?:\.\d+)?)\t(.*)$/.exec(raw);
    if (match) last = Math.round(Number(match[1]) * 1000);
    const line = (match ? match[2] : raw).replace(ansi, "");
    if (line.trim()) lines.push({ ms: last, text: line });
  }
  return lines;
}

/** Page routes Astro reports having written (`├─ /x/index.html (+5ms)`). */
export function countRenderedPages(lines: TimedLine[]): number {
  return lines.filter((l) => /[├└]─ \/\S*\.html/.test(l.text)).length;
}

interface Marker {
  phase: PhaseName;
  /** The line that ends this phase; the phase starts where the previous one found ended. */
  end: RegExp;
  /** Take the last line that matches (a step that logs several lines) rather than the first. */
  last?: boolean;
}

const waiting = /\[build\] Waiting for integration/;

// In the order Astro runs them. A marker that is missing (no CSP pass in Starlight) adds no
// phase and its time stays in the next one found.
const markers: Marker[] = [
  { phase: "arranque", end: /\[content\] Syncing content/ },
  { phase: "sincronizar contenido", end: /\[content\] Synced content/ },
  { phase: "preparar", end: /\[build\] Building static entrypoints/ },
  { phase: "empaquetar (Vite)", end: /generating static routes/ },
  { phase: "generar páginas", end: /\[build\] ✓ Completed in/ },
  { phase: "Pagefind", end: /\[(?:aula:search|starlight:pagefind)\]/, last: true },
  { phase: "CSP", end: /\[aula-csp\]/, last: true },
  { phase: "resto", end: /\[build\] Complete!/ },
];

/**
 * Splits a build's wall time (`totalMs`, the whole process) into phases. Loading the config counts
 * as "arranque"; "salida" is the time between Astro's «Complete!» and the process ending.
 */
export function parsePhases(lines: TimedLine[], totalMs: number): Phases {
  const phases: Phases = {};
  let from = 0;
  let index = 0;
  for (const marker of markers) {
    let found = -1;
    for (let i = index; i < lines.length; i++) {
      // Astro's note about a slow hook can fall between a step's own lines.
      if (waiting.test(lines[i]!.text)) continue;
      if (marker.end.test(lines[i]!.text)) {
        found = i;
        if (!marker.last) break;
      } else if (marker.last && found >= 0) break;
    }
    if (found < 0) continue;
    const at = lines[found]!.ms;
    phases[marker.phase] = at - from;
    from = at;
    index = found + 1;
  }
  phases.salida = Math.max(0, totalMs - from);
  return phases;
}
