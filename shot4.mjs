import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, extname } from "node:path";
const root = "/work/main/dist";
const types = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png" };
const server = createServer((req, res) => {
  let p = join(root, decodeURIComponent(req.url.split("?")[0]).replace(/^\/Ciberseguridad-PePS/, ""));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, "index.html");
  if (!existsSync(p)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { "content-type": types[extname(p)] ?? "application/octet-stream" }); res.end(readFileSync(p));
}).listen(4999);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, colorScheme: "dark" });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:4999/Ciberseguridad-PePS/diapositivas/tema2/virtualizacion/`);
await page.waitForTimeout(2000);
const info = await page.evaluate(() => {
  const out = [];
  let el = document.querySelector("#diapositiva-titulo");
  out.push(["title color", getComputedStyle(el).color]);
  while (el) { const bg = getComputedStyle(el).backgroundColor; out.push([el.tagName + "." + el.className.slice(0,60), bg]); el = el.parentElement; }
  return out;
});
console.log(JSON.stringify(info));
await page.screenshot({ path: "/tmp/slides-mobile-dark.png" });
await browser.close(); server.close();
