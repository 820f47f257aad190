/**
 * «Ampliar» on a diagram: shows it alone, at its natural size, in a modal <dialog> that pans by
 * scrolling (and pinch-zooms on a phone). The SVGs are moved, not copied, so their ids stay unique.
 * Without JS the button stays hidden and the frame still scrolls.
 */

/** Shown only when the diagram is drawn smaller than its natural size or does not fit its frame. */
function updateButton(canvas: HTMLElement, button: HTMLButtonElement): void {
  const svg = [...canvas.querySelectorAll("svg")].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return; // Its drawing is in the dialog right now.
  const natural = Number(svg.getAttribute("width") ?? 0);
  const drawn = svg.getBoundingClientRect().width;
  const overflowing = canvas.scrollWidth > canvas.clientWidth + 1;
  canvas.toggleAttribute("data-overflowing", overflowing);
  button.hidden = !(overflowing || (natural > 0 && drawn < natural - 1));
}

function openDialog(canvas: HTMLElement, button: HTMLButtonElement): void {
  const dialog = document.createElement("dialog");
  dialog.className = "diagram-dialog";
  dialog.setAttribute("aria-label", `${button.dataset.dialogLabel ?? ""}. ${canvas.getAttribute("aria-label") ?? ""}`);
  const close = document.createElement("button");
  close.type = "button";
  close.className = "button diagram-dialog__close";
  close.textContent = button.dataset.close ?? "×";
  close.addEventListener("click", () => dialog.close());
  const view = document.createElement("div");
  view.className = "diagram-dialog__view";
  view.tabIndex = 0;
  const drawings = [...canvas.children];
  view.append(...drawings);
  dialog.append(close, view);
  document.body.append(dialog);
  dialog.addEventListener("close", () => {
    canvas.append(...drawings);
    dialog.remove();
    button.focus();
  });
  dialog.showModal();
}

export function enableDiagramZoom(): void {
  if (typeof HTMLDialogElement !== "function") return;
  const frames: [HTMLElement, HTMLButtonElement][] = [];
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-diagram-zoom]")) {
    const canvas = button.closest("figure")?.querySelector<HTMLElement>(".diagram__canvas");
    if (!canvas) continue;
    frames.push([canvas, button]);
    button.addEventListener("click", () => openDialog(canvas, button));
  }
  if (frames.length === 0) return;
  const update = () => frames.forEach(([canvas, button]) => updateButton(canvas, button));
  update();
  new ResizeObserver(update).observe(document.documentElement);
}
