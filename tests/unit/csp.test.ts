import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, withContentSecurityPolicy } from "../../src/core/security/csp.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("Content-Security-Policy", () => {
  it("allows the page's own inline scripts by hash and nothing else inline", () => {
    const html = '<head></head><script>a()</script><script type="module" src="/x.js"></script><script>b()</script>';
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash("a()")} ${hash("b()")}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("default-src 'self'");
  });

  it("lets the course register its own service worker and manifest, from no other host", () => {
    const policy = contentSecurityPolicy("<head></head>");
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("manifest-src 'self';");
  });

  it("puts the policy first in <head>, once, even when run twice", () => {
    const once = withContentSecurityPolicy('<html><head><meta charset="utf-8"><script>a()</script></head></html>');
    expect(once).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><meta charset/);
    expect(withContentSecurityPolicy(once)).toBe(once);
  });
});

describe("frames", () => {
  it("lets a page frame only the player of its own video facades", () => {
    const video =
      '<head></head><figure class="video" data-video-src="https://www.youtube-nocookie.com/embed/x?autoplay=1&amp;start=3"></figure>';
    expect(contentSecurityPolicy(video)).toContain("frame-src https://www.youtube-nocookie.com;");
    expect(contentSecurityPolicy("<head></head><p>Sin vídeo</p>")).not.toContain("frame-src");
  });
});
