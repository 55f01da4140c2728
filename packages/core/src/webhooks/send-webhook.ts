import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createGuardedLookup, isPrivateAddress, type WebhookTargetPolicy } from './webhook-target.js';

/** How much of a response body is kept for the attempt log. */
export const WEBHOOK_RESPONSE_BODY_BYTES = 1024;

/** What one HTTP attempt got: a status with the start of the body, or an error. */
export interface WebhookSendResult {
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

/** Options of `sendWebhook`. */
export interface SendWebhookOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  policy: WebhookTargetPolicy;
  timeoutMs: number;
}

/**
 * Posts one webhook with Node's own HTTP client: the target's addresses are checked when the
 * connection is made (see `createGuardedLookup`), redirects are not followed (a 3xx is just a
 * failed attempt), the whole exchange is bounded by `timeoutMs`, and only the first KiB of the
 * response is read. Never throws: failures come back as `error`.
 */
export function sendWebhook(options: SendWebhookOptions): Promise<WebhookSendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<WebhookSendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      finish({ statusCode: null, responseBody: null, error: 'Invalid URL.' });
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // Node does not call `lookup` for an IP literal, so those are checked here.
    if (!options.policy.allowPrivate && isIP(host) && isPrivateAddress(host)) {
      finish({ statusCode: null, responseBody: null, error: `Refused: ${host} is a private, loopback or link-local address.` });
      return;
    }
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(options.body)), ...options.headers },
      lookup: createGuardedLookup(options.policy) as never,
      // A fresh connection each time: a pooled socket would skip the address check.
      agent: false,
    });
    const timer = setTimeout(() => {
      request.destroy();
      finish({ statusCode: null, responseBody: null, error: `Timed out after ${options.timeoutMs} ms.` });
    }, options.timeoutMs);
    request.on('error', (error) => finish({ statusCode: null, responseBody: null, error: error.message || String(error) }));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        response.destroy();
        const body = Buffer.concat(chunks).subarray(0, WEBHOOK_RESPONSE_BODY_BYTES).toString('utf8');
        finish({ statusCode: response.statusCode ?? null, responseBody: body, error: null });
      };
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // The rest of a large body is never read: the status is the answer.
        if (size >= WEBHOOK_RESPONSE_BODY_BYTES) done();
      });
      response.on('end', done);
      response.on('error', done);
    });
    request.end(options.body);
  });
}
