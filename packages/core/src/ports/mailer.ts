export interface MailAddress {
  name?: string;
  email: string;
}

export interface SendMailOptions {
  to: MailAddress;
  from?: MailAddress;
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html: string;
  abortSignal?: AbortSignal;
}

export interface SendMailResult {
  messageId: string;
}

/**
 * The mail port. `send` MUST deliver exactly one message to `to` only (no header or
 * recipient can be injected through names or subjects), or throw `ProviderError`.
 */
export interface Mailer {
  readonly specificationVersion: 'v1';
  /** e.g. `nodemailer`. */
  readonly adapterId: string;
  /** The default sender when `from` is not given. */
  readonly defaultFrom: MailAddress | null;
  send(options: SendMailOptions): Promise<SendMailResult>;
}
