// The only search code on a page until the reader opens search: it wires the button and the
// shortcuts, and loads the dialog (and Pagefind) on first use.

import { searchShortcut } from "./platform.ts";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function open(query?: string): void {
  void import("./search-dialog.ts").then((dialog) => dialog.openSearch(query));
}

const button = document.querySelector<HTMLButtonElement>("[data-search-open]");
if (button) {
  // Named before the button shows (it is hidden until now): no second layout, no flash of «Ctrl K» on a Mac.
  const key = button.querySelector("kbd");
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  if (key) {
    key.textContent = searchShortcut({
      userAgentDataPlatform: nav.userAgentData?.platform,
      platform: navigator.platform,
      userAgent: navigator.userAgent,
    });
  }
  button.hidden = false;
  button.addEventListener("click", () => open());
}

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const modK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "k";
  const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
  if (!modK && !slash) return;
  event.preventDefault();
  open();
});

const shared = new URLSearchParams(location.search).get("q");
if (shared) open(shared);
