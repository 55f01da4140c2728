import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import { ValidationError } from '../../../errors/validation-error.js';
import type { Invite } from '../../../domain/invite-types.js';
import type { InviteRepository } from '../../../ports/storage.js';
import type { InviteRow } from '../database-types.js';
import { claimLeased } from '../lease-claim.js';
import type { RepositoryContext } from '../repository-context.js';
import { toNullableTimestamp, toTimestamp } from '../timestamps.js';

/**
 * The invite outbox: at most one invite per report (a unique constraint), claimed by workers
 * under a lease so each invite is sent by one worker at a time.
 */
export function createInviteRepository(context: RepositoryContext): InviteRepository {
  const { db } = context;

  const get = async (id: string) => {
    const row = await db.selectFrom('coach_invites').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? rowToInvite(row) : null;
  };

  /** Updates an invite that is not sent yet; a sent invite is final. */
  const updateUnsent = async (id: string, changes: Partial<InviteRow>) => {
    const stored = await db.updateTable('coach_invites').set(changes).where('id', '=', id).where('status', '!=', 'sent').returningAll().executeTakeFirst();
    if (stored) return rowToInvite(stored);
    if (!(await get(id))) throw new NotFoundError({ entity: 'invite', id });
    throw new ConflictError({ message: 'The invite has already been sent.' });
  };

  return {
    async enqueue({ invite }) {
      const owner = inviteOwner(invite);
      // ON CONFLICT (owner column) DO NOTHING lets the unique index decide between concurrent
      // callers without an error; the loser then reads the winner's row.
      const inserted = await db
        .insertInto('coach_invites')
        .values(inviteToRow(invite))
        .onConflict((conflict) => conflict.column(owner.column).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { invite: rowToInvite(inserted), created: true };
      const existing = await db.selectFrom('coach_invites').selectAll().where(owner.column, '=', owner.id).executeTakeFirstOrThrow();
      return { invite: rowToInvite(existing), created: false };
    },

    get: ({ id }) => get(id),

    async getByReport({ reportId }) {
      const row = await db.selectFrom('coach_invites').selectAll().where('report_id', '=', reportId).executeTakeFirst();
      return row ? rowToInvite(row) : null;
    },

    async listByInvitations({ invitationIds }) {
      if (invitationIds.length === 0) return [];
      const rows = await db.selectFrom('coach_invites').selectAll().where('invitation_id', 'in', invitationIds).execute();
      return rows.map(rowToInvite);
    },

    claim: ({ now, leaseMs, limit, id, only }) =>
      claimLeased(context, {
        table: 'coach_invites',
        now,
        leaseMs,
        limit,
        ...(id !== undefined ? { id } : {}),
        ...(only === 'invitations' ? { where: (eb) => eb('invitation_id', 'is not', null) } : {}),
        map: rowToInvite,
      }),

    saveDraft: ({ id, subject, text, html }) => updateUnsent(id, { subject, text_body: text, html_body: html, updated_at: new Date().toISOString() }),

    markSent: ({ id, sentAt }) => {
      const at = toTimestamp(sentAt, 'sentAt');
      return updateUnsent(id, { status: 'sent', sent_at: at, locked_until: null, updated_at: at });
    },

    async markFailed({ id, error, nextAttemptAt, giveUp }) {
      const stored = await db
        .updateTable('coach_invites')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: error,
          locked_until: null,
          status: giveUp ? 'failed' : 'queued',
          next_attempt_at: toTimestamp(nextAttemptAt, 'nextAttemptAt'),
          updated_at: new Date().toISOString(),
        }))
        .where('id', '=', id)
        .where('status', '!=', 'sent')
        .returningAll()
        .executeTakeFirst();
      if (stored) return rowToInvite(stored);
      if (!(await get(id))) throw new NotFoundError({ entity: 'invite', id });
      throw new ConflictError({ message: 'The invite has already been sent.' });
    },
  };
}

function inviteOwner(invite: Invite): { column: 'report_id' | 'invitation_id'; id: string } {
  if ((invite.reportId === null) === (invite.invitationId === null)) {
    throw new ValidationError({
      message: 'An invite belongs to a report or to an invitation.',
      issues: [{ path: 'invite', message: 'exactly one of reportId and invitationId must be set' }],
    });
  }
  return invite.reportId !== null ? { column: 'report_id', id: invite.reportId } : { column: 'invitation_id', id: invite.invitationId! };
}

function inviteToRow(invite: Invite): InviteRow {
  return {
    id: invite.id,
    report_id: invite.reportId,
    invitation_id: invite.invitationId,
    to_email: invite.toEmail,
    to_name: invite.toName,
    subject: invite.subject,
    text_body: invite.text,
    html_body: invite.html,
    status: invite.status,
    attempts: invite.attempts,
    last_error: invite.lastError,
    next_attempt_at: toTimestamp(invite.nextAttemptAt, 'invite.nextAttemptAt'),
    locked_until: toNullableTimestamp(invite.lockedUntil, 'invite.lockedUntil'),
    sent_at: toNullableTimestamp(invite.sentAt, 'invite.sentAt'),
    created_at: toTimestamp(invite.createdAt, 'invite.createdAt'),
    updated_at: toTimestamp(invite.updatedAt, 'invite.updatedAt'),
  };
}

function rowToInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    reportId: row.report_id,
    invitationId: row.invitation_id,
    toEmail: row.to_email,
    toName: row.to_name,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    status: row.status as Invite['status'],
    attempts: Number(row.attempts),
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    lockedUntil: row.locked_until,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
