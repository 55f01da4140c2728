import { z } from '@hono/zod-openapi';

/**
 * Control characters other than tab and line breaks, and UTF-16 halves without their other
 * half (valid in JSON escapes, invalid in UTF-8 and refused by PostgreSQL).
 */
// eslint-disable-next-line no-control-regex -- these control characters and lone surrogates are what it removes
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes control characters and replaces lone surrogates with U+FFFD. */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, (match) => (match.length === 1 && match >= '\ud800' ? '\ufffd' : ''));
}

/** A string from a client, made storable (see `cleanText`). Length limits are core's, from its settings. */
export function text(description: string) {
  return z.string().transform(cleanText).openapi({ description });
}

/** C0 and C1 control characters, NUL included: never part of an id, a filter or a name. */
const CONTROL_CHARACTERS = /\p{Cc}/u;

/**
 * A one-line string from a URL or a body that is a key, not prose (an id, a filter, a
 * cursor): refused with 400 when it holds control characters, since NUL in particular
 * makes PostgreSQL fail and, in a SQLite LIKE pattern, matches everything.
 */
export function plainString(maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .refine((value) => !CONTROL_CHARACTERS.test(value), { message: 'must not contain control characters' });
}

/** An id a client echoes back (session, question, report). Never shorter than it could be, never huge. */
export function idString(description: string) {
  return plainString(128).pipe(z.string().min(1)).openapi({ description, example: 'q3V2m1bQm8uV8oD7zKp1Xw' });
}

/**
 * `schema` or `null`. A named schema's own `.nullable()` is written into the OpenAPI document as a
 * bare `$ref` (or an `allOf` that no null can satisfy), so typed clients would never see the
 * null; a union is written as `anyOf: [$ref, {type: 'null'}]`.
 */
export function nullable<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'Machine-readable, UPPER_SNAKE_CASE.', example: 'NOT_FOUND' }),
      message: z.string().openapi({ description: 'For a person.', example: 'No session with that id.' }),
      request_id: z.string().openapi({ description: 'Also in the X-Request-Id header; quote it when reporting a problem.' }),
    }),
  })
  .openapi('Error');

const errorDescriptions: Record<number, string> = {
  400: 'Bad input (malformed JSON, a missing or wrong field).',
  401: 'Missing or invalid credentials.',
  403: 'Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS).',
  404: 'Unknown id.',
  409: 'Conflicts with the current state (e.g. the question was already answered).',
  410: 'Gone (e.g. an expired or revoked interview link).',
  413: 'Too large.',
  415: 'Unsupported file or content type.',
  422: 'The file cannot be read (encrypted, empty, no text).',
  429: 'Rate limited; see Retry-After.',
  501: 'The capability has no provider configured.',
  502: 'An upstream provider failed.',
  503: 'An upstream provider or the database is unavailable.',
};

/** OpenAPI `responses` entries for the given error statuses, all with the error body. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: errorDescriptions[status] ?? 'Error.', content: { 'application/json': { schema: ErrorSchema } } }]),
  ) as Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
}

/** The statuses any candidate route may answer besides its own. */
export const CANDIDATE_ERRORS = [400, 403, 429, 503] as const;

export const SessionIdBodySchema = z.object({ session_id: idString('The session id from upload-resume.') }).openapi('SessionIdRequest');

export const QuestionSchema = z
  .object({
    id: z.string().openapi({ description: 'Send it back with the answer.' }),
    text: z.string(),
    kind: z.enum(['behavioral', 'technical']),
    is_follow_up: z.boolean(),
  })
  .openapi('Question');

export const EvaluationSchema = z
  .object({
    score: z.number().min(0).max(10),
    feedback: z.string().openapi({ description: 'Two or three sentences to the candidate, as a coach would say them.' }),
    scoring: z.array(z.string()).openapi({ description: 'How the score was reached, one line per criterion with its points; may be empty.' }),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
    evidence: z.array(z.string()).openapi({ description: "Short quotes from the candidate's answer that support the score." }),
    evidence_status: z.enum(['sufficient', 'insufficient_evidence']),
  })
  .openapi('Evaluation');

export const ProvenanceSchema = z
  .object({ provider: z.string(), model_id: z.string(), task: z.string(), prompt_version: z.number().int() })
  .openapi('Provenance');
