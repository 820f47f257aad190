import { existsSync } from "node:fs";

/** Flags that let Chromium start headless on CI machines with no network and as root. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

/**
 * The Chrome or Chromium on this machine: `CHROMIUM_PATH` when set, else the usual places.
 * Nothing is ever downloaded.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return exists(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => exists(path));
}

/** What to tell a person whose machine has no browser. */
export const installHint =
  "Instala Chromium (Debian/Ubuntu: «sudo apt-get install chromium») o Google Chrome, " +
  "o indica su ruta en la variable CHROMIUM_PATH.";
