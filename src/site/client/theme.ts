export type ThemeChoice = "auto" | "light" | "dark";

const choices: ThemeChoice[] = ["auto", "light", "dark"];

/** Anything stored that is not a known choice (old versions, hand edits) means "auto". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return choices.includes(value as ThemeChoice) ? (value as ThemeChoice) : "auto";
}
