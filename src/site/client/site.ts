import { parseThemeChoice, type ThemeChoice } from "./theme.ts";
import { enableDiagramZoom } from "./diagram-zoom.ts";
import { closeTocOnJump, markCurrentSection } from "./toc.ts";
import { startOffline } from "./offline.ts";

const storageKey = "aula:theme";

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(storageKey));
  } catch {
    return "auto";
  }
}

function applyChoice(choice: ThemeChoice): void {
  if (choice === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

const themeSwitch = document.querySelector<HTMLElement>("[data-theme-switch]");
if (themeSwitch) {
  const current = themeSwitch.querySelector<HTMLInputElement>(`input[value="${readChoice()}"]`);
  if (current) current.checked = true;
  themeSwitch.hidden = false;
  themeSwitch.addEventListener("change", (event) => {
    const choice = parseThemeChoice((event.target as HTMLInputElement).value);
    try {
      localStorage.setItem(storageKey, choice);
    } catch {
      // Private mode or full storage: the choice lasts for this page only.
    }
    applyChoice(choice);
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
closeTocOnJump();
startOffline();
if (document.querySelector("[data-offline-save], [data-offline-page]")) void import("./offline-save.ts");
