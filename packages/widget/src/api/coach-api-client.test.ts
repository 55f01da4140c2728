import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoachApiClient, resolveApiRoot } from './coach-api-client.js';
import { CoachApiError, parseRetryAfter } from './coach-api-error.js';

let server: Server;
let origin: string;
const answers = new Map<string, { status: number; headers?: Record<string, string>; body: string }>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const answer = answers.get(`${request.method} ${request.url}`) ?? { status: 404, body: '{"error":{"code":"NOT_FOUND","message":"No such route."}}' };
    response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(promise: Promise<unknown>): Promise<CoachApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!CoachApiError.isInstance(error)) throw new Error(`expected a CoachApiError, got ${String(error)}`);
  return error;
}

describe('createCoachApiClient', () => {
  it('should read the list of interviews', async () => {
    answers.set('GET /api/demos/', { status: 200, body: JSON.stringify([{ id: 'swe', title: 'Software Engineer', description: 'd', include_dsa: true }]) });
    const client = createCoachApiClient({ baseUrl: origin });
    expect(await client.listInterviews()).toEqual([{ id: 'swe', title: 'Software Engineer', description: 'd', includeDsa: true }]);
  });

  it("should turn the server's error shape into a typed error with Retry-After", async () => {
    answers.set('POST /api/submit-answer-and-get-next/', {
      status: 429,
      headers: { 'Retry-After': '7' },
      body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Slow down.' } }),
    });
    const error = await failure(createCoachApiClient({ baseUrl: origin }).submitAnswer({ sessionId: 's', questionId: 'q', answer: 'a' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', message: 'Slow down.', status: 429, retryAfter: 7, isRetryable: true });
  });

  it('should fall back to a status-based code when the body is not the error shape', async () => {
    answers.set('POST /api/get-final-feedback/', { status: 502, body: '<html>Bad gateway</html>' });
    const error = await failure(createCoachApiClient({ baseUrl: origin }).getFinalFeedback({ sessionId: 's' }));
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', status: 502, isRetryable: true });
  });

  it('should not call 501 retryable', async () => {
    answers.set('POST /api/text-to-speech/', { status: 501, body: JSON.stringify({ error: { code: 'NOT_CONFIGURED', message: 'No voice.' } }) });
    const error = await failure(createCoachApiClient({ baseUrl: origin }).textToSpeech({ text: 'hi' }));
    expect(error).toMatchObject({ code: 'NOT_CONFIGURED', status: 501, isRetryable: false });
  });

  it('should report an unreachable server as NETWORK_ERROR', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(createCoachApiClient({ baseUrl: `http://127.0.0.1:${port}` }).listInterviews());
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0, isRetryable: true });
  });

  it('should refuse a 200 answer that lacks required fields', async () => {
    answers.set('POST /api/submit-answer-and-get-next/', { status: 200, body: JSON.stringify({ evaluation: { feedback: 'no score' } }) });
    const error = await failure(createCoachApiClient({ baseUrl: origin }).submitAnswer({ sessionId: 's', questionId: 'q', answer: 'a' }));
    expect(error.code).toBe('INVALID_RESPONSE');
  });

  it('should read the DSA round with its conversation so far', async () => {
    answers.set('POST /api/get-dsa-question/', {
      status: 200,
      body: JSON.stringify({
        question: { id: 'p', title: 'Two Sum', prompt: 'Find two numbers.', examples: [{ input: '[1,2]', output: '[0,1]' }], difficulty: 'easy', topics: [] },
        messages: [{ role: 'candidate', kind: 'pseudocode', text: 'loop', at: '2024-01-01T00:00:00Z' }],
        submissions: 1,
        done: false,
      }),
    });
    const round = await createCoachApiClient({ baseUrl: origin }).getDsaQuestion({ sessionId: 's' });
    expect(round).toMatchObject({
      problem: { title: 'Two Sum', examples: [{ input: '[1,2]', output: '[0,1]', explanation: '' }] },
      submissions: 1,
      done: false,
    });
    expect(round.messages).toEqual([{ role: 'candidate', kind: 'pseudocode', text: 'loop' }]);
  });

  it('should send an injected fetch the JSON body of the contract', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const client = createCoachApiClient({
      baseUrl: 'https://coach.example.com/api/',
      fetch: async (input, init) => {
        calls.push({ url: String(input), body: JSON.parse(String(init?.body)) });
        return new Response(JSON.stringify({ reply: 'ok', follow_up: null, done: true, score: 7 }), { status: 200 });
      },
    });
    expect(await client.continuePseudocode({ sessionId: 's1', message: 'because' })).toEqual({ reply: 'ok', followUp: null, done: true, score: 7 });
    expect(calls).toEqual([{ url: 'https://coach.example.com/api/continue-pseudocode/', body: { session_id: 's1', message: 'because' } }]);
  });
});

describe('resolveApiRoot', () => {
  it('should accept a base with or without a trailing /api and slashes', () => {
    expect(resolveApiRoot('https://x.test/')).toBe('https://x.test');
    expect(resolveApiRoot('https://x.test/coach/api/')).toBe('https://x.test/coach');
    expect(resolveApiRoot('')).toBe('');
  });
});

describe('parseRetryAfter', () => {
  it('should read seconds and HTTP dates', () => {
    expect(parseRetryAfter('12')).toBe(12);
    expect(parseRetryAfter(new Date(Date.UTC(2024, 0, 1, 0, 1)).toUTCString(), Date.UTC(2024, 0, 1))).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
  });
});
