/** Pages search engines should list: lessons and the home page, not print views, slides, 404 or personal pages. */
export function inSitemap(page: string): boolean {
  const path = new URL(page).pathname;
  return !/\/(imprimir|diapositivas|progreso|404|sin-conexion)(\/|\.html$|$)/.test(path);
}

/** robots.txt: everything may be crawled; the sitemap index is named when the site has a public address. */
export function robotsTxt(site: URL | undefined, base: string): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (site) lines.push(`Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}`);
  return `${lines.join("\n")}\n`;
}
