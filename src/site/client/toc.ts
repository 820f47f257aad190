/**
 * Marks in the table of contents the section being read: the last heading (or quiz) that has scrolled past
 * the top quarter of the screen, and names it in the phone's sticky bar. Without JS nothing is marked.
 */
export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']:not([href='#top'])")];
  const current = document.querySelector<HTMLElement>("[data-toc-current]");
  if (links.length === 0) return;
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const targets = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const mark = () => {
    const line = innerHeight / 4;
    let reached: HTMLElement | undefined;
    for (const target of targets) if (target.getBoundingClientRect().top <= line) reached = target;
    const marked = reached ?? targets[0];
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === marked?.id) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
    if (current) {
      const link = links.find((a) => decodeURIComponent(a.hash.slice(1)) === reached?.id);
      current.textContent = link?.textContent ?? "";
    }
  };
  // Measured at most once a frame while the page scrolls (a jump moves no heading across a line, so an
  // IntersectionObserver alone would miss it).
  let queued = false;
  const onScroll = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  addEventListener("scroll", onScroll, { passive: true });
  addEventListener("resize", onScroll, { passive: true });
  mark();
}

/** The phone's list closes once a section is chosen, or with Esc (focus back on its summary). */
export function closeTocOnJump(): void {
  const details = document.querySelector<HTMLDetailsElement>("[data-toc-bar] details");
  if (!details) return;
  details.addEventListener("click", (event) => {
    if ((event.target as Element).closest("nav a")) details.open = false;
  });
  details.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !details.open) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  });
}
