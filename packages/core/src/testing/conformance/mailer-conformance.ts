import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MailAddress, Mailer } from '../../ports/mailer.js';
import { CoachError, ProviderError } from '../../errors/index.js';

/** A message as the receiving side saw it. */
export interface ReceivedMail {
  /** The envelope sender (`MAIL FROM`). */
  envelopeFrom: string;
  /** Every envelope recipient (`RCPT TO`), in order. */
  envelopeTo: string[];
  /** The header fields, unfolded, with lower-case names and decoded values, in order. */
  headers: { name: string; value: string }[];
  /** The decoded plain-text part. */
  text: string;
  /** The decoded HTML part. */
  html: string;
}

/** Options of `describeMailerConformance`. */
export interface MailerConformanceOptions {
  /** Shown in the suite title, e.g. `nodemailer`. */
  name: string;
  /** Creates the mailer under test, configured with a default sender. */
  create: () => Mailer | Promise<Mailer>;
  /** Every message delivered so far (the suite tells its own apart by a unique subject token). */
  inbox: () => ReceivedMail[] | Promise<ReceivedMail[]>;
}

/**
 * Registers the tests every `Mailer` must pass: one message to the one recipient, default and
 * explicit senders, reply-to, non-ASCII content, refusal of anything but a single plain
 * address, and no header or recipient injected through names or subjects.
 *
 * @example
 * ```ts
 * const smtp = await startTestSmtpServer();
 * describeMailerConformance({
 *   name: 'nodemailer',
 *   create: () => createNodemailerMailer({ url: smtp.url, from: { email: 'coach@example.com' } }),
 *   inbox: () => smtp.messages,
 * });
 * ```
 */
export function describeMailerConformance(options: MailerConformanceOptions): void {
  describe(`Mailer conformance: ${options.name}`, () => {
    const token = () => `t${randomBytes(6).toString('hex')}`;
    const mine = async (tag: string) => (await options.inbox()).filter((mail) => (header(mail, 'subject') ?? '').includes(tag));

    it('should deliver exactly one message, to the one recipient, with subject, text and html', async () => {
      const mailer = await options.create();
      const tag = token();
      const result = await mailer.send({
        to: { name: 'Ada Lovelace', email: `ada.${tag}@example.com` },
        subject: `Your interview ${tag}`,
        text: `Hello Ada,\n\nsee you soon (${tag}).`,
        html: `<p>Hello Ada,</p><p>see you soon (<b>${tag}</b>).</p>`,
      });
      expect(typeof result.messageId).toBe('string');
      const received = await mine(tag);
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail.envelopeTo).toEqual([`ada.${tag}@example.com`]);
      expect(header(mail, 'to')).toContain(`ada.${tag}@example.com`);
      expect(header(mail, 'to')).toContain('Ada Lovelace');
      expect(header(mail, 'subject')).toBe(`Your interview ${tag}`);
      expect(mail.text).toContain(`see you soon (${tag}).`);
      expect(mail.html).toContain(`<b>${tag}</b>`);
      expect(headers(mail, 'bcc')).toEqual([]);
      expect(headers(mail, 'cc')).toEqual([]);
    });

    it('should send from the default sender when no sender is given', async () => {
      const mailer = await options.create();
      expect(mailer.defaultFrom, 'create() must configure a default sender').not.toBeNull();
      const tag = token();
      await mailer.send({ to: { email: `b.${tag}@example.com` }, subject: `Default ${tag}`, text: 'Body text.', html: '<p>Body text.</p>' });
      const [mail] = await mine(tag);
      expect(mail).toBeDefined();
      expect(mail!.envelopeFrom).toBe(mailer.defaultFrom!.email);
      expect(header(mail!, 'from')).toContain(mailer.defaultFrom!.email);
    });

    it('should use the given sender and reply-to address', async () => {
      const mailer = await options.create();
      const tag = token();
      const from: MailAddress = { name: 'Acme Recruiting', email: `jobs.${tag}@example.org` };
      const replyTo: MailAddress = { name: 'Grace Hopper', email: `grace.${tag}@example.org` };
      await mailer.send({ to: { email: `c.${tag}@example.com` }, from, replyTo, subject: `Sender ${tag}`, text: 'Body.', html: '<p>Body.</p>' });
      const [mail] = await mine(tag);
      expect(mail).toBeDefined();
      expect(mail!.envelopeFrom).toBe(from.email);
      expect(header(mail!, 'from')).toContain(from.email);
      expect(header(mail!, 'from')).toContain('Acme Recruiting');
      expect(header(mail!, 'reply-to')).toContain(replyTo.email);
      expect(header(mail!, 'reply-to')).toContain('Grace Hopper');
    });

    it('should keep non-ASCII names, subjects and bodies intact', async () => {
      const mailer = await options.create();
      const tag = token();
      await mailer.send({
        to: { name: 'Zoë Ångström-Núñez', email: `zoe.${tag}@example.com` },
        subject: `Entretien confirmé — ${tag} ✓`,
        text: `Bonjour Zoë, à bientôt ${tag} — 面接`,
        html: `<p>Bonjour Zoë, à bientôt ${tag} — 面接</p>`,
      });
      const [mail] = await mine(tag);
      expect(mail).toBeDefined();
      expect(header(mail!, 'subject')).toBe(`Entretien confirmé — ${tag} ✓`);
      expect(header(mail!, 'to')).toContain('Zoë Ångström-Núñez');
      expect(mail!.text).toContain(`Bonjour Zoë, à bientôt ${tag} — 面接`);
      expect(mail!.html).toContain(`à bientôt ${tag} — 面接`);
    });

    it('should not let CR/LF in names or the subject add a header or a recipient', async () => {
      const mailer = await options.create();
      const tag = token();
      const injected = `everyone.${tag}@example.net`;
      await mailer.send({
        to: { name: `Eve\r\nBcc: ${injected}`, email: `eve.${tag}@example.com` },
        from: { name: `Mallory\r\nCc: ${injected}`, email: `mallory.${tag}@example.org` },
        replyTo: { name: `Trent\nTo: ${injected}`, email: `trent.${tag}@example.org` },
        subject: `Hello ${tag}\r\nBcc: ${injected}\r\nX-Injected: yes`,
        text: 'Body.',
        html: '<p>Body.</p>',
      });
      const received = await mine(tag);
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail.envelopeTo).toEqual([`eve.${tag}@example.com`]);
      expect(mail.envelopeFrom).toBe(`mallory.${tag}@example.org`);
      expect(headers(mail, 'bcc')).toEqual([]);
      expect(headers(mail, 'cc')).toEqual([]);
      expect(headers(mail, 'x-injected')).toEqual([]);
      expect(headers(mail, 'to')).toHaveLength(1);
      expect(headers(mail, 'subject')).toHaveLength(1);
      for (const field of mail.headers) expect(field.value).not.toMatch(/[\r\n]/);
    });

    it.each([
      ['a list of addresses', (tag: string) => `a.${tag}@example.com, b.${tag}@example.com`],
      ['an address followed by a header', (tag: string) => `a.${tag}@example.com\r\nBcc: b.${tag}@example.com`],
      ['an address with a display name', (tag: string) => `Someone <a.${tag}@example.com>`],
      ['something that is not an address', () => 'not an address'],
    ])('should refuse %s as recipient with a non-retryable ProviderError and send nothing', async (_label, address) => {
      const mailer = await options.create();
      const tag = token();
      const error = await mailer.send({ to: { email: address(tag) }, subject: `Refused ${tag}`, text: 'Body.', html: '<p>Body.</p>' }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(ProviderError.isInstance(error)).toBe(true);
      expect((error as ProviderError).isRetryable).toBe(false);
      expect(await mine(tag)).toEqual([]);
    });

    it('should not send when the abort signal is already aborted', async () => {
      const mailer = await options.create();
      const tag = token();
      const controller = new AbortController();
      controller.abort();
      const error = await mailer
        .send({ to: { email: `d.${tag}@example.com` }, subject: `Aborted ${tag}`, text: 'Body.', html: '<p>Body.</p>', abortSignal: controller.signal })
        .then(
          () => null,
          (caught: unknown) => caught,
        );
      expect(CoachError.isInstance(error)).toBe(true);
      expect(await mine(tag)).toEqual([]);
    });
  });
}

function headers(mail: ReceivedMail, name: string): string[] {
  return mail.headers.filter((field) => field.name === name).map((field) => field.value);
}

function header(mail: ReceivedMail, name: string): string | undefined {
  return headers(mail, name)[0];
}
