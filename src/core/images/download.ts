import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Problem } from "../problems/model.ts";
import { severityOf } from "../problems/rules.ts";
import { absoluteRemoteUrl, type RemoteImageUse } from "./collect.ts";
import {
  extensionFor,
  manifestPath,
  readManifest,
  remoteDir,
  remoteFileName,
  type RemoteImage,
  type RemoteManifest,
} from "../markdown/remote-images.ts";

export interface DownloadOptions {
  publicDir: string;
  /** Per image; a server that does not answer in time is skipped. */
  timeoutMs?: number;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  now?: () => Date;
}

export interface DownloadReport {
  downloaded: RemoteImage[];
  /** Already in the manifest with the file present. */
  kept: number;
  /** One line per image that could not be downloaded, or that was redirected. */
  problems: Problem[];
  /** Images that could not be downloaded. */
  failed: number;
  /**
   * The network error every download failed with (`ENOTFOUND`…), when there were several and all failed
   * alike: the machine seems to be offline, and one line says so instead of one per image.
   */
  offline?: string;
}

/** Errors that say the machine reaches no one, rather than that one server is wrong. */
const offlineCodes = new Set(["ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ENETDOWN"]);

/** Writes next to the target and renames, so a file is either whole or absent. */
async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString("hex")}.part`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

class DownloadError extends Error {
  /** The system's error code when the connection failed (`ENOTFOUND`). */
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

async function fetchImage(url: string, options: Required<Omit<DownloadOptions, "now">>) {
  let response: Response;
  try {
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError")
      throw new DownloadError(`el servidor no respondió en ${options.timeoutMs / 1000} s`);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    const code = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
    throw new DownloadError(`no se pudo conectar (${cause})`, typeof code === "string" ? code : undefined);
  }
  if (!response.ok) throw new DownloadError(`el servidor respondió ${response.status} ${response.statusText}`.trim());
  const contentType = response.headers.get("content-type");
  const extension = extensionFor(contentType);
  if (!extension) throw new DownloadError(`no es una imagen (el servidor dice «${contentType ?? "sin tipo"}»)`);
  let body: Uint8Array;
  try {
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    throw new DownloadError(
      name === "TimeoutError" || name === "AbortError"
        ? `el servidor no terminó de enviarla en ${options.timeoutMs / 1000} s`
        : "la conexión se cortó a medias",
    );
  }
  if (body.byteLength === 0) throw new DownloadError("el servidor envió un archivo vacío");
  if (body.byteLength > options.maxBytes) throw new DownloadError(`pesa más de ${options.maxBytes / 1_000_000} MB`);
  return { body, extension, finalUrl: response.url, redirected: response.redirected };
}

/**
 * Downloads each remote image once into `public/assets/remote/<hash>.<ext>` and records it in the
 * manifest; images already there are kept. Nothing is half-written: files and the manifest are
 * written to a temporary name and renamed.
 */
export async function downloadRemoteImages(uses: RemoteImageUse[], options: DownloadOptions): Promise<DownloadReport> {
  const settings = {
    publicDir: options.publicDir,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 20_000_000,
  };
  const now = options.now ?? (() => new Date());
  const dir = join(options.publicDir, remoteDir);
  const manifest: RemoteManifest = readManifest(options.publicDir);
  const report: DownloadReport = { downloaded: [], kept: 0, problems: [], failed: 0 };
  const seen = new Set<string>();
  const codes: (string | undefined)[] = [];
  let attempted = 0;

  for (const use of uses) {
    if (seen.has(use.url)) continue;
    seen.add(use.url);
    const known = manifest.images.find((image) => image.url === use.url);
    if (known && existsSync(join(dir, known.file))) {
      report.kept++;
      continue;
    }
    const where = { file: use.file, line: use.line, ruleId: "images/download" };
    attempted++;
    try {
      const image = await fetchImage(absoluteRemoteUrl(use.url), settings);
      const file = remoteFileName(use.url, image.extension);
      await mkdir(dir, { recursive: true });
      await writeAtomically(join(dir, file), image.body);
      const entry: RemoteImage = {
        url: use.url,
        file,
        bytes: image.body.byteLength,
        downloadedAt: now().toISOString(),
      };
      manifest.images = [...manifest.images.filter((i) => i.url !== use.url), entry];
      await writeAtomically(manifestPath(options.publicDir), `${JSON.stringify(manifest, null, 2)}\n`);
      report.downloaded.push(entry);
      if (image.redirected) {
        report.problems.push({
          ...where,
          severity: "warning",
          message: `«${use.url}» redirige a «${image.finalUrl}»; se guardó lo que hay allí`,
          fix: "comprueba que es la imagen correcta, o cambia la dirección en la lección",
        });
      }
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      report.failed++;
      codes.push(error.code);
      report.problems.push({
        ...where,
        severity: severityOf("images/download"),
        message: `No se pudo descargar «${use.url}»: ${error.message}`,
        fix: "cópiala a mano en public/assets/ y cambia la dirección en la lección, o vuelve a intentarlo",
      });
    }
  }
  const [code] = codes;
  if (attempted > 1 && report.failed === attempted && code && offlineCodes.has(code) && codes.every((c) => c === code))
    report.offline = code;
  return report;
}
