import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoachSettings } from '../internal/context.js';
import { createInviteService } from '../invite/invite-service.js';
import { createReportService } from '../report/report-service.js';
import { createMockMailer, type MockMailer } from '../testing/mocks/mock-mailer.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { createTestClock, type TestClock } from '../../test/support/test-clock.js';
import { recruiterContext, seedReport, seedSession } from '../../test/support/recruiter-fixtures.js';
import { createMaintenanceService } from './maintenance-service.js';

let testStorage: TestStorage;
let clock: TestClock;
let mailer: MockMailer;

beforeEach(async () => {
  testStorage = await createTestSqliteStorage();
  clock = createTestClock('2024-06-03T09:00:00.000Z');
  mailer = createMockMailer();
});
afterEach(async () => {
  await testStorage.cleanup();
});

const minutesAgo = (minutes: number) => new Date(clock.now().getTime() - minutes * 60_000).toISOString();
const daysAgo = (days: number) => minutesAgo(days * 24 * 60);

function services(settings: Partial<CoachSettings> = {}) {
  const context = recruiterContext(testStorage.storage, { now: clock.now, mailer, settings });
  const invites = createInviteService(context);
  return {
    reports: createReportService(context, { invites }),
    maintenance: createMaintenanceService(context, { invites }),
  };
}

describe('createMaintenanceService', () => {
  it('should expire sessions idle longer than sessionIdleMinutes that have no report', async () => {
    const { storage } = testStorage;
    const idle = await seedSession(storage, { lastActivityAt: minutesAgo(61) });
    const active = await seedSession(storage, { lastActivityAt: minutesAgo(59) });
    const reported = await seedSession(storage, { lastActivityAt: minutesAgo(600) });
    await seedReport(storage, { createdAt: minutesAgo(600), sessionId: reported.id });

    expect(await services({ sessionIdleMinutes: 60 }).maintenance.expireIdleSessions()).toBe(1);
    expect(await storage.sessions.get({ id: idle.id })).toBeNull();
    expect(await storage.sessions.get({ id: active.id })).not.toBeNull();
    expect(await storage.sessions.get({ id: reported.id })).not.toBeNull();
  });

  it('should keep everything when retentionDays is null', async () => {
    const { storage } = testStorage;
    await seedReport(storage, { createdAt: daysAgo(4000) });
    expect(await services({ retentionDays: null }).maintenance.applyRetention()).toEqual({ reports: 0, sessions: 0 });
    expect((await storage.reports.statistics()).total).toBe(1);
  });

  it('should erase reports older than retentionDays with their sessions, decisions and invites, and old idle sessions', async () => {
    const { storage } = testStorage;
    const { reports, maintenance } = services({ retentionDays: 30, sessionIdleMinutes: 100 * 24 * 60 });
    const oldSession = await seedSession(storage, { lastActivityAt: daysAgo(31) });
    const oldReport = await seedReport(storage, { createdAt: daysAgo(31), sessionId: oldSession.id });
    await reports.decide({ id: oldReport.id, decision: 'Accepted', actor: 'recruiter' });
    const recentReport = await seedReport(storage, { createdAt: daysAgo(29), candidateEmail: 'bob@example.com' });
    const abandoned = await seedSession(storage, { lastActivityAt: daysAgo(31) });
    const recentSession = await seedSession(storage, { lastActivityAt: daysAgo(29) });
    const invite = await storage.invites.getByReport({ reportId: oldReport.id });
    expect(invite).not.toBeNull();

    expect(await maintenance.applyRetention()).toEqual({ reports: 1, sessions: 1 });
    expect(await storage.reports.get({ id: oldReport.id })).toBeNull();
    expect(await storage.reports.listDecisionChanges({ reportId: oldReport.id })).toEqual([]);
    expect(await storage.invites.get({ id: invite!.id })).toBeNull();
    expect(await storage.sessions.get({ id: oldSession.id })).toBeNull();
    expect(await storage.sessions.get({ id: abandoned.id })).toBeNull();
    expect(await storage.reports.get({ id: recentReport.id })).not.toBeNull();
    expect(await storage.sessions.get({ id: recentSession.id })).not.toBeNull();
  });

  it('should send due invites, expire sessions and apply retention in one pass', async () => {
    const { storage } = testStorage;
    const { reports, maintenance } = services({ retentionDays: 30, sessionIdleMinutes: 60 });
    const report = await seedReport(storage, { createdAt: minutesAgo(10) });
    mailer.fail({ times: 1 });
    await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
    await seedSession(storage, { lastActivityAt: minutesAgo(120) });
    await seedReport(storage, { createdAt: daysAgo(40), candidateEmail: 'old@example.com' });
    clock.advanceMinutes(5);

    expect(await maintenance.runOnce()).toEqual({
      invites: { sent: 1, retried: 0, failed: 0 },
      resumedSessions: 0,
      expiredSessions: 1,
      retention: { reports: 1, sessions: 0 },
      webhookDeliveries: 0,
    });
    expect(mailer.sent.map((mail) => mail.to.email)).toEqual(['ada@example.com']);
  });

  it('should create its own invite service when none is given', async () => {
    const { storage } = testStorage;
    const context = recruiterContext(storage, { now: clock.now, mailer });
    const report = await seedReport(storage, { createdAt: minutesAgo(1) });
    mailer.fail({ times: 1 });
    await createReportService(context, { invites: createInviteService(context) }).decide({ id: report.id, decision: 'Accepted', actor: 'r' });
    clock.advanceMinutes(5);
    expect((await createMaintenanceService(context).runOnce()).invites).toEqual({ sent: 1, retried: 0, failed: 0 });
  });
});
