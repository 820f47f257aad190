import type { APIRoute } from "astro";
import { robotsTxt } from "../course/site.ts";

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site, import.meta.env.BASE_URL));
