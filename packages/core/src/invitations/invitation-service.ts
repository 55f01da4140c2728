import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Invitation, InvitationStatus, InterviewTemplate, Invite } from '../domain/index.js';
import type { InviteService } from '../invite/invite-service-types.js';
import { renderInvitationEmail } from './invitation-email.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { createId } from '../internal/ids.js';
import { isValidEmailAddress } from '../internal/mail-header.js';
import type { StorageRepositories } from '../ports/storage.js';
import { zodIssues } from '../report/create-report-input.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';
import { getTemplate } from '../templates/template-service.js';
import type { InvitationLookup, InvitationService, InvitationView } from './invitation-service-types.js';

const createSchema = z
  .object({
    templateId: z.string().min(1).max(200),
    candidateName: z.string().trim().min(1).max(200),
    candidateEmail: z.string().trim().max(254).refine(isValidEmailAddress, 'must be a single email address'),
    expiresAt: z.string().datetime({ offset: true }).nullable().optional(),
    publicUrl: z.string().max(2000).refine(isHttpUrl, 'must be an http(s) URL without credentials or fragment').optional(),
    sendEmail: z.boolean().optional(),
  })
  .strict()
  .refine((input) => !input.sendEmail || input.publicUrl !== undefined, {
    path: ['publicUrl'],
    message: 'is required to send the link by email',
  });

/**
 * Creates the invitation service: personal links that send one candidate to one interview.
 *
 * @example
 * ```ts
 * const { invitation, token } = await coach.invitations.create({ templateId, candidateName: 'Ada', candidateEmail: 'ada@example.com' });
 * const url = `https://jobs.example.com/?invitation=${token}`;
 * ```
 */
export function createInvitationService(context: CoachContext, { invites }: { invites: InviteService }): InvitationService {
  const { storage } = context;
  return {
    async create(options) {
      const parsed = createSchema.safeParse(options);
      if (!parsed.success) throw new ValidationError({ message: 'Invalid invitation.', issues: zodIssues(parsed.error, 'options') });
      const input = parsed.data;
      const template = await getTemplate(context, input.templateId);
      if (template.archivedAt !== null) throw new ConflictError({ code: 'TEMPLATE_ARCHIVED', message: 'This interview is archived; invite to another one.' });
      const now = context.now();
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt.getTime() <= now.getTime()) {
        throw new ValidationError({ message: 'The expiry must be in the future.', issues: [{ path: 'options.expiresAt', message: 'must be in the future' }] });
      }
      const token = randomBytes(16).toString('base64url');
      const url = input.publicUrl === undefined ? null : invitationUrl(input.publicUrl, token);
      const record: Invitation = {
        id: createId(),
        templateId: template.id,
        candidateName: input.candidateName,
        candidateEmail: input.candidateEmail,
        tokenHash: hashInvitationToken(token),
        status: 'created',
        expiresAt: expiresAt?.toISOString() ?? null,
        sessionId: null,
        reportId: null,
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      // The email is queued with the invitation, so it exists exactly when the link does and is
      // sent once however often the outbox is processed. Its text holds the link: the token is
      // stored only as a hash, so this is the one moment the link can be written down.
      const created = await storage.transaction(async (tx) => {
        const invitation = await tx.invitations.create({ invitation: record });
        if (!input.sendEmail || url === null) return { invitation, invite: null };
        const email = renderInvitationEmail({
          candidateName: invitation.candidateName,
          templateTitle: template.title,
          recruiterName: context.settings.recruiterName,
          url,
          expiresAt: invitation.expiresAt,
        });
        const { invite } = await tx.invites.enqueue({
          invite: {
            id: createId(),
            reportId: null,
            invitationId: invitation.id,
            toEmail: invitation.candidateEmail,
            toName: invitation.candidateName,
            ...email,
            status: 'queued',
            attempts: 0,
            lastError: null,
            nextAttemptAt: now.toISOString(),
            lockedUntil: null,
            sentAt: null,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          },
        });
        return { invitation, invite };
      });
      let invite = created.invite;
      if (invite) {
        try {
          invite = await invites.sendNow({ inviteId: invite.id });
        } catch (error) {
          // Queued either way: the outbox retries it; the recruiter sees the email's status.
          context.logger.warn('sending the invitation email right away failed', { invitationId: created.invitation.id, error: String(error) });
        }
      }
      return { invitation: toView(created.invitation, now, invite), token, url };
    },

    async get({ id }) {
      const invitation = typeof id === 'string' && id.length <= 64 ? await storage.invitations.get({ id }) : null;
      return invitation ? toView(invitation, context.now(), await emailOf(context, invitation.id)) : null;
    },

    async list(options = {}) {
      const now = context.now();
      const { status } = options;
      // `expired` is derived from the clock, so it is filtered here rather than in storage.
      const stored = await storage.invitations.list({
        ...(options.templateId !== undefined ? { templateId: options.templateId } : {}),
        ...(status !== undefined && status !== 'expired' && status !== 'created' && status !== 'opened' && status !== 'started' ? { status } : {}),
      });
      const emails = new Map(
        (await storage.invites.listByInvitations({ invitationIds: stored.map((each) => each.id) })).map((invite) => [invite.invitationId, invite]),
      );
      const views = stored.map((invitation) => toView(invitation, now, emails.get(invitation.id) ?? null));
      return status === undefined ? views : views.filter((view) => view.status === status);
    },

    async revoke({ id }) {
      const invitation = typeof id === 'string' && id.length <= 64 ? await storage.invitations.get({ id }) : null;
      if (!invitation) throw new NotFoundError({ entity: 'invitation', id: String(id), message: 'No invitation with that id.' });
      if (invitation.status === 'revoked') return toView(invitation, context.now(), await emailOf(context, invitation.id));
      if (invitation.status === 'completed') throw new ConflictError({ code: 'INVITATION_USED', message: 'This invitation is already completed.' });
      const now = context.now();
      const revoked = await storage.invitations.update({
        invitation: { ...invitation, status: 'revoked', updatedAt: now.toISOString() },
        expectedVersion: invitation.version,
      });
      return toView(revoked, now, await emailOf(context, revoked.id));
    },

    async lookup({ token }) {
      let invitation = await findByToken(context, token);
      const template = await getTemplate(context, invitation.templateId);
      const now = context.now();
      if (invitation.status === 'created' && effectiveStatus(invitation, now) === 'created') {
        try {
          invitation = await storage.invitations.update({
            invitation: { ...invitation, status: 'opened', updatedAt: now.toISOString() },
            expectedVersion: invitation.version,
          });
        } catch (error) {
          // Another request moved it on (opened or started it): report what is stored now.
          if (!ConflictError.isInstance(error)) throw error;
          invitation = await findByToken(context, token);
        }
      }
      const problem = unusableReason(invitation, template, now);
      return {
        templateId: template.id,
        templateTitle: template.title,
        candidateName: invitation.candidateName,
        status: effectiveStatus(invitation, now),
        usable: problem === null,
        message: problem?.message ?? null,
        expiresAt: invitation.expiresAt,
      };
    },
  };
}

/** SHA-256 of a token, hex: what storage keeps. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The invitation for a token that may start an interview now, with its template; throws
 * `ConflictError` `INVITATION_USED` (409) or `INVITATION_EXPIRED` (410) with a message for the candidate.
 */
export async function usableInvitation(context: CoachContext, token: string): Promise<{ invitation: Invitation; template: InterviewTemplate }> {
  const invitation = await findByToken(context, token);
  const template = await getTemplate(context, invitation.templateId);
  const problem = unusableReason(invitation, template, context.now());
  if (problem) throw problem;
  return { invitation, template };
}

/**
 * Marks the invitation of a newly reported session completed and queues `invitation.completed`,
 * inside the caller's transaction so the event exists exactly when the report does.
 */
export async function completeInvitation(
  context: CoachContext,
  tx: StorageRepositories,
  options: { invitationId: string; reportId: string; sessionId: string },
): Promise<void> {
  const invitation = await tx.invitations.get({ id: options.invitationId });
  if (!invitation || invitation.status === 'completed') return;
  const now = context.now();
  await tx.invitations.update({
    invitation: { ...invitation, status: 'completed', reportId: options.reportId, sessionId: options.sessionId, updatedAt: now.toISOString() },
    expectedVersion: invitation.version,
  });
  await enqueueWebhookEvent(tx, {
    type: 'invitation.completed',
    data: {
      invitation_id: invitation.id,
      report_id: options.reportId,
      session_id: options.sessionId,
      template_id: invitation.templateId,
      candidate: { name: invitation.candidateName, email: invitation.candidateEmail },
    },
    now,
  });
}

async function findByToken(context: CoachContext, token: string): Promise<Invitation> {
  // A token is 22 base64url characters; anything else names no invitation (and is not looked up).
  const invitation =
    typeof token === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(token)
      ? await context.storage.invitations.getByTokenHash({ tokenHash: hashInvitationToken(token) })
      : null;
  if (!invitation)
    throw new NotFoundError({ entity: 'invitation', id: 'token', message: 'This interview link is not valid. Ask the recruiter for a new one.' });
  return invitation;
}

function effectiveStatus(invitation: Invitation, now: Date): InvitationStatus {
  const open = invitation.status === 'created' || invitation.status === 'opened' || invitation.status === 'started';
  if (open && invitation.expiresAt !== null && Date.parse(invitation.expiresAt) <= now.getTime()) return 'expired';
  return invitation.status;
}

function unusableReason(invitation: Invitation, template: InterviewTemplate, now: Date): ConflictError | null {
  const status = effectiveStatus(invitation, now);
  if (status === 'started' || status === 'completed') {
    return new ConflictError({ code: 'INVITATION_USED', message: 'This interview link has already been used. Ask the recruiter for a new one.' });
  }
  // One code for every link that no longer opens (the API answers 410); the message says which.
  if (status === 'revoked') {
    return new ConflictError({ code: 'INVITATION_EXPIRED', message: 'This interview link was withdrawn by the recruiter. Ask them for a new one.' });
  }
  if (template.archivedAt !== null) {
    return new ConflictError({ code: 'INVITATION_EXPIRED', message: 'This interview is no longer offered. Ask the recruiter for a new link.' });
  }
  if (status === 'expired') {
    return new ConflictError({ code: 'INVITATION_EXPIRED', message: 'This interview link has expired. Ask the recruiter for a new one.' });
  }
  return null;
}

async function emailOf(context: CoachContext, invitationId: string): Promise<Invite | null> {
  const [invite] = await context.storage.invites.listByInvitations({ invitationIds: [invitationId] });
  return invite ?? null;
}

/** `<public url>/?invitation=<token>`, keeping any path and query of the public URL. */
export function invitationUrl(publicUrl: string, token: string): string {
  const url = new URL(publicUrl);
  url.searchParams.set('invitation', token);
  return url.toString();
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.hash && !/\s/.test(value);
  } catch {
    return false;
  }
}

function toView(invitation: Invitation, now: Date, invite: Invite | null): InvitationView {
  return {
    email: invite
      ? { status: invite.status, attempts: invite.attempts, lastError: invite.lastError, nextAttemptAt: invite.nextAttemptAt, sentAt: invite.sentAt }
      : null,
    id: invitation.id,
    templateId: invitation.templateId,
    candidateName: invitation.candidateName,
    candidateEmail: invitation.candidateEmail,
    status: effectiveStatus(invitation, now),
    expiresAt: invitation.expiresAt,
    sessionId: invitation.sessionId,
    reportId: invitation.reportId,
    createdAt: invitation.createdAt,
    updatedAt: invitation.updatedAt,
  };
}

export type { InvitationLookup, InvitationView };
