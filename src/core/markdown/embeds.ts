/** A video from a known site, and how to show it without contacting that site before a click. */
export interface VideoEmbed {
  /** Name of the site, for «Verlo en YouTube». */
  site: string;
  /** The privacy-enhanced player, loaded only after the click. */
  embedUrl: string;
  /** The page of the video on its site. */
  watchUrl: string;
  /** Origin the page's CSP allows as `frame-src`. */
  frameOrigin: string;
}

function parse(src: string): URL | undefined {
  try {
    return new URL(src, "https://invalid.invalid/");
  } catch {
    return undefined;
  }
}

/** Reads a YouTube or Vimeo `<iframe src>`; `undefined` for any other frame. */
export function videoEmbed(src: string): VideoEmbed | undefined {
  const url = parse(src);
  if (!url) return undefined;
  const host = url.hostname.replace(/^www\./, "");
  const youtubeId =
    host === "youtu.be"
      ? url.pathname.slice(1)
      : /^(m\.)?(youtube\.com|youtube-nocookie\.com)$/.test(host)
        ? (/^\/(embed|shorts|live)\/([\w-]+)/.exec(url.pathname)?.[2] ?? url.searchParams.get("v") ?? "")
        : undefined;
  if (youtubeId !== undefined && /^[\w-]{6,}$/.test(youtubeId)) {
    const start = url.searchParams.get("start") ?? url.searchParams.get("t");
    const startQuery = start && /^\d+$/.test(start) ? `&start=${start}` : "";
    return {
      site: "YouTube",
      embedUrl: `https://www.youtube-nocookie.com/embed/${youtubeId}?autoplay=1${startQuery}`,
      watchUrl: `https://www.youtube.com/watch?v=${youtubeId}`,
      frameOrigin: "https://www.youtube-nocookie.com",
    };
  }
  const vimeoId = host === "player.vimeo.com" ? /^\/video\/(\d+)/.exec(url.pathname)?.[1] : undefined;
  if (vimeoId) {
    return {
      site: "Vimeo",
      embedUrl: `https://player.vimeo.com/video/${vimeoId}?dnt=1&autoplay=1`,
      watchUrl: `https://vimeo.com/${vimeoId}`,
      frameOrigin: "https://player.vimeo.com",
    };
  }
  return undefined;
}

/**
 * The title YouTube and Vimeo put in the code they give to paste («YouTube video player», «vimeo-player»):
 * it names the player, not the video, so it is never shown.
 */
export function isPlayerTitle(title: string): boolean {
  return /^(youtube|vimeo)?[\s_-]*(v[ií]deo)?[\s_-]*(player|reproductor)?[\s_-]*(de\s+v[ií]deo)?$/i.test(title.trim());
}

/** Frame origins a built page's video facades may load, read back from their markup (for the CSP). */
export function frameOriginsIn(html: string): string[] {
  const origins = new Set<string>();
  for (const match of html.matchAll(/data-video-src="([^"]+)"/g)) {
    const url = parse(match[1]?.replace(/&amp;/g, "&") ?? "");
    if (url && url.protocol === "https:") origins.add(url.origin);
  }
  return [...origins].sort();
}
