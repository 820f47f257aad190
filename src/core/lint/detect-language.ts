import { knownCommands } from "./data/commands.ts";

/** What an untagged block most likely holds; `sure` is false when the guess fell back to `text`. */
export interface DetectedLanguage {
  lang: "bash" | "console" | "text" | "dockerfile" | "json" | "yaml" | "html" | "php" | "http";
  sure: boolean;
}

// Pseudocode starts its lines with these (`Function`, `If`…); a shell script might too, but then we cannot tell.
const keywords = new Set(["if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac"]);
keywords.add("function").add("select").add("in").add("return");

const httpRequest = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE) \S+ HTTP\/\d(\.\d)?\s*$/;
const httpResponse = /^HTTP\/\d(\.\d)? \d{3}\b/;
const httpHeader = /^[A-Za-z][\w-]*:\s*\S/;
// Headers only an HTTP message has: a block of them alone is HTTP, not YAML.
const httpHeaderNames =
  /^(host|user-agent|accept(-[a-z]+)?|content-(type|length|encoding|security-policy|disposition)|cache-control|set-cookie|cookie|server|date|location|connection|etag|last-modified|referer|authorization|www-authenticate|strict-transport-security|x-frame-options|x-content-type-options|access-control-[a-z-]+|vary|expires|keep-alive|transfer-encoding|upgrade|origin):/i;

const dockerInstructions =
  /^(FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b/i;
const buildOutput =
  /^(STEP \d+\/\d+:|Step \d+\/\d+ :|Sending build context|#\d+ |\[\+\] Building|Successfully (built|tagged))/;

const meaningful = (source: string) =>
  source
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "");

/** The lines are an HTTP request or response (start line, then headers, a blank line, a body). */
export function isHttpMessage(source: string): boolean {
  const lines = source.split("\n");
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return false;
  const start = lines[first].trim();
  if (!httpRequest.test(start) && !httpResponse.test(start)) return false;
  for (const line of lines.slice(first + 1)) {
    if (!line.trim()) return true;
    if (!httpHeader.test(line.trim())) return false;
  }
  return true;
}

/** HTTP headers without their start line (`Content-Type: text/html`, `Set-Cookie: …`), one per line. */
export function isHttpHeaders(source: string): boolean {
  const lines = meaningful(source).map((l) => l.trim());
  return lines.length > 0 && lines.every((l) => httpHeader.test(l)) && lines.some((l) => httpHeaderNames.test(l));
}

/** The first line that is not a comment starts with a Dockerfile instruction (or the block is all comments). */
export function looksLikeDockerfile(source: string): boolean {
  const first = meaningful(source).find((l) => !/^\s*#/.test(l));
  return first === undefined || dockerInstructions.test(first.trim());
}

export function looksLikeBuildOutput(source: string): boolean {
  return meaningful(source).some((l) => buildOutput.test(l.trim()));
}

/**
 * A line that starts a shell command: its first word (after `sudo`) is a command we know as written,
 * or a capitalised one whose lowercase we know (`Timedatectl`), never a keyword (`Function`, `If`).
 * A lowercase word we do not know counts when `sudo` runs it or an option follows it
 * (`sudo apache2ctl -t`, `mytool --version`): output never reads like that.
 */
export function startsWithCommand(line: string): boolean {
  const match = /^\s*(sudo\s+)?([A-Za-z][\w.-]*)(?=\s|$|;|\|)(.*)$/.exec(line);
  const word = match?.[2];
  if (!match || !word) return /^\s*[A-Za-z_][\w]*=\S*(\s|$)/.test(line) || /^\s*\.{1,2}\/[\w.-]+/.test(line);
  if (keywords.has(word.toLowerCase())) return false;
  if (knownCommands.has(word)) return true;
  if (/^[a-z][a-z0-9._-]*$/.test(word) && (match[1] || /^\s+--?[A-Za-z]/.test(match[3]))) return true;
  // `Time zone: Europe/Madrid` is output, not the command `time`.
  return /^[A-Z][a-z0-9-]+$/.test(word) && knownCommands.has(word.toLowerCase()) && !/^[^:]*:\s/.test(line);
}

function isJson(source: string): boolean {
  const text = source.trim();
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isYaml(lines: string[]): boolean {
  const content = lines.filter((l) => !/^\s*#/.test(l));
  if (content.length < 2 && content[0] !== "---") return false;
  return (
    /^(---|[\w.-]+:(\s|$))/.test(content[0]) && content.every((l) => /^(---|\s*- |\s*[\w."'-]+:(\s|$)|\s+\S)/.test(l))
  );
}

/** Each line is a command, a comment, or continues the previous line. */
function isShell(lines: string[]): boolean {
  let continued = false;
  let commands = 0;
  for (const line of lines) {
    const ok = continued || /^\s*#/.test(line) || startsWithCommand(line);
    if (!ok) return false;
    if (!continued && !/^\s*#/.test(line)) commands++;
    continued = /\\\s*$/.test(line) || /(&&|\|\||\|)\s*$/.test(line);
  }
  return commands > 0;
}

/** Guesses the language of an untagged block. Pure: text in, a fence name out; unsure means `text`. */
export function detectLanguage(source: string): DetectedLanguage {
  const lines = meaningful(source);
  if (lines.length === 0) return { lang: "text", sure: false };
  if (isHttpMessage(source) || isHttpHeaders(source)) return { lang: "http", sure: true };
  if (/<\?php\b/.test(source)) return { lang: "php", sure: true };
  if (isJson(source)) return { lang: "json", sure: true };
  if (looksLikeBuildOutput(source)) return { lang: "text", sure: true };
  const code = lines.filter((l) => !/^\s*#/.test(l));
  if (code.length > 0 && /^FROM\s+\S/.test(code[0].trim()) && looksLikeDockerfile(source))
    return { lang: "dockerfile", sure: true };
  if (/^\s*(<!DOCTYPE|<html\b)/i.test(lines[0]) || lines.every((l) => /^\s*<\/?[a-zA-Z][^>]*>/.test(l)))
    return { lang: "html", sure: true };
  if (
    /^\s*\$ /.test(lines[0]) &&
    lines.filter((l) => /^\s*\$ /.test(l)).every((l) => startsWithCommand(l.replace(/^\s*\$ /, "")))
  )
    return { lang: "console", sure: true };
  if (isShell(lines)) return { lang: "bash", sure: true };
  if (isYaml(lines)) return { lang: "yaml", sure: true };
  return { lang: "text", sure: false };
}
