// @coach/core/email/nodemailer: the SMTP mailer. nodemailer is an optional peer dependency,
// loaded only when a mailer from this entry point first sends.

export {
  createNodemailerMailer,
  type NodemailerMailer,
  type NodemailerMailerOptions,
  type NodemailerTransportLike,
  type NodemailerMessage,
  type NodemailerAddress,
} from './nodemailer-mailer.js';
export { mailerFromEnv, type MailerEnvironment } from './mailer-from-env.js';
export { mapNodemailerError } from './nodemailer-error.js';
