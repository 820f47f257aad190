/**
 * Jekyll layouts print the title, so posts often repeat it as their first `# ` heading: that line is blanked
 * (not removed, so line N is still line N of the file).
 */
export function dropRepeatedTitle(body: string, title: string): string {
  const lines = body.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const heading = /^#\s+(.*?)\s*#*\s*$/.exec(lines[first] ?? "");
  if (!heading || normalizeTitle(heading[1] ?? "") !== normalizeTitle(title)) return body;
  lines[first] = "";
  return lines.join("\n");
}

function normalizeTitle(text: string): string {
  return text.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
