// Browser-safe: the export and the SCORM build's search links both use it.

/**
 * An LMS serves files, not folders: a link to `tema2/x/` must say `tema2/x/index.html` (Moodle's
 * player answers a folder with 404).
 */
export function withIndex(url: string): string {
  return url.replace(/^([^?#]*\/)(?=$|[?#])/, "$1index.html");
}
