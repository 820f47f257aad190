import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** Serves a built site on 127.0.0.1 under `base`, as GitHub Pages would (404.html for misses). */
export async function serveSite(dir: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      req.url = "/404.html";
      files(req, res, () => {
        res.end();
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // A browser's keep-alive sockets would hold close() open until the test hook times out.
        server.closeAllConnections();
      }),
  };
}
