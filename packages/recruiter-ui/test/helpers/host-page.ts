import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  /** `http://127.0.0.1:<port>`, another origin than the Coach server's. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a page of an embedding site (`coachOriginOf` is read per request, so the page can
 * start before the Coach server, which needs the page's origin for its allowlist): it loads the dashboard bundle from the Coach server and
 * wires `getToken` to `window.mintRecruiterToken` (which the test exposes, standing in for the
 * site's backend). `?token=expired` starts with the token in `window.initialToken`;
 * `?renew=off` leaves `getToken` out.
 */
export async function startHostPage(coachOriginOf: () => string): Promise<HostPage> {
  const server: Server = createServer((request, response) => {
    const coachOrigin = coachOriginOf();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/') {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Hiring portal</title>
    <style>
      body { margin: 0; padding: 16px; font-family: sans-serif; background: #fafafa; }
      coach-recruiter-dashboard { --coach-color-accent: #6d28d9; --coach-color-accent-hover: #5b21b6; }
      coach-recruiter-dashboard::part(page-number) { letter-spacing: 3px; }
    </style>
    <script type="module" src="${coachOrigin}/widget/coach-recruiter-dashboard.js"></script>
  </head>
  <body>
    <h1>Hiring portal</h1>
    <coach-recruiter-dashboard api-base="${coachOrigin}"></coach-recruiter-dashboard>
    <script type="module">
      const params = new URLSearchParams(location.search);
      const dashboard = document.querySelector('coach-recruiter-dashboard');
      window.tokenRequests = 0;
      await customElements.whenDefined('coach-recruiter-dashboard');
      if (params.get('renew') !== 'off') {
        dashboard.getToken = async () => {
          window.tokenRequests += 1;
          return window.mintRecruiterToken();
        };
      }
      if (params.get('token') === 'expired') dashboard.token = window.initialToken;
    </script>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
