import type { APIRoute } from "astro";
import { base } from "astro:config/client";
import { getRedirects } from "../content.ts";
import type { Redirect } from "../../core/course/redirects.ts";
import { redirectPage } from "../redirect-page.ts";
import { i18n } from "../i18n.ts";

/** A page at each old Jekyll address of a lesson (`redirects.ts`), written as the file the address names. */
export async function getStaticPaths() {
  return (await getRedirects()).map((redirect) => ({ params: { old: redirect.file }, props: { redirect } }));
}

export const GET: APIRoute<{ redirect: Redirect }> = ({ props, site }) => {
  const to = `${base}${props.redirect.to}`;
  const canonical = site ? new URL(to, site).href : to;
  return new Response(redirectPage({ to, canonical, title: props.redirect.title }, i18n), {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
};
