import type { CoachContext } from '../internal/context.js';
import { resumePendingAnswer } from '../interview/continue-after-answer.js';
import { createInviteService } from '../invite/invite-service.js';
import type { InviteService, ProcessInvitesResult } from '../invite/invite-service-types.js';

/** What one maintenance pass did. */
export interface MaintenanceRunResult {
  invites: ProcessInvitesResult;
  /** Sessions whose stored but never evaluated answer was evaluated. */
  resumedSessions: number;
  expiredSessions: number;
  retention: { reports: number; sessions: number };
  /** Finished webhook deliveries erased (see `pruneWebhookDeliveries`). */
  webhookDeliveries: number;
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
   * Evaluates answers that were stored but never followed up (the process died in between),
   * once they are older than a request could still be working on them, and stores the next
   * question. Returns how many sessions moved on.
   */
  resumePendingAnswers(): Promise<number>;
  /**
   * Erases webhook deliveries that succeeded or were given up more than 30 days ago (or
   * `settings.retentionDays`, when shorter), with their attempts: their payloads hold candidates'
   * names and addresses. Returns how many.
   */
  pruneWebhookDeliveries(): Promise<number>;
  /**
   * Runs one pass: sends due invites, resumes pending answers, expires idle sessions, applies retention and prunes old webhook deliveries. A failing
   * step is logged and does not stop the others. Call it on an interval (the server does) or
   * from your own job runner.
   */
  runOnce(): Promise<MaintenanceRunResult>;
}

const DAY_MS = 24 * 60 * 60_000;
/** How long the delivery log of a finished webhook is kept, unless the retention period is shorter. */
export const WEBHOOK_DELIVERY_LOG_DAYS = 30;
const MINUTE_MS = 60_000;
/** Longer than a submission takes, model retries included, so maintenance never races a live request. */
const PENDING_ANSWER_GRACE_MS = 2 * MINUTE_MS;
const PENDING_ANSWERS_PER_PASS = 20;

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

  const resumePendingAnswers = async () => {
    const sessionIds = await storage.turns.listSessionsWithPendingAnswer({ answeredBefore: ago(PENDING_ANSWER_GRACE_MS), limit: PENDING_ANSWERS_PER_PASS });
    let resumed = 0;
    // One at a time: each is a model call, and maintenance must not flood the provider.
    for (const sessionId of sessionIds) {
      if (await resumePendingAnswer(context, { sessionId, swallow: true })) resumed += 1;
    }
    if (resumed > 0) logger.info('pending answers evaluated', { count: resumed });
    return resumed;
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

  const pruneWebhookDeliveries = async () => {
    const days = Math.min(WEBHOOK_DELIVERY_LOG_DAYS, settings.retentionDays ?? WEBHOOK_DELIVERY_LOG_DAYS);
    const count = await storage.webhooks.prune({ before: ago(days * DAY_MS) });
    if (count > 0) logger.info('webhook deliveries pruned', { count, days });
    return count;
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
    resumePendingAnswers,
    pruneWebhookDeliveries,
    async runOnce() {
      const invitesResult = await step('invites', () => invites.processQueue(), { sent: 0, retried: 0, failed: 0 });
      const resumedSessions = await step('pending answers', resumePendingAnswers, 0);
      const expiredSessions = await step('sessions', expireIdleSessions, 0);
      const retention = await step('retention', applyRetention, { reports: 0, sessions: 0 });
      const webhookDeliveries = await step('webhook deliveries', pruneWebhookDeliveries, 0);
      return { invites: invitesResult, resumedSessions, expiredSessions, retention, webhookDeliveries };
    },
  };
}
