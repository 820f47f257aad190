import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DarkSquare {
  page: number;
  /** Side in pixels of the largest all-dark square, and where its bottom-right corner is. */
  side: number;
  x: number;
  y: number;
}

/** The largest square of dark pixels (below `threshold` of 255) in a binary PGM (P5). */
export function largestDarkSquare(pgm: Buffer, threshold = 80): Omit<DarkSquare, "page"> {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("no es un PGM binario");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  let best = { side: 0, x: 0, y: 0 };
  let previous = new Uint16Array(width);
  for (let y = 0; y < height; y++) {
    const row = new Uint16Array(width);
    for (let x = 0; x < width; x++) {
      if ((pixels[y * width + x] ?? 255) >= threshold) continue;
      const side = x === 0 || y === 0 ? 1 : 1 + Math.min(previous[x] ?? 0, previous[x - 1] ?? 0, row[x - 1] ?? 0);
      row[x] = side;
      if (side > best.side) best = { side, x, y };
    }
    previous = row;
  }
  return best;
}

/** Rasters every page of a PDF in grey with poppler's pdftoppm and measures its largest dark square. */
export function darkSquares(pdf: string, dpi: number): DarkSquare[] {
  const dir = mkdtempSync(join(tmpdir(), "aula-raster-"));
  try {
    const run = spawnSync("pdftoppm", ["-gray", "-r", String(dpi), pdf, join(dir, "p")], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`pdftoppm falló: ${run.stderr || run.error?.message}`);
    return readdirSync(dir)
      .filter((name) => name.endsWith(".pgm"))
      .sort()
      .map((name, index) => ({ page: index + 1, ...largestDarkSquare(readFileSync(join(dir, name))) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
