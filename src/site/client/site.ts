import { nextThemeChoice, parseThemeChoice, type ThemeChoice } from "./theme.ts";
import { enableDiagramZoom } from "./diagram-zoom.ts";
import { markCurrentSection } from "./toc.ts";

const storageKey = "aula:theme";

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(storageKey));
  } catch {
    return "auto";
  }
}

function applyChoice(choice: ThemeChoice, toggle: HTMLButtonElement): void {
  if (choice === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  const labels = JSON.parse(toggle.dataset.labels ?? "{}") as Record<ThemeChoice, string>;
  const text = toggle.querySelector("[data-theme-text]");
  if (text) text.textContent = labels[choice];
  const icon = toggle.querySelector("[data-theme-icon]");
  if (icon) icon.textContent = choice === "auto" ? "◐" : choice === "light" ? "☀" : "☾";
  toggle.setAttribute("aria-label", `${toggle.getAttribute("aria-label")?.split(":")[0] ?? ""}: ${labels[choice]}`);
}

const toggle = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
if (toggle) {
  applyChoice(readChoice(), toggle);
  toggle.hidden = false;
  toggle.addEventListener("click", () => {
    const choice = nextThemeChoice(readChoice());
    try {
      localStorage.setItem(storageKey, choice);
    } catch {
      // Private mode or full storage: the choice lasts for this page only.
    }
    applyChoice(choice, toggle);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const code = button.closest("figure")?.querySelector("pre");
  if (!code || !navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.innerText.replace(/\n$/, ""));
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 1500);
    } catch {
      // The reader can still select the text by hand.
    }
  });
}
import "./video.ts";

enableDiagramZoom();
markCurrentSection();
