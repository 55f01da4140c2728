// A tiny static server for trying this page locally (any static host works the same way).
// COACH_SERVER points the page at a Coach server other than http://localhost:8787.
//
//   PORT=5500 COACH_SERVER=https://coach.example.com node serve.mjs
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 5500);
const host = process.env.HOST ?? '127.0.0.1';
const coachServer = (process.env.COACH_SERVER ?? '').replace(/\/+$/, '');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  // Only the page and its assets: nothing outside this folder, no dot-files, no tests.
  if (!file.startsWith(root) || file.includes(`${sep}.`) || file.includes(`${sep}test${sep}`) || !(extname(file) in types)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  try {
    let body = await readFile(file, 'utf8');
    if (coachServer && extname(file) === '.html') body = body.replaceAll('http://localhost:8787', coachServer);
    response.writeHead(200, { 'content-type': types[extname(file)] }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Acme Careers page: http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/ (Coach server: ${coachServer || 'http://localhost:8787'})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
