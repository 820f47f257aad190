import { type Argument, DockerfileParser, From, type Instruction } from "dockerfile-ast";
import { validate, ValidationSeverity } from "dockerfile-utils";
import { tagHint } from "../data/image-tags.ts";
import type { BlockProblem, Severity } from "../model.ts";
import { type RuleId, severityOf } from "../../problems/rules.ts";

const problemAt = (
  argument: Argument | Instruction,
  severity: Severity,
  ruleId: RuleId,
  message: string,
  fix?: string,
): BlockProblem => {
  const start = argument.getRange().start;
  return { line: start.line + 1, column: start.character + 1, severity, ruleId, message, ...(fix ? { fix } : {}) };
};

/** Splits a RUN's arguments into the commands joined by `&&`, `||`, `;` and `|`. */
function commandsOf(args: Argument[]): Argument[][] {
  const commands: Argument[][] = [[]];
  for (const arg of args) {
    const value = arg.getValue();
    if (/^(&&|\|\||;|\|)$/.test(value)) commands.push([]);
    else {
      const trailing = /;$/.test(value);
      commands[commands.length - 1].push(arg);
      if (trailing) commands.push([]);
    }
  }
  return commands.filter((c) => c.length > 0);
}

const yesFlags = /^(-y|--yes|--assume-yes|-qq|-q=2|--quiet=2|-[a-z]*y[a-z]*)$/;

/** hadolint's rules, with its ids, for what a course's Dockerfile most often gets wrong. */
function hadolint(instructions: Instruction[]): BlockProblem[] {
  const problems: BlockProblem[] = [];
  const stages = new Set<string>();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (instruction instanceof From) {
      const image = instruction.getImageName();
      const nameRange = instruction.getArguments()[0];
      if (image && nameRange && image !== "scratch" && !stages.has(image) && !image.includes("$")) {
        const tag = instruction.getImageTag();
        if (!tag && !instruction.getImageDigest())
          problems.push(
            problemAt(
              nameRange,
              severityOf("DL3006"),
              "DL3006",
              `La imagen «${image}» no tiene etiqueta: cada compilación puede traer otra versión`,
              tagHint(image),
            ),
          );
        else if (tag === "latest")
          problems.push(
            problemAt(
              nameRange,
              severityOf("DL3007"),
              "DL3007",
              `«${image}:latest» cambia con el tiempo`,
              tagHint(image),
            ),
          );
      }
      const stage = instruction.getBuildStage();
      if (stage) stages.add(stage);
      continue;
    }
    const args = instruction.getArguments();
    if (keyword === "RUN") {
      const content = instruction.getArgumentsContent() ?? "";
      for (const command of commandsOf(args)) {
        const words = command.map((a) => a.getValue());
        const name = words[0] === "sudo" ? words[1] : words[0];
        if (words[0] === "sudo")
          problems.push(
            problemAt(
              command[0],
              severityOf("DL3004"),
              "DL3004",
              "No uses sudo en un Dockerfile: RUN ya se ejecuta como root",
              "quita «sudo» (o cambia de USER)",
            ),
          );
        if (name === "apt") {
          problems.push(
            problemAt(
              command[words[0] === "sudo" ? 1 : 0],
              severityOf("DL3027"),
              "DL3027",
              "Usa apt-get (o apt-cache) en lugar de apt en los scripts",
              "apt no tiene una interfaz estable para scripts",
            ),
          );
        }
        if (name !== "apt-get") continue;
        const install = words.indexOf("install");
        if (install < 0) continue;
        const at = command[install];
        if (!words.some((w) => yesFlags.test(w)))
          problems.push(
            problemAt(
              at,
              severityOf("DL3014"),
              "DL3014",
              "«apt-get install» sin «-y» se queda esperando una respuesta",
              "añade «-y»",
            ),
          );
        if (
          !words.includes("--no-install-recommends") &&
          !words.some((w) => /APT::Install-Recommends=(false|0)/.test(w))
        )
          problems.push(
            problemAt(
              at,
              severityOf("DL3015"),
              "DL3015",
              "«apt-get install» sin «--no-install-recommends» instala paquetes que no hacen falta",
              "añade «--no-install-recommends»",
            ),
          );
      }
      if (
        /\bapt-get\s+(.*\s)?(update|install)\b/.test(content) &&
        !/rm\s+-(rf|fr|r)\s+\/var\/lib\/apt\/lists/.test(content)
      ) {
        problems.push(
          problemAt(
            instruction,
            severityOf("DL3009"),
            "DL3009",
            "Este RUN deja en la imagen las listas de paquetes de apt",
            "termina el mismo RUN con «&& rm -rf /var/lib/apt/lists/*»",
          ),
        );
      }
    } else if (keyword === "CMD" || keyword === "ENTRYPOINT") {
      const content = (instruction.getArgumentsContent() ?? "").trim();
      if (content && !content.startsWith("["))
        problems.push(
          problemAt(
            args[0] ?? instruction,
            severityOf("DL3025"),
            "DL3025",
            `${keyword} en forma de shell no recibe las señales (^C no lo para)`,
            `usa la forma JSON: ${keyword} ["programa", "argumento"]`,
          ),
        );
    } else if (keyword === "WORKDIR") {
      const path = args[0]?.getValue() ?? "";
      if (path && !/^(\/|\$|[A-Za-z]:[\\/]|["'](\/|\$))/.test(path))
        problems.push(
          problemAt(args[0], severityOf("DL3000"), "DL3000", `WORKDIR «${path}» es relativo`, "usa una ruta absoluta"),
        );
    } else if (keyword === "ADD") {
      const sources = args
        .map((a) => a.getValue())
        .filter((v) => !v.startsWith("--"))
        .slice(0, -1);
      if (
        sources.length > 0 &&
        sources.every((s) => !/^(https?|git)[:@]/.test(s) && !/\.(tar(\.\w+)?|tgz|tbz2?|txz)$/.test(s))
      )
        problems.push(
          problemAt(
            instruction,
            severityOf("DL3020"),
            "DL3020",
            "Usa COPY en lugar de ADD para copiar archivos y carpetas",
            "ADD solo hace falta para URL y archivos .tar",
          ),
        );
    } else if (keyword === "MAINTAINER") {
      problems.push(
        problemAt(instruction, severityOf("DL4000"), "DL4000", "MAINTAINER está obsoleto", 'usa LABEL maintainer="…"'),
      );
    }
  }
  return problems;
}

const severities: Record<number, Severity> = { 1: "error", 2: "warning", 3: "info", 4: "info" };

/** Parses with dockerfile-ast, validates with dockerfile-utils (what `docker build` rejects), then hadolint's rules. */
export function checkDockerfile(source: string): BlockProblem[] {
  const problems: BlockProblem[] = validate(source, { deprecatedMaintainer: ValidationSeverity.IGNORE }).map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: severities[d.severity ?? 1] ?? "error",
    ruleId: "dockerfile/invalid",
    message: `Dockerfile no válido: ${d.message}`,
  }));
  problems.push(...hadolint(DockerfileParser.parse(source).getInstructions()));
  return problems;
}
