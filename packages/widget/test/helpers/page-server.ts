import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Sets the `<coach-interview …>` attributes of the page served at `/`. */
  setAttributes(attributes: string): void;
  close(): Promise<void>;
}

/**
 * Serves a host page with `<coach-interview>` and the built bundle, as an embedding site
 * would (`<script type="module" src="…bundle.js">`).
 */
export async function startPageServer(bundlePath: string, initialAttributes = ''): Promise<PageServer> {
  const bundle = readFileSync(bundlePath);
  let attributes = initialAttributes;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/coach-interview.bundle.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(bundle);
      return;
    }
    // The files the bundle loads on demand (the DSA round), from beside it as a CDN would serve them.
    const sibling = /^\/([\w-]+\.bundle\.js)$/.exec(path)?.[1];
    if (sibling && existsSync(join(dirname(bundlePath), sibling))) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(readFileSync(join(dirname(bundlePath), sibling)));
      return;
    }
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Coach widget test page</title>
    <style>body { margin: 0; padding: 16px; font-family: sans-serif; }</style>
    <script type="module" src="/coach-interview.bundle.js"></script>
  </head>
  <body>
    <h1>Host page</h1>
    <coach-interview ${attributes}></coach-interview>
  </body>
</html>`);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setAttributes(next) {
      attributes = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
