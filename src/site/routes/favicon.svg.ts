import type { APIRoute } from "astro";
import icon from "../assets/favicon.svg?raw";

// The icon is aula's, not the teacher's: served from src/ so a course with its own public/ still has one.
export const GET: APIRoute = () => new Response(icon, { headers: { "Content-Type": "image/svg+xml" } });
