import type { Coach } from '@coach/core';
import type { ServerConfig } from './server-config.js';

/** A line for the operator at start. */
export interface StartupNotice {
  level: 'info' | 'warn';
  message: string;
}

/**
 * What the operator should know about the configuration once the Coach is built: mail that is
 * configured but cannot send (no sender, no meeting link), webhooks allowed to reach private
 * addresses, and which browser origins may call the API when `COACH_ALLOWED_ORIGINS` is unset.
 */
export function startupNotices(config: ServerConfig, coach: Coach): StartupNotice[] {
  const notices: StartupNotice[] = [];
  const { settings, mailer } = coach;
  if (mailer) {
    if (!mailer.defaultFrom && !settings.senderEmail?.trim()) {
      notices.push({
        level: 'warn',
        message:
          'Mail is configured but has no sender address, so invites stay queued: set SMTP_FROM (or SENDER_EMAIL, or use an SMTP_URL whose user is an email address).',
      });
    }
    if (!settings.meetingLink?.trim()) {
      notices.push({ level: 'warn', message: 'Mail is configured but MEETING_LINK is not, so invites stay queued until it is set.' });
    }
  }
  if (settings.webhookAllowPrivateTargets) {
    notices.push({
      level: 'warn',
      message:
        'COACH_WEBHOOK_ALLOW_PRIVATE=1: webhooks may reach private, loopback and link-local addresses (this machine, the internal network, cloud metadata). Use it for development only.',
    });
  }
  if (config.allowedOrigins.length === 0) {
    notices.push(
      config.development
        ? {
            level: 'warn',
            message:
              'COACH_ALLOWED_ORIGINS is unset and NODE_ENV is not "production": pages on http://localhost:* may call the API (for development). Set NODE_ENV=production or COACH_ALLOWED_ORIGINS to stop that.',
          }
        : { level: 'info', message: 'COACH_ALLOWED_ORIGINS is unset: only the server’s own pages may call the API from a browser.' },
    );
  }
  return notices;
}
