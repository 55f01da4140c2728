import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createId } from '../internal/ids.js';
import { findLinks, mentionsSensitiveData } from '../internal/link-detection.js';
import { createMockLanguageModel } from '../testing/mocks/mock-language-model.js';
import { createMockMailer, type MockMailer } from '../testing/mocks/mock-mailer.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { ProviderError } from '../errors/index.js';
import { createTestClock } from '../../test/support/test-clock.js';
import { recruiterContext, seedReport } from '../../test/support/recruiter-fixtures.js';
import { checkInviteDraft } from './draft-invite.js';
import { createInviteService } from './invite-service.js';
import { checkInviteValue, safeInviteInput } from './invite-values.js';
import { renderInviteTemplate } from './invite-template.js';

const MEETING_LINK = 'https://meet.example.com/acme-interview';
const input = {
  candidateName: 'Ada Lovelace',
  role: 'Backend Engineer',
  strengths: ['Clear reasoning'],
  recruiterName: 'Grace at Acme',
  meetingLink: MEETING_LINK,
};

/** Links a model (or a résumé it read) could smuggle in; none is on a list of common TLDs. */
const SMUGGLED = [
  'acme-careers.jobs/verify',
  'login.microsoftonline.support/hr',
  'hr-portal.cloud',
  '203.0.113.7/upload',
  'evil．com/login', // fullwidth dot
  'evil。example/x', // ideographic full stop
  'ｈｔｔｐｓ://evil.example', // fullwidth scheme
  'payroll-update.careers',
  'onboarding.acme.work/start',
  'docs.google.com.evil.app/form',
  'xn--80ak6aa92e.com',
  'hxxps://evil.example/login',
  '//evil.example/next',
  'http://[2001:db8::1]/a',
  '[2001:db8::7]',
  'www.evil',
  'acme\u200b-jobs\u200b.\u200bbiz',
  'javascript:alert(1)',
  'benefits.acme-hr.services?token=1',
  '10.0.0.1',
];

/** Ordinary invite and role wording that must not count as a link. */
const BENIGN = [
  'ASP.NET Developer',
  'Senior Node.js Engineer',
  'Full-stack Engineer (React, Vue.js, Next.js)',
  'C# / .NET Engineer',
  'Ph.D. Research Scientist',
  'We enjoyed hearing about your work, e.g. the migration to 12 services.',
  'You have 3.5 years of experience with v2.0 of the API.',
  'Site Reliability Engineer (SRE), Platform',
  'Thank you for your time. We look forward to talking again!',
  'Machine Learning Engineer - NLP/LLM',
];

describe('findLinks', () => {
  it.each(SMUGGLED)('should find the link in %j', (link) => {
    expect(findLinks(`Please see ${link} before the call`)).not.toEqual([]);
  });

  it.each(BENIGN)('should find no link in %j', (text) => {
    expect(findLinks(text)).toEqual([]);
  });
});

describe('mentionsSensitiveData', () => {
  it.each([
    'Reply with your credit card number to confirm',
    'Send your card no. and CVV',
    'We need your SSN for the background check',
    'Include your social-security number',
    'Please confirm your bank account details',
    'Enter the one-time code we sent you',
    'Buy gift cards for the onboarding fee',
  ])('should flag %j', (text) => {
    expect(mentionsSensitiveData(text)).toBe(true);
  });

  it('should not flag an ordinary invite', () => {
    expect(mentionsSensitiveData(renderInviteTemplate(input).text)).toBe(false);
  });
});

describe('checkInviteValue', () => {
  it.each([
    'Engineer. Verify at https://evil.example.net/login',
    'Engineer - apply at acme-careers.jobs/verify',
    'Engineer\nBcc: all@example.com',
    'Engineer, send your SSN to hr@acme.example',
    'x'.repeat(81),
    'Engineer (hr-portal.cloud)',
  ])('should refuse the role %j', (role) => {
    expect(checkInviteValue(role, { maxLength: 80 })).not.toEqual([]);
  });

  it.each(BENIGN.filter((text) => text.length <= 80))('should accept %j', (role) => {
    expect(checkInviteValue(role, { maxLength: 80 })).toEqual([]);
  });

  it('should leave out a bad role and name and keep the rest', () => {
    const { input: safe, problems } = safeInviteInput({
      ...input,
      role: 'Engineer. Verify at https://evil.example.net/login',
      candidateName: 'Ada (see ada-cv.site)',
    });
    expect(safe).toMatchObject({ role: '', candidateName: '', meetingLink: MEETING_LINK, recruiterName: 'Grace at Acme' });
    expect(problems).toHaveLength(2);
  });
});

describe('checkInviteDraft', () => {
  const draft = (extra: string) => ({
    subject: 'Your follow-up interview',
    text: `Dear Ada Lovelace,\n\nPlease book a time here: ${MEETING_LINK}\n\n${extra}\n\nBest regards,\nGrace at Acme`,
  });

  it.each(SMUGGLED)('should refuse a draft holding %j', (link) => {
    expect(checkInviteDraft(draft(`Before the call, verify your identity at ${link}.`), input)).toContain('it contains a link other than the meeting link');
  });

  it.each(['?next=//evil.example', '.evil.example/x', '@evil.example', '/../../phish', '#@evil.example'])(
    'should refuse the meeting link with %j appended',
    (suffix) => {
      const words = { subject: 'Your follow-up interview', text: `Dear Ada Lovelace,\n\nBook here: ${MEETING_LINK}${suffix}\n\nBest regards,\nGrace at Acme` };
      expect(checkInviteDraft(words, input)).not.toEqual([]);
    },
  );

  it('should refuse a draft asking for a card number or an SSN', () => {
    expect(checkInviteDraft(draft('To hold the slot, reply with your credit card number.'), input)).toContain(
      'it asks for payment, identity or credential data',
    );
    expect(checkInviteDraft(draft('HR needs your SSN before the call.'), input)).toContain('it asks for payment, identity or credential data');
  });

  it('should accept the meeting link at the end of a sentence', () => {
    const words = {
      subject: 'Your follow-up interview',
      text: `Dear Ada Lovelace,\n\nBook a time at ${MEETING_LINK}. Thanks!\n\nBest regards,\nGrace at Acme`,
    };
    expect(checkInviteDraft(words, input)).toEqual([]);
  });
});

describe('invites carrying model-derived values', () => {
  let testStorage: TestStorage;
  let mailer: MockMailer;
  const clock = createTestClock();

  beforeEach(async () => {
    testStorage = await createTestSqliteStorage();
    mailer = createMockMailer({ from: { name: 'Acme Jobs', email: 'jobs@acme.example' } });
  });
  afterEach(() => testStorage.cleanup());

  async function queue(role: string, candidateName = 'Ada Lovelace') {
    const at = clock.now().toISOString();
    const report = await seedReport(testStorage.storage, { createdAt: at, role, candidateName });
    await testStorage.storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'test', at });
    await testStorage.storage.invites.enqueue({
      invite: {
        id: createId(),
        reportId: report.id,
        invitationId: null,
        toEmail: report.candidateEmail,
        toName: report.candidateName,
        subject: null,
        text: null,
        html: null,
        status: 'queued',
        attempts: 0,
        lastError: null,
        nextAttemptAt: at,
        lockedUntil: null,
        sentAt: null,
        createdAt: at,
        updatedAt: at,
      },
    });
  }

  const failing = createMockLanguageModel({
    respond: () => {
      throw new ProviderError({ provider: 'mock', message: 'down', statusCode: 503 });
    },
  });

  it.each([
    ['the template', failing],
    ['a model draft', createMockLanguageModel()],
  ])('should keep a link in the role title out of %s', async (_path, languageModel) => {
    const invites = createInviteService(recruiterContext(testStorage.storage, { now: clock.now, mailer, languageModel }));
    await queue('Engineer. Verify at https://evil.example.net/login', 'Ada Lovelace, see hr-portal.cloud');
    expect(await invites.processQueue()).toMatchObject({ sent: 1 });
    const mail = mailer.sent[0]!;
    for (const part of [mail.subject, mail.text, mail.html, mail.to.name ?? '']) {
      expect(part).not.toMatch(/evil|hr-portal|Verify/i);
    }
    expect(mail.text).toContain(MEETING_LINK);
    expect(findLinks(mail.text.split(MEETING_LINK).join(' '))).toEqual([]);
  });
});
