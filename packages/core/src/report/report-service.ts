import { z } from 'zod';
import { DECISIONS, type Decision, type Invite, type Report } from '../domain/index.js';
import { CoachError, NotFoundError, ValidationError, type ValidationIssue } from '../errors/index.js';
import { createId } from '../internal/ids.js';
import type { CoachContext } from '../internal/context.js';
import { isValidEmailAddress } from '../internal/mail-header.js';
import { inviteBlocker } from '../invite/invite-readiness.js';
import type { InvitationService } from '../invitations/invitation-service-types.js';
import { createInvitationService } from '../invitations/invitation-service.js';
import type { InviteService } from '../invite/invite-service-types.js';
import type { ReportListOptions } from '../ports/storage.js';
import { createCombinedReport } from './combined-report.js';
import { parseCreateReportInput, reportFromInput, zodIssues } from './create-report-input.js';
import { describeInviteOutcome } from './decision-message.js';
import { enqueueWebhookEvent, interviewCompletedData } from '../webhooks/webhook-events.js';
import type { DecideResult, ReportService } from './report-service-types.js';

const decisionSchema = z.enum(DECISIONS as [Decision, ...Decision[]]);

/** NUL and other control characters: a database error on PostgreSQL, a match-all in a SQLite LIKE. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
const noControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);
const CONTROL_MESSAGE = { message: 'must not contain control characters' };

const listOptionsSchema = z.object({
  filter: z
    .object({
      decision: decisionSchema.optional(),
      role: z.string().trim().min(1).max(120).refine(noControlCharacters, CONTROL_MESSAGE).optional(),
      minScore: z.number().min(0, 'must be from 0 to 10').max(10, 'must be from 0 to 10').optional(),
      query: z.string().trim().max(200).refine(noControlCharacters, CONTROL_MESSAGE).optional(),
      templateId: z.string().trim().min(1).max(200).refine(noControlCharacters, CONTROL_MESSAGE).optional(),
    })
    .optional(),
  sort: z.enum(['newest', 'score']).optional(),
  limit: z.number().int('must be a whole number').min(1, 'must be from 1 to 100').max(100, 'must be from 1 to 100').optional(),
  cursor: z.string().max(1000).refine(noControlCharacters, CONTROL_MESSAGE).nullable().optional(),
});

const decideSchema = z.object({
  id: z.string().min(1, 'must not be empty').refine(noControlCharacters, CONTROL_MESSAGE),
  decision: decisionSchema,
  actor: z.string().trim().min(1, 'must say who decided').max(200),
});

/**
 * Creates the recruiter's report service. Decisions are only ever made by a caller of
 * `decide`; accepting queues exactly one invite per report in the same transaction as the
 * decision, then tries to send it at once through `invites`.
 */
export function createReportService(context: CoachContext, dependencies: { invites: InviteService; invitations?: InvitationService }): ReportService {
  const { storage, logger } = context;
  const { invites } = dependencies;
  const invitations = dependencies.invitations ?? createInvitationService(context, { invites });
  const combined = createCombinedReport(context);

  const requireId = (id: unknown): string => {
    if (typeof id !== 'string' || id.length === 0 || !noControlCharacters(id)) {
      throw new ValidationError({ message: 'Invalid report id.', issues: [{ path: 'id', message: 'must be a non-empty string without control characters' }] });
    }
    return id;
  };

  return {
    combined: (options) => combined(options),

    async create({ input }) {
      const valid = parseCreateReportInput(input);
      return storage.transaction(async (tx) => {
        const report = await tx.reports.create({ report: reportFromInput(valid, context.now().toISOString()) });
        await enqueueWebhookEvent(tx, { type: 'interview.completed', data: interviewCompletedData(report, null), now: context.now() });
        return report;
      });
    },

    async list(options = {}) {
      const parsed = listOptionsSchema.safeParse(options);
      if (!parsed.success) throw new ValidationError({ message: 'Invalid list options.', issues: zodIssues(parsed.error, 'options') });
      const { filter, sort, limit, cursor } = parsed.data;
      const cleaned: ReportListOptions = {};
      if (filter) {
        const definedFilter = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''));
        if (Object.keys(definedFilter).length) cleaned.filter = definedFilter;
      }
      if (sort) cleaned.sort = sort;
      if (limit !== undefined) cleaned.limit = limit;
      if (cursor) cleaned.cursor = cursor;
      return storage.reports.list(cleaned);
    },

    async get({ id }) {
      const reportId = requireId(id);
      const report = await storage.reports.get({ id: reportId });
      if (!report) throw new NotFoundError({ entity: 'report', id: reportId });
      const { origin } = report;
      const [decisionHistory, invite, template, invitation] = await Promise.all([
        storage.reports.listDecisionChanges({ reportId }),
        storage.invites.getByReport({ reportId }),
        origin ? storage.templates.get({ id: origin.templateId }) : null,
        origin?.invitationId ? invitations.get({ id: origin.invitationId }) : null,
      ]);
      const sendBlocker = inviteBlocker(context);
      return {
        report,
        decisionHistory,
        invite,
        inviteBlocker: invite?.status === 'queued' ? sendBlocker : null,
        sendBlocker,
        templateTitle: template?.title ?? null,
        invitation,
      };
    },

    statistics: () => storage.reports.statistics({ now: context.now().toISOString() }),

    async delete({ id }) {
      const reportId = requireId(id);
      const existed = await storage.transaction(async (tx) => {
        if (!(await tx.reports.delete({ id: reportId }))) return false;
        await enqueueWebhookEvent(tx, { type: 'report.deleted', data: { report_id: reportId, deleted_at: context.now().toISOString() }, now: context.now() });
        return true;
      });
      if (!existed) throw new NotFoundError({ entity: 'report', id: reportId });
    },

    async decide(options): Promise<DecideResult> {
      const parsed = decideSchema.safeParse(options);
      if (!parsed.success) throw new ValidationError({ message: 'Invalid decision.', issues: decisionIssues(parsed.error) });
      const { id, decision, actor } = parsed.data;
      const at = context.now().toISOString();

      const recorded = await storage.transaction(async (tx) => {
        // The time is taken under the report's lock, so concurrent decisions are timed in order.
        let decidedAt = at;
        const { report, changed, previous } = await tx.reports.setDecision({
          id,
          decision,
          actor,
          at: () => (decidedAt = context.now().toISOString()),
        });
        if (changed) {
          await enqueueWebhookEvent(tx, {
            type: 'report.decision_changed',
            data: { report_id: id, from: previous, to: decision, actor, at: decidedAt },
            now: context.now(),
          });
        }
        let invite: Invite | null;
        if (decision === 'Accepted' && isValidEmailAddress(report.candidateEmail)) {
          ({ invite } = await tx.invites.enqueue({ invite: newInvite(report, at) }));
        } else {
          invite = await tx.invites.getByReport({ reportId: id });
        }
        return { report, changed, invite };
      });
      const { report, changed } = recorded;
      const before = recorded.invite;

      if (decision === 'Accepted' && !before) {
        return {
          report,
          changed,
          emailSent: false,
          emailMessage: 'The candidate has no valid email address, so no invite was queued.',
          invite: null,
        };
      }

      let after = before;
      let sendError: string | null = null;
      if (decision === 'Accepted' && before && before.status !== 'sent') {
        try {
          after = await invites.sendNow({ inviteId: before.id });
        } catch (error) {
          // The decision and the queued invite are stored; the queue retries the sending.
          sendError = CoachError.isInstance(error) || error instanceof Error ? error.message : String(error);
          logger.warn('sending the invite right after the decision failed', { reportId: id, error: sendError });
          after = await storage.invites.get({ id: before.id }).catch(() => before);
        }
      }
      const outcome = describeInviteOutcome({ decision, before, after, blocker: inviteBlocker(context), sendError });
      return { report, changed, ...outcome, invite: after };
    },
  };
}

function newInvite(report: Report, at: string): Invite {
  return {
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
  };
}

function decisionIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || 'options';
    return { path, message: path === 'decision' ? `must be one of ${DECISIONS.join(', ')}` : issue.message };
  });
}
