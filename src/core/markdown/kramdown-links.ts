/**
 * kramdown accepts spaces in link and image destinations (`![x](/img/HTTP & layers.png)`);
 * CommonMark only inside `<…>`. This wraps such destinations, on one line, so the line numbers
 * (and all but the column) stay those of the file. Inline code is left alone.
 */
export function wrapSpacedDestinations(line: string): string {
  if (/^ {0,3}\[[^\]]+\]:\s*[^<\s]\S*\s+\S/.test(line)) {
    return line.replace(
      /^( {0,3}\[[^\]]+\]:\s*)([^<].*?)(\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/,
      (whole, head, url, title) => (/\s/.test(url) ? `${head}<${url}>${title ?? ""}` : whole),
    );
  }
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/\]\(([^()<>\n]*?)(\s+"[^"]*")?\)/g, (whole, url: string, title: string | undefined) =>
            /\s/.test(url.trim()) ? `](<${url.trim()}>${title ?? ""})` : whole,
          ),
    )
    .join("");
}
