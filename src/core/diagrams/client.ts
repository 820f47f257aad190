import { mermaidConfig } from "./config.ts";
import { clientMermaidName } from "./session.ts";

/**
 * The renderer for readers, used only when the build had no browser. Pages with diagrams load this
 * small script; it fetches mermaid (from this site, never a CDN) once a diagram is near the screen.
 */
export function clientScript(assetBase: string): string {
  const configs = JSON.stringify({ light: mermaidConfig("light"), dark: mermaidConfig("dark") });
  return `// aula: diagramas renderizados en el navegador (la compilación no tenía Chromium)
const configs = ${configs};
const pending = [...document.querySelectorAll("[data-diagram-pending]")];
let loading;
function loadMermaid() {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = ${JSON.stringify(`${assetBase}${clientMermaidName}`)};
    script.onload = () => resolve(window.mermaid);
    script.onerror = reject;
    document.head.append(script);
  });
  return loading;
}
function isDark() {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
}
let count = 0;
async function render(figure) {
  const source = figure.querySelector("[data-diagram-source]");
  if (!source) return;
  const mermaid = await loadMermaid();
  mermaid.initialize(isDark() ? configs.dark : configs.light);
  const { svg } = await mermaid.render("aula-cliente-" + ++count, source.textContent);
  const canvas = document.createElement("div");
  canvas.className = "diagram__canvas";
  canvas.innerHTML = svg;
  canvas.querySelector("svg")?.setAttribute("role", "img");
  source.replaceWith(canvas);
  figure.removeAttribute("data-diagram-pending");
}
// mermaid renders one diagram at a time.
let queue = Promise.resolve();
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    observer.unobserve(entry.target);
    queue = queue.then(() => render(entry.target)).catch(() => {});
  }
}, { rootMargin: "200px" });
for (const figure of pending) observer.observe(figure);
`;
}
