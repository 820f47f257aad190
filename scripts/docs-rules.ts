/** `npm run docs:rules`: writes the rule table of the guide (docs/referencia/03-reglas.md) from src/core/problems/rules.ts. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withRuleTable } from "../src/core/problems/rule-table.ts";
import { rules } from "../src/core/problems/rules.ts";
import { formattedRuleTable, guideDir, referenceFiles } from "./reference/pages.ts";

const path = join(guideDir, referenceFiles.rules);
writeFileSync(path, withRuleTable(readFileSync(path, "utf8"), await formattedRuleTable()));
console.log(`docs/${referenceFiles.rules}: tabla de ${rules.length} reglas`);
