import { describe, expect, it } from 'vitest';
import { describeMailerConformance } from '../../src/testing/conformance/mailer-conformance.js';
import { createMockMailer, type MockMailer } from '../../src/testing/mocks/mock-mailer.js';
import { ProviderError } from '../../src/errors/index.js';

const mailers: MockMailer[] = [];

describeMailerConformance({
  name: 'mock mailer',
  create: () => {
    const mailer = createMockMailer();
    mailers.push(mailer);
    return mailer;
  },
  inbox: () => mailers.flatMap((mailer) => mailer.inbox()),
});

describe('createMockMailer', () => {
  it('should fail the given number of sends, then send again', async () => {
    const mailer = createMockMailer();
    mailer.fail({ times: 2 });
    const message = { to: { email: 'a@example.com' }, subject: 'S', text: 'T', html: '<p>T</p>' };
    const first = await mailer.send(message).catch((error: unknown) => error);
    const second = await mailer.send(message).catch((error: unknown) => error);
    expect(ProviderError.isInstance(first) && first.isRetryable).toBe(true);
    expect(ProviderError.isInstance(second)).toBe(true);
    await mailer.send(message);
    expect(mailer.sent).toHaveLength(1);
  });

  it('should throw the given error until it recovers', async () => {
    const mailer = createMockMailer();
    const refusal = new ProviderError({ code: 'MAIL_FAILED', provider: 'mock', message: 'No such user', isRetryable: false });
    mailer.fail({ error: refusal });
    const message = { to: { email: 'a@example.com' }, subject: 'S', text: 'T', html: '<p>T</p>' };
    await expect(mailer.send(message)).rejects.toBe(refusal);
    await expect(mailer.send(message)).rejects.toBe(refusal);
    mailer.recover();
    await mailer.send(message);
    expect(mailer.sent.map((mail) => mail.to.email)).toEqual(['a@example.com']);
    mailer.clear();
    expect(mailer.sent).toEqual([]);
  });
});
