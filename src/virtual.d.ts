declare module "virtual:aula/settings" {
  const settings: import("./core/settings.ts").SiteSettings;
  export default settings;
}
declare module "virtual:aula/custom-css" {}
