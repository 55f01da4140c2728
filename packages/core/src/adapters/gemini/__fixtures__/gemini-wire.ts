// Builds Gemini wire responses from the trimmed fixtures beside this file and reads the
// requests @google/genai sends, for the adapter's msw tests and its conformance run.
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import type { SimulatedFailure, SimulatedModel, SimulatedModelRequest } from '../../../testing/conformance/language-model-conformance.js';

/** Matches every Gemini model method; model and method arrive as one path segment. */
export const GEMINI_ENDPOINT = 'https://generativelanguage.googleapis.com/:version/models/:modelAndMethod';

/** A fixture file of this folder, parsed. */
export function geminiFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as T;
}

/** A successful `generateContent` body whose only text part is `text`. */
export function geminiTextResponse(text: string, finishReason = 'STOP'): Record<string, unknown> {
  const body = geminiFixture<{ candidates: { content: { parts: { text: string }[] }; finishReason: string }[] }>('generate-content-ok');
  body.candidates[0]!.content.parts = [{ text }];
  body.candidates[0]!.finishReason = finishReason;
  return body;
}

/** An error response as Gemini sends it, from a fixture. */
export function geminiErrorResponse(name: string, init: { headers?: Record<string, string> } = {}): Response {
  const body = geminiFixture<{ error: { code: number } }>(name);
  return HttpResponse.json(body, { status: body.error.code, ...(init.headers ? { headers: init.headers } : {}) });
}

/** A `streamGenerateContent?alt=sse` body carrying `chunks` as successive text deltas. */
export function geminiStreamResponse(chunks: string[]): Response {
  const events = chunks.map((chunk, index) => {
    const body = geminiTextResponse(chunk, index === chunks.length - 1 ? 'STOP' : '');
    const candidate = (body.candidates as Record<string, unknown>[])[0]!;
    if (index !== chunks.length - 1) delete candidate.finishReason;
    return `data: ${JSON.stringify(body)}\r\n\r\n`;
  });
  return new HttpResponse(events.join(''), { headers: { 'content-type': 'text/event-stream' } });
}

interface GeminiRequestBody {
  contents?: { role?: string; parts?: { text?: string; inlineData?: { mimeType: string; data: string } }[] }[];
  systemInstruction?: { parts?: { text?: string }[] };
  generationConfig?: Record<string, unknown>;
}

/** What one intercepted request asked for. */
export interface GeminiRequest extends SimulatedModelRequest {
  model: string;
  method: string;
  apiKey: string | null;
  body: GeminiRequestBody;
  headers: Headers;
}

/** Reads an intercepted Gemini request. */
export async function readGeminiRequest(request: Request, modelAndMethod: string): Promise<GeminiRequest> {
  const body = (await request.json()) as GeminiRequestBody;
  const [model = '', method = ''] = modelAndMethod.split(':');
  const parts = body.contents?.flatMap((content) => content.parts ?? []) ?? [];
  const image = parts.find((part) => part.inlineData)?.inlineData;
  return {
    model,
    method,
    apiKey: request.headers.get('x-goog-api-key'),
    headers: request.headers,
    body,
    system: body.systemInstruction?.parts?.map((part) => part.text ?? '').join('') ?? '',
    prompt: parts.map((part) => part.text ?? '').join(''),
    ...(image ? { image: { mediaType: image.mimeType, data: image.data } } : {}),
    ...(method === 'streamGenerateContent' ? { stream: true } : {}),
  };
}

const ERROR_FIXTURES: Record<number, string> = {
  400: 'error-400-api-key-invalid',
  401: 'error-401-unauthenticated',
  429: 'error-429-resource-exhausted',
  500: 'error-500-internal',
  503: 'error-503-unavailable',
};

/** Gemini's answer for a simulated failure: the recorded error for that status, else one of the same shape. */
export function geminiFailureResponse(failure: SimulatedFailure): Response {
  const name = ERROR_FIXTURES[failure.status];
  const body = name
    ? geminiFixture<{ error: { code: number; details?: { '@type': string; retryDelay?: string }[] } }>(name)
    : { error: { code: failure.status, message: `Simulated HTTP ${failure.status}.`, status: 'UNKNOWN' } };
  const retryInfo = (body.error as { details?: { '@type': string; retryDelay?: string }[] }).details?.find((detail) => detail['@type'].endsWith('RetryInfo'));
  if (retryInfo) retryInfo.retryDelay = `${failure.retryAfterSeconds ?? 0}s`;
  const headers = failure.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(failure.retryAfterSeconds) };
  return HttpResponse.json(body, { status: failure.status, ...(headers ? { headers } : {}) });
}

/** A handler answering every Gemini call through a simulated model, as Gemini would. */
export function geminiSimulationHandler(model: SimulatedModel) {
  return http.post(GEMINI_ENDPOINT, async ({ request, params }) => {
    const failure = model.takeFailure();
    if (failure) return geminiFailureResponse(failure);
    const sent = await readGeminiRequest(request, String(params.modelAndMethod));
    const { model: _model, method, apiKey: _apiKey, body: _body, headers: _headers, ...simulated } = sent;
    const text = await model.reply(simulated);
    if (method === 'streamGenerateContent') {
      const size = Math.max(1, Math.ceil(text.length / 3));
      return geminiStreamResponse([text.slice(0, size), text.slice(size, 2 * size), text.slice(2 * size)]);
    }
    return HttpResponse.json(geminiTextResponse(text));
  });
}
