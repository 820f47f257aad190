declare module "virtual:aula/settings" {
  const settings: import("./core/settings.ts").SiteSettings;
  export default settings;
}
declare module "virtual:aula/texts" {
  const texts: { lang: string; messages: import("./core/i18n/es.ts").Messages };
  export default texts;
}
declare module "virtual:aula/custom-css" {}
