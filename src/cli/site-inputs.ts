import { findChromium } from "../core/browser/chromium.ts";
import { inputFingerprint } from "../core/build/up-to-date.ts";
import { readSiteEnv } from "../core/course/env.ts";
import { enginePackage } from "../core/engine/package.ts";

/** The fingerprint of everything a build of the course at `root` is made from: `aula build` stamps it, exports check it. */
export function siteInputs(root: string, env: NodeJS.ProcessEnv): string {
  return inputFingerprint({
    root,
    ...readSiteEnv(env, root),
    env,
    browser: findChromium(env),
    engineRoot: enginePackage().root,
  });
}
