/** `npm run lint:code`: checks every code block of every lesson. Logic in src/lint/. */
import { main } from "../src/core/lint/cli.ts";

process.exitCode = await main({ argv: process.argv.slice(2) });
