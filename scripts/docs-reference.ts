/** `npm run docs:reference`: writes the guide's Referencia pages from the code (logic in scripts/reference/). */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { guideDir, referencePages } from "./reference/pages.ts";

const read = (path: string) => readFileSync(join(guideDir, path), "utf8");
for (const [path, text] of Object.entries(await referencePages(read))) {
  writeFileSync(join(guideDir, path), text);
  console.log(`docs/${path}`);
}
