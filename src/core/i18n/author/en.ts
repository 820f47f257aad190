import type { AuthorMessages } from "./es.ts";

/** What aula tells a teacher, in English (`lang: en` in curso.yaml, or `AULA_LANG=en`). */
export const authorMessages: AuthorMessages = {
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",
  "problems.heading": "The course content has {count} {count|error|errors}:",
  "problems.unknownFile": "(unknown)",
  "build.warningsInLessons":
    "{n} {n|warning|warnings} in {files} {files|lesson|lessons}, above with their file and line",
  "build.warningsInFiles": "{n} {n|warning|warnings} in {files} {files|file|files}, above with their file and line",
  "course.yaml": "This is not valid YAML: {detail}",
  "course.yamlFix": "check the quotes, the colons and the indentation of that line",
  "course.schemaFix": "see the curso.yaml reference in the aula guide",
  "course.unknownKey": "aula does not use the key «{key}»: it is ignored",
  "course.unknownKeyFix": "delete it, or fix its name{suggestion}",
  "course.didYouMean": ": did you mean «{key}»?",
  "course.missing":
    "There is no course configuration; the units come from the folders and the course is called «Curso»",
  "course.missingFix": "create curso.yaml with «title», «url» and «units» (see «Empezar» in the aula guide)",
  "cli.usage": "Usage: aula <command> [options]",
  "cli.about":
    "aula turns a course written in Markdown (content/) into a static website with search, quizzes\nand PDFs. Commands run in the course's folder.",
  "cli.commands": "Commands:",
  "cli.exitCodes":
    "«aula <command> --help» explains each one. They all exit with 0 when done, 1 when the course has\nproblems to fix (each on one line, with its file and line) and 2 when the command is mistyped or\nsomething failed.",
  "cli.unknownCommand": "aula: «{command}» is not an aula command.",
  "cli.didYouMean": " Did you mean «aula {suggestion}»?",
  "cli.listHint": " «aula --help» lists them.",
  "cli.unknownKind": "aula {command}: «{kind}» is not a format aula knows.",
  "cli.usageError": "aula {command}: {message}. «aula {command} --help» explains how to use it.",
  "cli.crashed": "aula {command} could not finish: {message}",
  "cli.init.args": "[folder]",
  "cli.init": "creates a new course (in the current folder if none is given)",
  "cli.dev": "serves the course while you write; reloads on save",
  "cli.build": "builds the site in dist/, with search and the PDFs",
  "cli.preview": "serves the site already built",
  "cli.pdf": "makes the PDFs of the course and of each lesson",
  "cli.lint.args": "[lesson.md | folder]…",
  "cli.lint": "checks the code blocks of the lessons",
  "cli.importGift.args": "FILE.gift",
  "cli.importGift": "turns a GIFT question bank into quizzes",
  "cli.images": "downloads the lessons' remote images",
  "lint.summary":
    "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings} in {blocks} {blocks|block|blocks} of {lessons} {lessons|lesson|lessons}, {shellcheck} ({ms} ms)",
  "lint.withShellcheck": "with ShellCheck",
  "lint.withoutShellcheck": "without ShellCheck",
  "lint.notInstalled": " (not installed)",
  "lint.tooManyWarnings": "{warnings} {warnings|warning|warnings}, and --max-warnings allows {max}",
  "lint.dryRunWithoutFix": "--dry-run only makes sense with --fix",
};
