import type { APIRoute } from "astro";
import { base } from "astro:config/client";
import { robotsTxt } from "../../core/course/site.ts";

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site, base));
