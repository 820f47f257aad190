/** The arithmetic of the «Ampliar» view: no DOM, so it is tested with plain numbers. */

export interface Size {
  width: number;
  height: number;
}

/** The scale at which the whole drawing fits the view. */
export function fitScale(drawing: Size, view: Size): number {
  if (drawing.width <= 0 || drawing.height <= 0) return 1;
  return Math.min(view.width / drawing.width, view.height / drawing.height);
}

/** Zoom stops at a quarter of the fitted size below and four times the natural size above. */
export function clampScale(scale: number, fit: number): number {
  const min = Math.min(fit, 1) / 4;
  const max = Math.max(fit, 1) * 4;
  return Math.min(max, Math.max(min, scale));
}

/** One step of «+» or «−». */
export const zoomStep = 1.25;

/**
 * The scroll position that keeps the drawing's point under `anchor` (a point of the view, e.g. the
 * middle of a pinch) in place when the scale changes from `from` to `to`. Content that is smaller than
 * the view is centred by CSS, so `offset` is where the drawing starts inside the scrolled area.
 */
export function anchoredScroll(
  scroll: number,
  anchor: number,
  from: { scale: number; offset: number },
  to: { scale: number; offset: number },
): number {
  const point = (scroll + anchor - from.offset) / from.scale;
  return Math.max(0, point * to.scale + to.offset - anchor);
}
