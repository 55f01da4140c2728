import { describe, expect, it } from 'vitest';
import type { CoachSchemas } from '@coach/client';
import { defaultStrings } from '../../../strings.js';
import { actorName, describeInvite } from './render-report.js';

const queued: CoachSchemas['InviteStatus'] = {
  status: 'queued',
  to_email: 'ada@example.com',
  attempts: 0,
  last_error: null,
  next_attempt_at: '2026-11-25T10:00:00.000Z',
  sent_at: null,
  blocked_reason: null,
};

describe('describeInvite', () => {
  it('should say why a queued invite cannot be sent, before any earlier failure', () => {
    const reason = 'No mail server is configured (set SMTP_URL); the invite is queued and will be sent once one is.';
    expect(describeInvite(defaultStrings, { ...queued, blocked_reason: reason }, 'en')).toBe(`The invite to ada@example.com cannot be sent yet. ${reason}`);
    expect(describeInvite(defaultStrings, { ...queued, attempts: 2, last_error: 'Connection refused', blocked_reason: reason }, 'en')).toContain(reason);
  });

  it('should keep the retry and queue wording when nothing blocks sending, also from servers that do not send a reason', () => {
    expect(describeInvite(defaultStrings, { ...queued, attempts: 1, last_error: 'Connection refused' }, 'en')).toContain(
      'failed (Connection refused); it will be retried at',
    );
    const { blocked_reason: _omitted, ...older } = queued;
    expect(describeInvite(defaultStrings, older, 'en')).toContain('The invite to ada@example.com is queued; it will be sent at');
  });
});

describe('actorName', () => {
  it('should show the name a recruiter signed in with, not the token mechanics', () => {
    expect(actorName(defaultStrings, 'token:Riley Recruiter')).toBe('Riley Recruiter');
    expect(actorName(defaultStrings, 'token:riley@example.com')).toBe('riley@example.com');
    expect(actorName(defaultStrings, 'secret-key')).toBe('the secret key holder');
  });
});
