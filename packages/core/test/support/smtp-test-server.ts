// A real SMTP server on loopback for tests: it records what arrives (envelope and parsed
// message), can be stopped and started again on the same port, and can refuse recipients.
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { ReceivedMail } from '../../src/testing/conformance/mailer-conformance.js';
import { parseMail } from './parse-mail.js';

export interface TestSmtpServer {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>`; use with `{ ignoreTLS: true }`. */
  readonly url: string;
  /** Every message received, parsed, oldest first. */
  readonly messages: ReceivedMail[];
  /** Stops accepting connections (senders then get ECONNREFUSED). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Answers every RCPT TO with this SMTP reply (e.g. 450 or 550), or accepts again with null. */
  rejectRecipients(reply: { responseCode: number; message: string } | null): void;
  /** Stops the server for good. */
  close(): Promise<void>;
}

/** Starts a test SMTP server on 127.0.0.1 and a free port. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  let rejection: { responseCode: number; message: string } | null = null;
  let server: SMTPServer | null = null;
  let port = 0;

  const create = () =>
    new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onRcptTo(_address, _session, callback) {
        if (!rejection) return callback();
        const error = Object.assign(new Error(rejection.message), { responseCode: rejection.responseCode });
        callback(error);
      },
      onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const mailFrom = session.envelope.mailFrom;
          messages.push(
            parseMail(Buffer.concat(chunks).toString('utf8'), {
              from: mailFrom ? mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            }),
          );
          callback();
        });
      },
    });

  const start = async () => {
    if (server) return;
    const next = create();
    await new Promise<void>((resolve, reject) => {
      next.server.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        next.server.off('error', reject);
        resolve();
      });
    });
    const address = next.server.address();
    if (address && typeof address === 'object') port = address.port;
    server = next;
  };
  const stop = async () => {
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  await start();
  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    messages,
    start,
    stop,
    rejectRecipients(reply) {
      rejection = reply;
    },
    close: stop,
  };
}
