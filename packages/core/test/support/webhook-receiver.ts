// A real HTTP receiver on loopback for webhook tests: it records every request and answers
// with the statuses it is told to (200 once the script runs out), or holds the response.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
  at: number;
}

export interface WebhookReceiver {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** `127.0.0.1:41234`, for the allowed plain-http hosts. */
  host: string;
  received: ReceivedWebhook[];
  /** Statuses for the next requests, in order; after them every request gets 200. */
  answer(...statuses: (number | 'hang')[]): void;
  /** Decides the status of each request from what came (and what came before); overrides `answer`. */
  respondWith(decide: (webhook: ReceivedWebhook, earlier: readonly ReceivedWebhook[]) => number): void;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const script: (number | 'hang')[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let decide: ((webhook: ReceivedWebhook, earlier: readonly ReceivedWebhook[]) => number) | null = null;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const webhook = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), path: request.url ?? '/', at: Date.now() };
      const status = decide ? decide(webhook, received.slice()) : (script.shift() ?? 200);
      received.push(webhook);
      for (const waiter of waiters.filter((entry) => received.length >= entry.count)) waiter.resolve();
      if (status === 'hang') return;
      if (status >= 300 && status < 400) response.setHeader('location', 'http://127.0.0.1:9/elsewhere');
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 500 ? `boom ${'x'.repeat(5000)}` : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    received,
    answer: (...statuses) => script.push(...statuses),
    respondWith(fn) {
      decide = fn;
    },
    waitFor(count, timeoutMs = 5000) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Expected ${count} webhooks, got ${received.length}.`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received.slice());
          },
        });
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
