import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where downloaded copies of remote images live, below `public/`. */
export const remoteDir = "assets/remote";
export const manifestName = "manifest.json";

/** One downloaded image: where it came from and what was written. */
export interface RemoteImage {
  url: string;
  /** File name inside `public/assets/remote/`. */
  file: string;
  bytes: number;
  /** ISO date of the download. */
  downloadedAt: string;
}

export interface RemoteManifest {
  images: RemoteImage[];
}

const extensions: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/svg+xml": "svg",
  "image/avif": "avif",
  "image/bmp": "bmp",
};

/** The extension for an image content type, or `undefined` when the response is not an image. */
export function extensionFor(contentType: string | null): string | undefined {
  return extensions[(contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? ""];
}

/** The stable file name of a URL's copy: the same URL always lands in the same file. */
export function remoteFileName(url: string, extension: string): string {
  return `${createHash("sha256").update(url).digest("hex").slice(0, 16)}.${extension}`;
}

export function manifestPath(publicDir: string): string {
  return join(publicDir, remoteDir, manifestName);
}

export function readManifest(publicDir: string): RemoteManifest {
  const path = manifestPath(publicDir);
  if (!existsSync(path)) return { images: [] };
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as Partial<RemoteManifest>;
    return { images: Array.isArray(value.images) ? value.images : [] };
  } catch {
    return { images: [] };
  }
}

/** Finds the local copy of a remote image: its site URL, if the manifest names it and the file is there. */
export function remoteCopyFinder(publicDir: string, base: string): (url: string) => string | undefined {
  const copies = new Map(readManifest(publicDir).images.map((image) => [image.url, image.file]));
  return (url) => {
    const file = copies.get(url);
    return file && existsSync(join(publicDir, remoteDir, file)) ? `${base}${remoteDir}/${file}` : undefined;
  };
}
