import { createRequire } from "node:module";
import { join } from "node:path";
import { offlineFiles } from "./plan.ts";

/**
 * The app's icons from the course's favicon (SVG): 192 and 512 px as drawn, and a 512 px maskable one with
 * the icon inside the safe circle (80 %) on a full background, which a phone's launcher may crop.
 */
export async function writeIcons(svg: Buffer, outDir: string, background: string): Promise<void> {
  // Node's require, not import(): in a teacher's course this module runs in Vite's module runner, which is
  // closed by the time the build is done (as for playwright-core in browser/launch.ts).
  const sharp = createRequire(import.meta.url)("sharp") as typeof import("sharp").default;
  const { icons } = offlineFiles;
  const draw = (size: number) => sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size);
  await draw(192).png().toFile(join(outDir, icons.any192));
  await draw(512).png().toFile(join(outDir, icons.any512));
  const inner = await draw(400).png().toBuffer();
  await sharp({ create: { width: 512, height: 512, channels: 4, background } })
    .composite([{ input: inner, gravity: "center" }])
    .png()
    .toFile(join(outDir, icons.maskable512));
}
