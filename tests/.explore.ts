import { launchChromium } from "/work/wt/search/src/browser/launch.ts";
import { serveSite } from "/work/wt/search/tests/e2e/support/site.ts";
const { url, server } = await serveSite("/tmp/search-dist", "/Ciberseguridad-PePS/");
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on("response", (r) => r.status() >= 400 && console.log("HTTP", r.status(), r.url()));
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(`${url}tema2/tipos-de-hosting/`);
  await page.getByRole("button", { name: "Buscar" }).click();
  const input = page.getByRole("searchbox");
  for (const q of process.argv.slice(2)) {
    await input.fill(q);
    await page.waitForTimeout(700);
    const rows = await page.locator(".search-result").evaluateAll((els) =>
      els.map((el) => [el.querySelector(".search-result__link")?.getAttribute("href"), el.querySelector(".search-result__excerpt")?.innerHTML.slice(0, 140), [...el.querySelectorAll(".search-result__others a")].map((a) => a.getAttribute("href")).join(" ")]),
    );
    console.log(`== ${q}`);
    for (const r of rows) console.log("  ", r.join(" | "));
  }
  console.log(await page.locator("[aria-live]").allTextContents());
} finally {
  await browser.close();
  server.close();
}
