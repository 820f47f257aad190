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

/** A table's header alone (`docker ps` with nothing running): one line of three or more capitalised columns. */
export function isLoneTableHeader(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim());
  return (
    lines.length === 1 && /^[A-Z][A-Z ]*$/.test(lines[0]!.trim()) && (lines[0]!.match(/ {2,}(?=\S)/g) ?? []).length >= 2
  );
}

/** The longest line, in characters: print sizes a table-like block so that this line fits. */
export function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map((line) => [...line].length));
}

/**
 * Console output padded for a terminal 150 characters wide does not fit a printed page even at 7 pt.
 * Re-pads it with two spaces between columns: each cell goes to the header column it starts nearest
 * to (real output is often one character off), so columns stay aligned, and an empty cell stays empty.
 * Returns the text unchanged when it is not a table or a row does not split cleanly.
 */
export function compactTable(text: string): string {
  if (isLoneTableHeader(text)) return text.replace(/(\S) {2,}(?=\S)/g, "$1  ");
  if (!isTableLike(text)) return text;
  const lines = text.split("\n");
  const headerIndex = lines.findIndex((line) => line.trim());
  const header = lines[headerIndex]!;
  const starts = [0, ...[...header.matchAll(/ {2,}(?=\S)/g)].map((m) => (m.index ?? 0) + m[0].length)];
  const cellsOf = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  const rows: string[][] = [];
  for (const line of lines.slice(headerIndex)) {
    if (!line.trim()) {
      rows.push([]);
      continue;
    }
    const row = starts.map(() => "");
    for (const cell of cellsOf(line)) {
      const column = starts.reduce(
        (best, start, i) => (Math.abs(start - cell.at) < Math.abs(starts[best]! - cell.at) ? i : best),
        0,
      );
      if (row[column]) return text;
      row[column] = cell.text;
    }
    rows.push(row);
  }
  const widths = starts.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? "")].length)));
  const out = rows.map((row) =>
    row.length === 0
      ? ""
      : row
          .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length + 2)))
          .join("")
          .trimEnd(),
  );
  return [...lines.slice(0, headerIndex), ...out].join("\n");
}
