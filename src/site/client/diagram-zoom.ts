/**
 * «Ampliar» on a diagram: shows it alone in a full-screen <dialog>, first fitted whole inside the
 * screen, then zoomed with pinch, Ctrl + wheel, the + − 0 keys or the buttons, and moved by dragging,
 * scrolling or the arrow keys. Of a flowchart's two renderings (see src/core/diagrams/turn.ts) it
 * shows the one that fits the screen larger. The SVGs are moved, not copied, so their ids stay
 * unique. Without JS the button stays hidden and the diagram is drawn fitted to its column.
 */
import { anchoredScroll, clampScale, fitScale, zoomStep, type Size } from "./zoom-math.ts";

/** Shown only when the diagram is drawn smaller than its natural size. */
function updateButton(canvas: HTMLElement, button: HTMLButtonElement): void {
  const svg = [...canvas.querySelectorAll("svg")].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return; // Its drawing is in the dialog right now, or the page is hidden.
  const natural = Number(svg.getAttribute("width") ?? 0);
  button.hidden = !(natural > 0 && svg.getBoundingClientRect().width < natural - 1);
}

function naturalSize(view: Element): Size {
  const svg = view.querySelector("svg");
  return { width: Number(svg?.getAttribute("width") ?? 0), height: Number(svg?.getAttribute("height") ?? 0) };
}

function control(label: string, text: string, className: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `button ${className}`;
  button.textContent = text;
  if (label !== text) button.setAttribute("aria-label", label);
  return button;
}

/** Room left around the drawing in the view, in px. */
const margin = 8;

function openDialog(canvas: HTMLElement, button: HTMLButtonElement): void {
  const data = button.dataset;
  const dialog = document.createElement("dialog");
  dialog.className = "diagram-dialog";
  dialog.setAttribute("aria-label", data.dialogLabel ?? "");
  const bar = document.createElement("div");
  bar.className = "diagram-dialog__bar";
  const hint = document.createElement("p");
  hint.className = "diagram-dialog__hint";
  hint.id = "diagram-dialog-hint";
  hint.textContent = data.zoomHint ?? "";
  const zoomOut = control(data.zoomOut ?? "−", "−", "diagram-dialog__zoom");
  const fit = control(data.zoomFit ?? "0", data.zoomFit ?? "0", "diagram-dialog__fit");
  const zoomIn = control(data.zoomIn ?? "+", "+", "diagram-dialog__zoom");
  const close = control(data.close ?? "×", data.close ?? "×", "diagram-dialog__close");
  bar.append(hint, zoomOut, fit, zoomIn, close);
  const view = document.createElement("div");
  view.className = "diagram-dialog__view";
  view.tabIndex = 0;
  view.autofocus = true;
  view.setAttribute("role", "group");
  view.setAttribute("aria-label", data.dialogLabel ?? "");
  view.setAttribute("aria-describedby", hint.id);
  const stage = document.createElement("div");
  stage.className = "diagram-dialog__stage";
  view.append(stage);
  dialog.append(bar, view);
  document.body.append(dialog);
  dialog.showModal();

  // The rendering that fits this screen larger; it goes back to its place on close.
  const room = (): Size => ({
    width: Math.max(1, view.clientWidth - 2 * margin),
    height: Math.max(1, view.clientHeight - 2 * margin),
  });
  const views = [...canvas.querySelectorAll<HTMLElement>(".diagram__view")];
  const chosen = views.reduce((best, v) =>
    fitScale(naturalSize(v), room()) > fitScale(naturalSize(best), room()) ? v : best,
  );
  const placeholder = document.createComment("");
  chosen.replaceWith(placeholder);
  stage.append(chosen);
  const svgs = [...chosen.querySelectorAll<SVGSVGElement>("svg")];
  const natural = naturalSize(chosen);

  let scale = 1;
  let fitted = true;
  const offset = () => {
    const drawn = svgs.find((s) => s.getBoundingClientRect().width > 0) ?? svgs[0];
    const a = drawn?.getBoundingClientRect();
    const b = stage.getBoundingClientRect();
    return { x: (a?.left ?? 0) - b.left, y: (a?.top ?? 0) - b.top };
  };
  /** Sets the scale, keeping the drawing's point under (x, y) of the view where it was. */
  const setScale = (next: number, x = view.clientWidth / 2, y = view.clientHeight / 2) => {
    const target = clampScale(next, fitScale(natural, room()));
    const before = offset();
    const from = scale;
    scale = target;
    for (const svg of svgs) {
      svg.style.width = `${natural.width * scale}px`;
      svg.style.height = `${natural.height * scale}px`;
    }
    const after = offset();
    view.scrollLeft = anchoredScroll(view.scrollLeft, x, { scale: from, offset: before.x }, { scale, offset: after.x });
    view.scrollTop = anchoredScroll(view.scrollTop, y, { scale: from, offset: before.y }, { scale, offset: after.y });
  };
  const zoomBy = (factor: number, x?: number, y?: number) => {
    fitted = false;
    setScale(scale * factor, x, y);
  };
  const toFit = () => {
    fitted = true;
    setScale(fitScale(natural, room()));
    view.scrollLeft = 0;
    view.scrollTop = 0;
  };
  toFit();

  zoomIn.addEventListener("click", () => zoomBy(zoomStep));
  zoomOut.addEventListener("click", () => zoomBy(1 / zoomStep));
  fit.addEventListener("click", toFit);
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLButtonElement && (event.key === " " || event.key === "Enter")) return;
    if (event.key === "+" || event.key === "=") zoomBy(zoomStep);
    else if (event.key === "-" || event.key === "_" || event.key === "−") zoomBy(1 / zoomStep);
    else if (event.key === "0") toFit();
    else return;
    event.preventDefault();
  });
  // A trackpad pinch arrives as Ctrl + wheel.
  view.addEventListener(
    "wheel",
    (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const box = view.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY / 200), event.clientX - box.left, event.clientY - box.top);
    },
    { passive: false },
  );
  // One finger (or the mouse) drags the drawing; two fingers pinch.
  const pointers = new Map<number, { x: number; y: number }>();
  let pinch: { distance: number; scale: number } | undefined;
  const distance = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  view.addEventListener("pointerdown", (event) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    view.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) pinch = { distance: distance(), scale };
  });
  view.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    pointers.set(event.pointerId, now);
    if (pointers.size === 1) {
      view.scrollLeft -= now.x - last.x;
      view.scrollTop -= now.y - last.y;
    } else if (pinch && pinch.distance > 0) {
      const [a, b] = [...pointers.values()];
      const box = view.getBoundingClientRect();
      fitted = false;
      setScale((pinch.scale * distance()) / pinch.distance, (a!.x + b!.x) / 2 - box.left, (a!.y + b!.y) / 2 - box.top);
    }
  });
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = undefined;
  };
  view.addEventListener("pointerup", release);
  view.addEventListener("pointercancel", release);
  // Turning the phone while the view is fitted fits it again.
  const resized = new ResizeObserver(() => {
    if (fitted) toFit();
  });
  resized.observe(view);

  dialog.addEventListener("close", () => {
    resized.disconnect();
    for (const svg of svgs) {
      svg.style.removeProperty("width");
      svg.style.removeProperty("height");
    }
    placeholder.replaceWith(chosen);
    dialog.remove();
    button.focus();
  });
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
