import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import settings from "virtual:aula/settings";

// The icon is aula's, read from the installed package, so a course with its own public/ still has one.
export const GET: APIRoute = () =>
  new Response(readFileSync(join(settings.engine.root, "src/site/assets/favicon.ico")), {
    headers: { "Content-Type": "image/x-icon" },
  });
