/**
 * Marks in the table of contents the section being read: the last heading that has scrolled past
 * the top quarter of the screen. Without JS nothing is marked.
 */
export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")];
  if (links.length === 0 || typeof IntersectionObserver !== "function") return;
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const mark = () => {
    const line = innerHeight / 4;
    let current = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === current?.id) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  };
  // Any heading crossing the screen is a moment the current one may change.
  const observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -75% 0px", threshold: [0, 1] });
  for (const heading of headings) observer.observe(heading);
  mark();
}
