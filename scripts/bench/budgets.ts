/** What the bench measured at one course size. */
export interface ScaleResult {
  factor: number;
  pages: number;
  coldBuildMs: number;
  warmBuildMs: number;
  /** Bytes of one lesson page's HTML (the same lesson at every size). */
  lessonHtmlBytes: number;
  searchIndexBytes?: number;
  lintMs?: number;
}

/** What a lesson page loads with search closed. */
export interface PageWeight {
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  mermaidBytes: number;
}

export interface BudgetCheck {
  name: string;
  value: number;
  limit: number;
  unit: string;
  ok: boolean;
}

export const budgets = {
  jsGzipBytes: 10 * 1024,
  cssGzipBytes: 15 * 1024,
  mermaidBytes: 0,
  /** Build cost per page at the largest size, relative to the middle one. */
  perPageGrowth: 1.25,
  /** One page's HTML at the largest size, relative to the smallest. */
  htmlGrowth: 1.1,
} as const;

export const costPerPage = (r: ScaleResult) => r.coldBuildMs / r.pages;

export function checkBudgets(scales: ScaleResult[], weight: PageWeight): BudgetCheck[] {
  const sorted = [...scales].sort((a, b) => a.factor - b.factor);
  const smallest = sorted[0];
  const largest = sorted.at(-1);
  const middle = sorted.at(-2) ?? smallest;
  const checks: BudgetCheck[] = [
    { name: "JS de una lección (gzip)", value: weight.jsGzipBytes, limit: budgets.jsGzipBytes, unit: "B", ok: false },
    {
      name: "CSS de una lección (gzip)",
      value: weight.cssGzipBytes,
      limit: budgets.cssGzipBytes,
      unit: "B",
      ok: false,
    },
    {
      name: "JS de mermaid en el sitio",
      value: weight.mermaidBytes,
      limit: budgets.mermaidBytes,
      unit: "B",
      ok: false,
    },
  ];
  if (smallest && largest && middle && largest !== smallest) {
    const growth = costPerPage(largest) / costPerPage(middle);
    checks.push({
      name: `coste por página ${largest.factor}× / ${middle.factor}×`,
      value: Number(growth.toFixed(2)),
      limit: budgets.perPageGrowth,
      unit: "×",
      ok: false,
    });
    const htmlGrowth = largest.lessonHtmlBytes / smallest.lessonHtmlBytes;
    checks.push({
      name: `HTML de una lección ${largest.factor}× / ${smallest.factor}×`,
      value: Number(htmlGrowth.toFixed(2)),
      limit: budgets.htmlGrowth,
      unit: "×",
      ok: false,
    });
  }
  return checks.map((check) => ({ ...check, ok: check.value <= check.limit }));
}
