// @ts-check
import { defineConfig } from "astro/config";
import aula from "aula";

export default defineConfig({
  integrations: [aula()],
});
