import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { unzipSync } from "fflate";
import { projectRoot } from "./site.ts";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
};

const launchers = {
  "1.2": `window.launch = (href, saved, mastery) => {
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.API.loadFromJSON({ suspend_data: saved ?? "", student_data: { mastery_score: mastery ?? "" } });
  window.API.on("LMSSetValue.cmi.*", (element, value) => window.calls.push([element, String(value)]));
  window.API.on("LMSCommit", () => window.calls.push(["commit", ""]));
  window.API.on("LMSFinish", () => window.calls.push(["finish", ""]));
  document.getElementById("sco").src = "/pkg/" + href;
};`,
  // 2004: the mastery score reaches the SCO as cmi.scaled_passing_score (0–1), as the manifest's objective sets it.
  "2004": `window.launch = (href, saved, mastery) => {
  window.API_1484_11 = new Scorm2004API({ logLevel: 5, autocommit: false });
  window.API_1484_11.loadFromJSON({ suspend_data: saved ?? "", scaled_passing_score: mastery ?? "" });
  window.API_1484_11.on("SetValue.cmi.*", (element, value) => window.calls.push([element, String(value)]));
  window.API_1484_11.on("Commit", () => window.calls.push(["commit", ""]));
  window.API_1484_11.on("Terminate", () => window.calls.push(["finish", ""]));
  document.getElementById("sco").src = "/pkg/" + href;
};`,
};

/**
 * A small LMS player on 127.0.0.1: `/player.html` holds scorm-again's real SCORM 1.2 or 2004 API and launches a
 * SCO of the unzipped package in an iframe, as Moodle's player does. Files are served exactly, as an
 * LMS serves a package: a folder is not answered with its index.html, and names are percent-decoded.
 */
export async function startPlayer(
  zipPath: string,
  version: "1.2" | "2004" = "1.2",
): Promise<{ url: string; files: Map<string, Uint8Array>; server: Server }> {
  const files = new Map(Object.entries(unzipSync(readFileSync(zipPath))));
  const runtime = version === "1.2" ? "scorm12.min.js" : "scorm2004.min.js";
  const scormAgain = readFileSync(join(projectRoot, "node_modules/scorm-again/dist", runtime));
  const player = `<!doctype html><meta charset="utf-8"><title>LMS</title>
<script src="/runtime.js"></script>
<body><iframe id="sco" style="width:1200px;height:900px"></iframe>
<script>
window.calls = [];
${launchers[version]}
</script>`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const body =
      path === "/player.html"
        ? Buffer.from(player)
        : path === "/runtime.js"
          ? scormAgain
          : path.startsWith("/pkg/")
            ? files.get(path.slice(5))
            : undefined;
    if (!body) {
      res.writeHead(404).end("not found");
      return;
    }
    const type = path === "/player.html" ? ".html" : extname(path);
    res.writeHead(200, { "content-type": types[type] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, files, server };
}
