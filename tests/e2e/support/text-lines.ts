import type { Page } from "playwright-core";

/**
 * Every place where inline code (`:not(pre) > code`) wraps between two characters that are not spaces,
 * unless the first is a `/`: measured per character with Range.getClientRects, as the reader sees it.
 */
export function badInlineCodeBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const code of document.querySelectorAll(":not(pre) > code")) {
      if (!code.checkVisibility()) continue;
      const chars: { ch: string; top?: number }[] = [];
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          chars.push({ ch: text[i]!, top: rect?.top });
        }
      }
      for (let i = 1; i < chars.length; i++) {
        const [before, after] = [chars[i - 1]!, chars[i]!];
        if (before.top === undefined || after.top === undefined || after.top <= before.top + 4) continue;
        if (/\s/.test(before.ch) || /\s/.test(after.ch) || before.ch === "/") continue;
        bad.push(`${code.textContent}: «${before.ch}» | «${after.ch}»`);
      }
    }
    return bad;
  });
}

/** Each visible «Copiar» whose box meets the box of a line of its block's code, at the current scroll. */
export function copyButtonsOverText(page: Page): Promise<{ checked: number; covered: string[] }> {
  return page.evaluate(() => {
    const covered: string[] = [];
    let checked = 0;
    for (const figure of document.querySelectorAll("figure.code-block")) {
      const button = figure.querySelector("button[data-copy]");
      const pre = figure.querySelector("pre");
      if (!button || !pre || !button.checkVisibility()) continue;
      checked++;
      const b = button.getBoundingClientRect();
      for (const line of pre.querySelectorAll(".line")) {
        const range = document.createRange();
        range.selectNodeContents(line);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          const meets = r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
          if (meets) covered.push(`${figure.getAttribute("data-lang")}: ${line.textContent?.slice(0, 40)}`);
        }
      }
    }
    return { checked, covered };
  });
}
