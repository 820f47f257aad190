export type ThemeChoice = "auto" | "light" | "dark";

const order: ThemeChoice[] = ["auto", "light", "dark"];

/** Anything stored that is not a known choice (old versions, hand edits) means "auto". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return order.includes(value as ThemeChoice) ? (value as ThemeChoice) : "auto";
}

export function nextThemeChoice(current: ThemeChoice): ThemeChoice {
  return order[(order.indexOf(current) + 1) % order.length] ?? "auto";
}
