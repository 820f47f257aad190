import { describe, expect, it } from "vitest";
import { anchoredScroll, clampScale, fitScale } from "../../src/site/client/zoom-math.ts";

describe("the «Ampliar» view's arithmetic", () => {
  it("fits the whole drawing: the tighter side decides", () => {
    // A 1000×500 sequence diagram on a 344×700 phone view: the width decides.
    expect(fitScale({ width: 1000, height: 500 }, { width: 344, height: 700 })).toBeCloseTo(0.344);
    // A tall flowchart: the height decides.
    expect(fitScale({ width: 200, height: 1400 }, { width: 344, height: 700 })).toBeCloseTo(0.5);
    expect(fitScale({ width: 0, height: 0 }, { width: 344, height: 700 })).toBe(1);
  });

  it("zooms between a quarter of the fitted size and four times the natural one", () => {
    expect(clampScale(0.01, 0.344)).toBeCloseTo(0.086);
    expect(clampScale(10, 0.344)).toBe(4);
    expect(clampScale(20, 2)).toBe(8);
    expect(clampScale(1.5, 0.344)).toBe(1.5);
  });

  it("keeps the point under the fingers in place", () => {
    // The point 100 px into the view, with the view scrolled 50 px, is drawing x = 150 at scale 1.
    const scroll = anchoredScroll(50, 100, { scale: 1, offset: 0 }, { scale: 2, offset: 0 });
    expect(scroll + 100).toBe(300);
    // A centred drawing (offset 40) that grows past the view starts at 0 and scrolls.
    expect(anchoredScroll(0, 172, { scale: 0.5, offset: 40 }, { scale: 1, offset: 0 })).toBe(92);
    expect(anchoredScroll(0, 10, { scale: 1, offset: 0 }, { scale: 0.5, offset: 0 })).toBe(0);
  });
});
