import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { APIRoute } from "astro";

// Browsers ask for /favicon.ico on their own; built at the project root, like the rest of the site.
export const GET: APIRoute = () =>
  new Response(readFileSync(resolve("src/assets/favicon.ico")), { headers: { "Content-Type": "image/x-icon" } });
