// An early rejection (413 before the body is read) must not leave a pooled connection that
// the server then closes under the client's next request ("other side closed").
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../src/node.js';
import { createTestApp, SECRET_KEY, type TestApp } from './test-app.js';

let t: TestApp;
let running: RunningServer;

beforeAll(async () => {
  t = await createTestApp({ app: { maxJsonBytes: 1024, maxUploadBytes: 64 * 1024 } });
  running = await serve(t.app, { port: 0, hostname: '127.0.0.1', handleSignals: false, maintenanceIntervalMs: 0 });
});
afterAll(async () => {
  await running.close();
  await t.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request on `agent`; `chunks` are written one by one (chunked when no length is given). */
function send(agent: Agent, options: { method: string; path: string; headers?: Record<string, string>; chunks?: Buffer[] }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.port, agent, method: options.method, path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    // The server may answer and close before the whole body is out; that is what is tested.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe('early rejections on a keep-alive connection', () => {
  const cases: [string, { method: string; path: string; headers?: Record<string, string>; chunks?: Buffer[] }][] = [
    [
      'an oversized JSON body with Content-Length',
      {
        method: 'POST',
        path: '/api/submit-answer-and-get-next/',
        headers: { 'content-type': 'application/json', 'content-length': String(200_000) },
        chunks: [Buffer.alloc(200_000, 0x20)],
      },
    ],
    [
      'an oversized chunked JSON body',
      {
        method: 'POST',
        path: '/api/submit-answer-and-get-next/',
        headers: { 'content-type': 'application/json' },
        chunks: Array.from({ length: 40 }, () => Buffer.alloc(8192, 0x20)),
      },
    ],
    [
      'an oversized upload',
      {
        method: 'POST',
        path: '/api/upload-resume/',
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(300_000) },
        chunks: [Buffer.alloc(300_000, 0x41)],
      },
    ],
    [
      'a body sent to a route refusing the credentials',
      {
        method: 'PATCH',
        path: '/api/reports/abcdefghijklmnopqrstuv/decision/',
        headers: { 'content-type': 'application/json', 'content-length': '100000', authorization: 'Bearer wrong' },
        chunks: [Buffer.alloc(100_000, 0x20)],
      },
    ],
  ];

  it.each(cases)('should close the connection after refusing %s, so the next pooled request succeeds', async (_label, options) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send(agent, options);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect(refused.headers['connection']).toBe('close');
      const next = await send(agent, { method: 'GET', path: '/api/reports/', headers: { authorization: `Bearer ${SECRET_KEY}` } });
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('should keep the connection open after an answer that read the whole body', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = Buffer.from(JSON.stringify({ session_id: 'abcdefghijklmnopqrstuv', question_id: 'abcdefghijklmnopqrstuv', answer: 'x' }));
      const answered = await send(agent, {
        method: 'POST',
        path: '/api/submit-answer-and-get-next/',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        chunks: [body],
      });
      expect(answered.status).toBe(404);
      expect(answered.headers['connection']).toBe('keep-alive');
      expect((await send(agent, { method: 'GET', path: '/api/demos/' })).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
