import { describe, expect, it } from 'vitest';
import { CoachClientError } from '@coach/client';
import { defaultStrings } from '../strings.js';
import { describeError } from './error-message.js';

const error = (status: number, code: string, message = 'Server words', retryAfter: number | null = null) =>
  new CoachClientError({ status, code, message, retryAfter });

describe('describeError', () => {
  it.each([
    [413, 'FILE_TOO_LARGE', defaultStrings.errorFileTooLarge],
    [415, 'UNSUPPORTED_FILE_TYPE', defaultStrings.errorUnsupportedFileType],
    [422, 'ENCRYPTED_FILE', defaultStrings.errorUnreadableFile],
    [501, 'NOT_CONFIGURED', defaultStrings.errorNotConfigured],
    [503, 'PROVIDER_ERROR', defaultStrings.errorServer],
    [0, 'NETWORK_ERROR', defaultStrings.errorNetwork],
  ])('should give status %i (%s) its own message', (status, code, expected) => {
    expect(describeError(error(status, code), defaultStrings).message).toBe(expected);
  });

  it('should keep the server message as detail for a file problem', () => {
    expect(describeError(error(422, 'ENCRYPTED_FILE', 'The PDF is encrypted.'), defaultStrings).detail).toBe('The PDF is encrypted.');
  });

  it('should say how long to wait on 429 when Retry-After is known', () => {
    expect(describeError(error(429, 'RATE_LIMITED', 'slow down', 12), defaultStrings).message).toBe('Too many requests. Please wait 12 seconds and try again.');
    expect(describeError(error(429, 'RATE_LIMITED'), defaultStrings).message).toBe(defaultStrings.errorRateLimited);
  });

  it('should not show server internals for a 5xx', () => {
    expect(describeError(error(502, 'PROVIDER_ERROR', 'upstream 500'), defaultStrings).detail).toBeNull();
  });

  it('should blame the interview, not the session, for a 404 while starting', () => {
    expect(describeError(error(404, 'NOT_FOUND'), defaultStrings, 'upload').message).toBe(defaultStrings.errorInterviewNotFound);
    expect(describeError(error(404, 'NOT_FOUND'), defaultStrings, 'answer').message).toBe(defaultStrings.errorNotFound);
  });

  it('should use translated strings', () => {
    const strings = { ...defaultStrings, errorFileTooLarge: 'Datei zu groß.' };
    expect(describeError(error(413, 'FILE_TOO_LARGE'), strings).message).toBe('Datei zu groß.');
  });
});
