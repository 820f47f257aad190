/** What the browser says about its system; `userAgentData` is Chromium's, the rest every browser has. */
export interface PlatformHints {
  userAgentDataPlatform?: string;
  platform?: string;
  userAgent?: string;
}

/** Apple keyboards (macOS, iPadOS, iOS) use ⌘ where others use Ctrl. */
export function isApple(hints: PlatformHints): boolean {
  const named = hints.userAgentDataPlatform || hints.platform || "";
  if (named) return /mac|iphone|ipad|ipod|ios/i.test(named);
  return /Macintosh|Mac OS X|iPhone|iPad|iPod/.test(hints.userAgent ?? "");
}

/** The search shortcut as the reader's keyboard shows it. */
export function searchShortcut(hints: PlatformHints): string {
  return isApple(hints) ? "⌘ K" : "Ctrl K";
}
