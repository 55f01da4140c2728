import { describe, expect, it } from 'vitest';
import { ProviderError, ValidationError } from '../../errors/index.js';
import { mapNodemailerError } from './nodemailer-error.js';

const nodemailerError = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? 'failed')), fields);

describe('mapNodemailerError', () => {
  it.each([
    ['a refused connection', { code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:25' }, true],
    ['a timeout', { code: 'ETIMEDOUT', message: 'Greeting never received' }, true],
    ['a 421 shutdown', { code: 'EENVELOPE', responseCode: 421, response: '421 Service not available' }, true],
    ['a 452 full mailbox', { code: 'EENVELOPE', responseCode: 452, response: '452 Mailbox full' }, true],
    ['a 503 bad sequence', { code: 'EPROTOCOL', responseCode: 503, response: '503 Bad sequence of commands' }, true],
    ['a 535 authentication failure', { code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' }, true],
    ['a 550 unknown mailbox', { code: 'EENVELOPE', responseCode: 550, response: '550 No such user' }, false],
    ['a 554 rejected message', { code: 'EMESSAGE', responseCode: 554, response: '554 Message rejected' }, false],
    ['a local envelope error', { code: 'EENVELOPE', message: 'No recipients defined' }, false],
  ] as [string, Record<string, unknown>, boolean][])('should map %s to a MAIL_FAILED ProviderError with isRetryable %s', (_label, fields, retryable) => {
    const mapped = mapNodemailerError(nodemailerError(fields));
    expect(ProviderError.isInstance(mapped)).toBe(true);
    expect(mapped).toMatchObject({ code: 'MAIL_FAILED', provider: 'nodemailer', isRetryable: retryable });
    if (typeof fields.response === 'string') expect(mapped.message).toContain(fields.response);
  });

  it('should pass Coach errors through unchanged', () => {
    const error = new ValidationError({ message: 'bad' });
    expect(mapNodemailerError(error)).toBe(error);
  });
});
