import { createRequire } from "node:module";
import type { LintConfig } from "./config.ts";
import { type ExtractResult, extractBlocks } from "./extract.ts";
import { blockKind } from "../text/languages.ts";
import { sortProblems } from "../problems/model.ts";
import { type BlockProblem, type CodeBlock, placeInFile, type Problem } from "./model.ts";
import { checkJson, checkYaml } from "./rules/data.ts";
import { checkDockerCommand, type DockerReference } from "./rules/docker-cli.ts";
import { checkDockerfile } from "./rules/dockerfile.ts";
import { checkLanguage, checkOutputInShell, checkWrongLanguage, withTrialErrors } from "./rules/language.ts";
import { detectLanguage } from "./detect-language.ts";
import { checkDiagramAccessibility } from "../diagrams/source.ts";
import { runShellcheck } from "./rules/shellcheck.ts";
import {
  atScript,
  checkContinuationSpaces,
  checkPlaceholders,
  checkShellSyntaxAll,
  checkShellWords,
  type ShellScript,
  shellScriptOf,
} from "./rules/shell.ts";
import { splitCommands } from "./shell-words.ts";
import { severityOf } from "../problems/rules.ts";

const dockerReference = createRequire(import.meta.url)("./data/docker.json") as DockerReference;

export interface LessonSource {
  /** Path printed in findings, relative to the project root. */
  file: string;
  source: string;
  /** Its blocks, when already read from this very source (by `--fix`): each lesson is parsed once. */
  read?: ExtractResult;
}

export interface LintOptions {
  config: LintConfig;
  /** Run ShellCheck (only when the program is installed). */
  shellcheck: boolean;
  /** `{{ site.baseurl }}` as the build replaces it. */
  baseUrl?: string;
}

export interface LintResult {
  findings: Problem[];
  blocks: CodeBlock[];
}

/** Checks the shell code of a block: syntax, typographic dashes and quotes, command names, docker. */
function checkShell(script: ShellScript, commands: ReadonlySet<string>, syntax: BlockProblem[]): BlockProblem[] {
  const words = splitCommands(script.original ?? script.text);
  const problems = [
    ...checkShellWords(words, commands),
    ...words.flatMap((c) => checkDockerCommand(c, dockerReference)),
  ];
  const mapped = problems.map((p) => ({ ...p, ...atScript(script, p.line, p.column) }));
  return [...syntax, ...mapped, ...checkContinuationSpaces(script), ...checkPlaceholders(script)];
}

/** The shell code the shell rules read: none from a block that is not really shell. */
function shellScriptFor(block: CodeBlock): ShellScript | undefined {
  return checkWrongLanguage(block) ? undefined : shellScriptOf(block);
}

/** The rules for one block, by what it holds. */
function checkBlock(
  block: CodeBlock,
  script: ShellScript | undefined,
  commands: ReadonlySet<string>,
  syntax: BlockProblem[],
): BlockProblem[] {
  const problems = checkLanguage(block);
  // An untagged block is only told its language: the shell rules on a guess would be false alarms.
  const kind = blockKind(block);
  if (kind === "none") return problems;
  const wrong = checkWrongLanguage(block);
  if (wrong) return [...problems, wrong];
  if (script) problems.push(...checkShell(script, commands, syntax));
  else if (kind === "dockerfile") {
    const lines = block.value.split("\n");
    const whole = {
      text: block.value,
      lines: lines.map((_, i) => i + 1),
      shifts: lines.map(() => 0),
      dialect: "bash" as const,
    };
    problems.push(...checkDockerfile(block.value), ...checkContinuationSpaces(whole));
  } else if (kind === "json") problems.push(...checkJson(block.value));
  else if (kind === "yaml") problems.push(...checkYaml(block.value));
  else if (kind === "mermaid") problems.push(...checkDiagramAccessibility(block.value));
  return problems;
}

/** Languages whose blocks have rules: an untagged block that looks like one is tried as one. */
const checkedLanguages = new Set(["bash", "console", "dockerfile", "json", "yaml"]);

/** An untagged block as it would be with the language it looks like, when that language has rules. */
function trialOf(block: CodeBlock): CodeBlock | undefined {
  if (block.lang) return undefined;
  const { lang } = detectLanguage(block.value);
  return checkedLanguages.has(lang) ? { ...block, lang } : undefined;
}

/** Lints every code block of the given lessons. Pure apart from running ShellCheck. */
export async function lintLessons(lessons: LessonSource[], options: LintOptions): Promise<LintResult> {
  const findings: Problem[] = [];
  const blocks: CodeBlock[] = [];
  for (const lesson of lessons) {
    const extracted = lesson.read ?? extractBlocks(lesson.file, lesson.source, { baseUrl: options.baseUrl });
    findings.push(...extracted.findings);
    blocks.push(...extracted.blocks);
  }
  const commands = new Set(options.config.commands);
  // Each call into the shell parser (Go in WASM) costs far more than the text it parses: one call for all.
  const scripts = blocks.map(shellScriptFor);
  const trials = blocks.map(trialOf);
  const trialScripts = trials.map((trial) => (trial ? shellScriptFor(trial) : undefined));
  const present = [...scripts, ...trialScripts].filter((s): s is ShellScript => s !== undefined);
  const syntax = await checkShellSyntaxAll(present);
  const syntaxOf = new Map(present.map((s, i) => [s, syntax[i]]));
  const check = (block: CodeBlock, script: ShellScript | undefined) => {
    const problems = checkBlock(block, script, commands, script ? (syntaxOf.get(script) ?? []) : []);
    const output = checkOutputInShell(block, problems);
    return output ? { problems: [...checkLanguage(block), output], output: true } : { problems, output: false };
  };
  const outputs = new Set<number>();
  const perBlock = blocks.map((block, i) => {
    const { problems, output } = check(block, scripts[i]);
    if (output) outputs.add(i);
    const trial = trials[i];
    if (!trial) return problems;
    const errors = check(trial, trialScripts[i]).problems.filter((p) => p.severity === "error");
    if (errors.length === 0) return problems;
    return problems.map((p) => (p.ruleId === "code/language" ? withTrialErrors(block, p, trial.lang, errors) : p));
  });

  if (options.shellcheck) {
    const parsed = new Map<string, ShellScript>();
    scripts.forEach((script, i) => {
      // ShellCheck on code that does not parse only repeats the parser's error.
      if (script && !outputs.has(i) && !perBlock[i].some((p) => p.ruleId === "shell/syntax"))
        parsed.set(String(i), script);
    });
    const results = await runShellcheck(parsed, {
      severity: options.config.shellcheck.severity,
      exclude: Object.keys(options.config.shellcheck.exclude),
    });
    for (const [key, problems] of results) perBlock[Number(key)].push(...problems);
  }

  blocks.forEach((block, i) =>
    findings.push(...applySuppressions(block, perBlock[i], options.config, options.shellcheck)),
  );
  return { findings: sortProblems(findings), blocks };
}

/** Drops what the block or the config switches off; a suppression needs a reason and a use. */
function applySuppressions(
  block: CodeBlock,
  problems: BlockProblem[],
  config: LintConfig,
  ranShellcheck: boolean,
): Problem[] {
  const findings: Problem[] = [];
  const used = new Set<string>();
  for (const problem of problems) {
    if (config.ignore[problem.ruleId]) continue;
    const suppression = block.suppressions.find((s) => s.rules.includes(problem.ruleId));
    if (suppression) {
      used.add(problem.ruleId);
      continue;
    }
    findings.push(placeInFile(block, problem));
  }
  for (const suppression of block.suppressions) {
    const at = { file: block.file, line: suppression.line, column: 1 };
    if (!suppression.reason)
      findings.push({
        ...at,
        severity: severityOf("lint/suppression-reason"),
        ruleId: "lint/suppression-reason",
        message: `La excepción «lint-ignore=${suppression.rules.join(",")}» no dice por qué`,
        fix: 'añade el motivo: lint-reason="…" en la línea del bloque, o «<!-- lint-ignore REGLA: motivo -->»',
      });
    // Without ShellCheck its suppressions cannot be judged.
    const judged = suppression.rules.filter((r) => ranShellcheck || !/^SC\d+$/.test(r));
    for (const rule of judged.filter((r) => !used.has(r)))
      findings.push({
        ...at,
        severity: severityOf("lint/unused-suppression"),
        ruleId: "lint/unused-suppression",
        message: `La excepción para «${rule}» no se usa: el bloque ya no tiene ese problema`,
        fix: "quítala",
      });
  }
  return findings;
}
