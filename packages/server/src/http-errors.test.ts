import { ConflictError, ERROR_CODES, NotFoundError, PermissionError, ProviderError, StorageError, UnsupportedFeatureError, ValidationError } from '@coach/core';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { describeError, HTTP_STATUS_BY_CODE, HttpError } from './http-errors.js';

describe('HTTP_STATUS_BY_CODE', () => {
  it('should give every core error code a status', () => {
    for (const code of ERROR_CODES) expect(HTTP_STATUS_BY_CODE[code], code).toBeGreaterThanOrEqual(400);
  });
});

describe('describeError', () => {
  it('should map core errors to the documented statuses', () => {
    const cases: [unknown, number, string][] = [
      [new ValidationError({ message: 'Bad.' }), 400, 'VALIDATION_FAILED'],
      [new NotFoundError({ entity: 'session', id: 'x' }), 404, 'NOT_FOUND'],
      [new ConflictError({ code: 'QUESTION_ALREADY_ANSWERED', message: 'Answered.' }), 409, 'QUESTION_ALREADY_ANSWERED'],
      [new ValidationError({ code: 'FILE_TOO_LARGE', message: 'Big.' }), 413, 'FILE_TOO_LARGE'],
      [new ValidationError({ code: 'UNSUPPORTED_FILE_TYPE', message: 'Gif.' }), 415, 'UNSUPPORTED_FILE_TYPE'],
      [new ValidationError({ code: 'ENCRYPTED_FILE', message: 'Locked.' }), 422, 'ENCRYPTED_FILE'],
      [new PermissionError({ code: 'UNAUTHORIZED', message: 'Who?' }), 401, 'UNAUTHORIZED'],
      [new PermissionError({ code: 'FORBIDDEN', message: 'No.' }), 403, 'FORBIDDEN'],
      [new UnsupportedFeatureError({ feature: 'speech', code: 'NOT_CONFIGURED', message: 'Off.' }), 501, 'NOT_CONFIGURED'],
      [new ProviderError({ provider: 'gemini', statusCode: 500, message: 'Down.' }), 502, 'PROVIDER_ERROR'],
      [new ProviderError({ provider: 'gemini', code: 'PROVIDER_TIMEOUT', message: 'Slow.' }), 503, 'PROVIDER_TIMEOUT'],
      [new StorageError({ message: 'Gone.' }), 503, 'STORAGE_ERROR'],
    ];
    for (const [error, status, code] of cases) expect(describeError(error)).toMatchObject({ status, code });
  });

  it('should carry Retry-After seconds of rate limits', () => {
    expect(describeError(new PermissionError({ code: 'RATE_LIMITED', message: 'Slow down.', retryAfterSeconds: 42 }))).toMatchObject({
      status: 429,
      retryAfterSeconds: 42,
    });
    expect(describeError(new ProviderError({ provider: 'p', code: 'PROVIDER_RATE_LIMITED', message: 'Busy.', retryAfterSeconds: 7 }))).toMatchObject({
      status: 503,
      retryAfterSeconds: 7,
    });
  });

  it('should put validation issues in the message', () => {
    const answer = describeError(new ValidationError({ message: 'Invalid body.', issues: [{ path: 'answer', message: 'required' }] }));
    expect(answer.message).toBe('Invalid body. (answer: required)');
  });

  it('should hide unknown errors and configuration details behind a generic 500', () => {
    const unknown = describeError(new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app.js:1"));
    expect(unknown).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', internal: true });
    expect(unknown.message).not.toMatch(/undefined|app\.js/);
    const config = describeError(new ValidationError({ code: 'INVALID_CONFIG', message: 'GEMINI_API_KEY sk-123 is invalid' }));
    expect(config.status).toBe(500);
    expect(config.message).not.toContain('sk-123');
  });

  it('should translate Hono exceptions and its own errors', () => {
    expect(describeError(new HTTPException(400, { message: 'Malformed JSON in request body' }))).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request body is not valid JSON.',
    });
    expect(describeError(new HTTPException(415))).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(describeError(new HttpError({ code: 'REQUEST_TOO_LARGE', message: 'Big.' }))).toMatchObject({ status: 413, code: 'REQUEST_TOO_LARGE' });
  });
});
