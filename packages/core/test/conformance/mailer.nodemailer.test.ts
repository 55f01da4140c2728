import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodemailerMailer, mailerFromEnv } from '../../src/adapters/email-nodemailer/index.js';
import { describeMailerConformance } from '../../src/testing/conformance/mailer-conformance.js';
import { ProviderError, ValidationError } from '../../src/errors/index.js';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp-test-server.js';

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

const from = { name: 'Coach Test', email: 'coach@example.com' };

describeMailerConformance({
  name: 'nodemailer over a real SMTP server',
  create: () => createNodemailerMailer({ url: smtp.url, from, transportOptions: { ignoreTLS: true } }),
  inbox: () => smtp.messages,
});

describe('createNodemailerMailer', () => {
  it('should hand the SMTP server exactly one RCPT TO and no Bcc header for an injected display name', async () => {
    const mailer = createNodemailerMailer({ url: smtp.url, from, transportOptions: { ignoreTLS: true } });
    const before = smtp.messages.length;
    await mailer.send({
      to: { name: 'Eve\r\nBcc: everyone@example.com', email: 'eve@example.com' },
      subject: 'Invitation',
      text: 'Hello Eve.',
      html: '<p>Hello Eve.</p>',
    });
    const received = smtp.messages.slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]!.envelopeTo).toEqual(['eve@example.com']);
    expect(received[0]!.headers.map((field) => field.name)).not.toContain('bcc');
    expect(received[0]!.headers.find((field) => field.name === 'to')?.value).toBe('"Eve Bcc: everyone@example.com" <eve@example.com>');
  });

  it('should map a refused connection to a retryable MAIL_FAILED ProviderError', async () => {
    const down = await startTestSmtpServer();
    await down.close();
    const mailer = createNodemailerMailer({ url: down.url, from, transportOptions: { ignoreTLS: true } });
    const error = await mailer.send({ to: { email: 'a@example.com' }, subject: 'S', text: 'T', html: '<p>T</p>' }).catch((caught: unknown) => caught);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect((error as ProviderError).code).toBe('MAIL_FAILED');
    expect((error as ProviderError).provider).toBe('nodemailer');
    expect((error as ProviderError).isRetryable).toBe(true);
  });

  it.each([
    [450, true],
    [550, false],
  ])('should map an SMTP %i reply to a recipient to isRetryable %s', async (responseCode, retryable) => {
    const mailer = createNodemailerMailer({ url: smtp.url, from, transportOptions: { ignoreTLS: true } });
    smtp.rejectRecipients({ responseCode, message: 'Mailbox unavailable' });
    try {
      const error = await mailer.send({ to: { email: 'a@example.com' }, subject: 'S', text: 'T', html: '<p>T</p>' }).catch((caught: unknown) => caught);
      expect(ProviderError.isInstance(error)).toBe(true);
      expect((error as ProviderError).isRetryable).toBe(retryable);
      expect((error as ProviderError).message).toContain(String(responseCode));
    } finally {
      smtp.rejectRecipients(null);
    }
  });

  it('should send through a given transport with the envelope set to the one recipient', async () => {
    const seen: unknown[] = [];
    const mailer = createNodemailerMailer({
      transport: {
        async sendMail(message) {
          seen.push(message);
          return { messageId: '<1@test>' };
        },
      },
      from,
    });
    const result = await mailer.send({ to: { name: 'A\nB', email: 'a@example.com' }, subject: 'Hi\r\nthere', text: 'T', html: '<p>T</p>' });
    expect(result.messageId).toBe('<1@test>');
    expect(seen).toEqual([
      expect.objectContaining({
        to: [{ name: 'A B', address: 'a@example.com' }],
        from: { name: 'Coach Test', address: 'coach@example.com' },
        subject: 'Hi there',
        envelope: { from: 'coach@example.com', to: ['a@example.com'] },
      }),
    ]);
  });

  it.each([
    ['no transport at all', {}],
    ['two transports', { url: 'smtp://localhost', gmail: { user: 'a@example.com', pass: 'x' } }],
    ['a URL of another scheme', { url: 'http://localhost' }],
    ['a sender that is not an address', { url: 'smtp://localhost', from: { email: 'nobody' } }],
  ])('should throw INVALID_CONFIG at creation for %s', (_label, options) => {
    const error = (() => {
      try {
        createNodemailerMailer(options);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).code).toBe('INVALID_CONFIG');
  });
});

describe('mailerFromEnv', () => {
  it('should return null when no mail server is configured', () => {
    expect(mailerFromEnv({})).toBeNull();
    expect(mailerFromEnv({ SENDER_EMAIL: 'a@example.com' })).toBeNull();
  });

  it('should use SMTP_URL with SENDER_EMAIL and RECRUITER_NAME as the sender', () => {
    const mailer = mailerFromEnv({ SMTP_URL: 'smtp://user:pass@mail.example.com:587', SENDER_EMAIL: 'jobs@example.com', RECRUITER_NAME: 'Acme' });
    expect(mailer?.defaultFrom).toEqual({ name: 'Acme', email: 'jobs@example.com' });
  });

  it('should take the sender from the SMTP user when it is an address', () => {
    const mailer = mailerFromEnv({ SMTP_URL: 'smtps://jobs%40example.com:secret@mail.example.com' });
    expect(mailer?.defaultFrom).toEqual({ email: 'jobs@example.com' });
  });

  it('should use the Gmail shortcut for SENDER_EMAIL and SENDER_PASS', () => {
    const mailer = mailerFromEnv({ SENDER_EMAIL: 'me@gmail.com', SENDER_PASS: 'app-password' });
    expect(mailer?.adapterId).toBe('nodemailer');
    expect(mailer?.defaultFrom).toEqual({ email: 'me@gmail.com' });
  });

  it('should deliver through SMTP_URL to a real server', async () => {
    const mailer = mailerFromEnv({ SMTP_URL: `${smtp.url}?ignoreTLS=true`, SENDER_EMAIL: 'jobs@example.com' });
    const before = smtp.messages.length;
    await mailer!.send({ to: { email: 'env@example.com' }, subject: 'From env', text: 'Body.', html: '<p>Body.</p>' });
    expect(smtp.messages.slice(before).map((mail) => mail.envelopeTo)).toEqual([['env@example.com']]);
  });
});
