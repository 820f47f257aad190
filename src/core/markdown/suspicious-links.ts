import { distance } from "../text/closest.ts";

/** What is wrong with a link as written, and the link it probably meant. */
export interface LinkSuspicion {
  message: string;
  fix: string;
}

const knownSchemes = new Set([
  "http",
  "https",
  "ftp",
  "ftps",
  "sftp",
  "ssh",
  "git",
  "file",
  "ws",
  "wss",
  "rtsp",
  "smb",
]);

// Endings that are top-level domains and not file extensions a lesson links to (`.md`, `.sh`, `.py` are both).
const topLevelDomains =
  "com|es|org|net|edu|gov|io|dev|info|eu|cat|gal|eus|app|co|uk|de|fr|it|pt|biz|me|tv|xyz|online|site|tech|cloud";
const hostLike = new RegExp(
  `^(?:www\\.[\\w-]+(?:\\.[\\w-]+)+|localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|(?:[\\w-]+\\.)+(?:${topLevelDomains}))(?::\\d+)?(?:[/?#]|$)`,
  "i",
);

const decoded = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/**
 * A link that cannot lead where its author meant: a host written without `https://` (a relative
 * link on the site), `http:localhost`, a misspelt scheme, a space in the address. Pure: the
 * address as written in, a reason and a fix out.
 */
export function suspiciousLink(href: string): LinkSuspicion | undefined {
  const url = decoded(href).trim();
  if (!url || url.startsWith("#") || url.startsWith("/") || url.startsWith(".")) return undefined;
  if (hostLike.test(url))
    return {
      message: `El enlace «${url}» no empieza por http:// ni https://: el navegador lo busca como una página de este sitio`,
      fix: `escribe «${/^(localhost|\d)/i.test(url) ? "http" : "https"}://${url}»`,
    };
  const missingSlashes = /^(https?):\/?(?!\/)(.*)$/i.exec(url);
  if (missingSlashes)
    return {
      message: `Al enlace «${url}» le faltan las dos barras después de «${missingSlashes[1]}:»`,
      fix: `escribe «${missingSlashes[1]}://${missingSlashes[2]}»`,
    };
  const noColon = /^(https?)\/\/(.*)$/i.exec(url);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(url);
  const typo =
    noColon ??
    (scheme &&
    !knownSchemes.has(scheme[1].toLowerCase()) &&
    Math.min(distance(scheme[1].toLowerCase(), "http"), distance(scheme[1].toLowerCase(), "https")) <= 2
      ? scheme
      : undefined);
  if (typo) {
    const meant = /s$/i.test(typo[1]) || typo[1].length >= 5 ? "https" : "http";
    return {
      message: `El enlace «${url}» empieza por «${typo[0].slice(0, typo[0].length - typo[2].length)}», que no es un protocolo`,
      fix: `escribe «${meant}://${typo[2]}»`,
    };
  }
  if (scheme && knownSchemes.has(scheme[1].toLowerCase())) {
    const host = /^[^/?#]*/.exec(scheme[2])?.[0] ?? "";
    if (/\s/.test(host))
      return {
        message: `El enlace «${url}» tiene un espacio en la dirección del servidor`,
        fix: `escribe «${scheme[1]}://${host.replace(/\s+/g, "")}${scheme[2].slice(host.length)}»`,
      };
  }
  return undefined;
}

/** Lowercase, no accents, letters and digits only: `#Configuración-1` and `configuracion1` compare equal. */
const loose = (id: string) =>
  id
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/** The id a broken `#anchor` most likely meant: the same letters, or one a few edits away. */
export function nearestId(anchor: string, ids: readonly string[]): string | undefined {
  const wanted = loose(anchor);
  const same = ids.find((id) => loose(id) === wanted);
  if (same) return same;
  let best: { id: string; d: number } | undefined;
  for (const id of ids) {
    const d = distance(loose(id), wanted);
    if (d <= Math.max(2, Math.floor(wanted.length / 5)) && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}
