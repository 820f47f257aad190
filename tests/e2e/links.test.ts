import { describe, expect, inject, it } from "vitest";
import { checkLinks } from "../../scripts/links/check.ts";
import { testBase, testSiteUrl } from "./support/site.ts";

describe("links in the built site", () => {
  it("resolves every internal page, anchor and asset under a non-root base", () => {
    const broken = checkLinks(inject("distDir"), testBase, new URL(testSiteUrl).origin);
    expect(broken).toEqual([]);
  });
});
