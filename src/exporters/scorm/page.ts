// Browser-safe: where the page is served from, read from `<html>` at run time, so one build serves the public site
// and the packages made from it (`aula export scorm` rewrites these attributes, never the scripts).

/** `scorm12` or `scorm2004` in a SCORM package made from the site, else undefined. */
export type SitePackage = "scorm12" | "scorm2004";

export function sitePackage(doc: Document = document): SitePackage | undefined {
  const value = doc.documentElement.dataset.package;
  return value === "scorm12" || value === "scorm2004" ? value : undefined;
}

/** The site's root as a path (`/Curso/`, or the package's folder in an LMS), from `<html data-root>`. */
export function siteRoot(doc: Document = document): string {
  return new URL(doc.documentElement.dataset.root ?? "/", doc.baseURI).pathname;
}
