/**
 * Console output laid out as a table (`docker ps`, `docker images`): columns padded with spaces that
 * line up from row to row. Wrapping such output scatters its columns, so print shrinks it instead.
 */
export function isTableLike(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim());
  if (lines.length < 2) return false;
  const [header, ...rows] = lines as [string, ...string[]];
  // A column starts after two or more spaces.
  const starts = [...header.matchAll(/ {2,}(?=\S)/g)].map((m) => (m.index ?? 0) + m[0].length);
  if (starts.length < 2) return false;
  const startsColumn = (line: string, at: number) => line[at - 1] === " " && line[at] !== undefined && line[at] !== " ";
  const aligned = starts.filter((at) => rows.filter((row) => startsColumn(row, at)).length >= rows.length / 2);
  return aligned.length >= 2;
}

/** The longest line, in characters: print sizes a table-like block so that this line fits. */
export function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map((line) => [...line].length));
}
