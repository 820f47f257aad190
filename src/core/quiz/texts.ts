import type { Messages } from "../i18n/es.ts";

/**
 * The texts the islands show, put in the page as JSON so the scripts hold no literals
 * (`<` escaped so the JSON cannot close its `<script>`).
 */
export function islandTexts(messages: Messages): string {
  const entries = Object.entries(messages).filter(([key]) => key.startsWith("quiz.") || key.startsWith("progress."));
  return JSON.stringify(Object.fromEntries(entries)).replace(/</g, "\\u003c");
}
