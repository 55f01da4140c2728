import type { CoachContext } from '../internal/context.js';
import { createInviteService } from '../invite/invite-service.js';
import type { InviteService, ProcessInvitesResult } from '../invite/invite-service-types.js';

/** What one maintenance pass did. */
export interface MaintenanceRunResult {
  invites: ProcessInvitesResult;
  expiredSessions: number;
  retention: { reports: number; sessions: number };
}

/**
 * Periodic housekeeping: sending due invites, expiring idle sessions and applying the
 * retention period. Every step is safe to run from several processes at once.
 */
export interface MaintenanceService {
  /** Deletes sessions idle for longer than `settings.sessionIdleMinutes` that have no report. Returns how many. */
  expireIdleSessions(): Promise<number>;
  /**
   * With `settings.retentionDays` set, erases reports created more than that many days ago
   * (each as `reports.delete` does, with its session, decisions and invite) and sessions idle
   * that long. Does nothing when it is null.
   */
  applyRetention(): Promise<{ reports: number; sessions: number }>;
  /**
   * Runs one pass: sends due invites, expires idle sessions and applies retention. A failing
   * step is logged and does not stop the others. Call it on an interval (the server does) or
   * from your own job runner.
   */
  runOnce(): Promise<MaintenanceRunResult>;
}

const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;

/**
 * Creates the maintenance service. Pass the Coach's invite service so that one outbox is
 * shared; without it one is created on the same context.
 *
 * @example
 * ```ts
 * setInterval(() => void coach.maintenance.runOnce(), 60_000).unref();
 * ```
 */
export function createMaintenanceService(context: CoachContext, dependencies: { invites?: InviteService } = {}): MaintenanceService {
  const invites = dependencies.invites ?? createInviteService(context);
  const { storage, settings, logger } = context;
  const ago = (ms: number) => new Date(context.now().getTime() - ms).toISOString();

  const expireIdleSessions = async () => {
    const count = await storage.sessions.deleteIdle({ before: ago(settings.sessionIdleMinutes * MINUTE_MS) });
    if (count > 0) logger.info('idle sessions expired', { count });
    return count;
  };

  const applyRetention = async () => {
    if (settings.retentionDays === null) return { reports: 0, sessions: 0 };
    const before = ago(settings.retentionDays * DAY_MS);
    // Reports first: deleting a report also deletes its session, and `deleteIdle` leaves
    // sessions that still have a report alone.
    const reports = await storage.reports.deleteCreatedBefore({ before });
    const sessions = await storage.sessions.deleteIdle({ before });
    if (reports > 0 || sessions > 0) logger.info('retention applied', { reports, sessions, retentionDays: settings.retentionDays });
    return { reports, sessions };
  };

  const step = async <T>(name: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      logger.error(`maintenance step failed: ${name}`, { error: error instanceof Error ? error.message : String(error) });
      return fallback;
    }
  };

  return {
    expireIdleSessions,
    applyRetention,
    async runOnce() {
      const invitesResult = await step('invites', () => invites.processQueue(), { sent: 0, retried: 0, failed: 0 });
      const expiredSessions = await step('sessions', expireIdleSessions, 0);
      const retention = await step('retention', applyRetention, { reports: 0, sessions: 0 });
      return { invites: invitesResult, expiredSessions, retention };
    },
  };
}
