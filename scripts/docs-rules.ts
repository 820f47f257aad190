/** `npm run docs:rules`: writes the README's rule table from src/problems/rules.ts. Logic in src/problems/. */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { format } from "prettier";
import { ruleTable, withRuleTable } from "../src/core/problems/rule-table.ts";
import { rules } from "../src/core/problems/rules.ts";

const path = resolve(import.meta.dirname, "../README.md");
// Only the table is formatted (columns padded, as Prettier would): the rest of the README is left as written.
const table = (await format(ruleTable(rules), { parser: "markdown" })).trimEnd();
writeFileSync(path, withRuleTable(readFileSync(path, "utf8"), table));
console.log(`README.md: tabla de ${rules.length} reglas`);
