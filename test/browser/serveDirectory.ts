/**
 * Serves a built directory over plain http on 127.0.0.1 at a free port. Not file://: a page
 * loaded from a file cannot start the Web Workers the pane reads files in.
 */
import { createReadStream, promises as fs } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import path from "path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>/" */
  readonly url: string;
  close(): Promise<void>;
}

/** The Content-Security-Policy a built page declares in its meta tag, if any. */
async function declaredPolicy(base: string): Promise<string | null> {
  for (const page of ["index.html", "taskpane.html"]) {
    const html = await fs.readFile(path.join(base, page), "utf8").catch(() => "");
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    if (policy) return policy;
  }
  return null;
}

/**
 * Every response carries the page's own policy as a header, as the add-in's host should send it:
 * a meta tag does not reach a Web Worker's script, a header does.
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const policy = await declaredPolicy(base);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(base, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(base + path.sep)) return void response.writeHead(403).end();
    fs.stat(file).then(
      (stat) => {
        if (!stat.isFile()) return void response.writeHead(404).end();
        const type = TYPES[path.extname(file)] ?? "application/octet-stream";
        response.writeHead(200, {
          "Content-Type": type,
          "Cache-Control": "no-store",
          ...(policy ? { "Content-Security-Policy": policy } : {}),
        });
        createReadStream(file).pipe(response);
      },
      () => void response.writeHead(404).end()
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
