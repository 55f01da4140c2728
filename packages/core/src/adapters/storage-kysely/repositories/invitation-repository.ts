import type { Invitation } from '../../../domain/invitation-types.js';
import { ConflictError } from '../../../errors/conflict-error.js';
import type { InvitationRepository } from '../../../ports/storage.js';
import type { InvitationRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

/** Personal interview links, one row each; the token is stored only as its hash. */
export function createInvitationRepository({ db }: RepositoryContext): InvitationRepository {
  return {
    async create({ invitation }) {
      const stored = await db.insertInto('coach_invitations').values(invitationToRow(invitation, invitation.version)).returningAll().executeTakeFirstOrThrow();
      return rowToInvitation(stored);
    },

    async get({ id }) {
      const row = await db.selectFrom('coach_invitations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToInvitation(row) : null;
    },

    async getByTokenHash({ tokenHash }) {
      const row = await db.selectFrom('coach_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? rowToInvitation(row) : null;
    },

    async getBySession({ sessionId }) {
      const row = await db.selectFrom('coach_invitations').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
      return row ? rowToInvitation(row) : null;
    },

    async list({ templateId, status }) {
      let query = db.selectFrom('coach_invitations').selectAll();
      if (templateId !== undefined) query = query.where('template_id', '=', templateId);
      if (status !== undefined) query = query.where('status', '=', status);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(rowToInvitation);
    },

    async update({ invitation, expectedVersion }) {
      const { id: _id, created_at: _createdAt, token_hash: _tokenHash, ...changes } = invitationToRow(invitation, expectedVersion + 1);
      const stored = await db
        .updateTable('coach_invitations')
        .set(changes)
        .where('id', '=', invitation.id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!stored) throw new ConflictError({ message: 'The invitation was changed by someone else; reload it and try again.' });
      return rowToInvitation(stored);
    },
  };
}

function invitationToRow(invitation: Invitation, version: number): InvitationRow {
  return {
    id: invitation.id,
    template_id: invitation.templateId,
    candidate_name: invitation.candidateName,
    candidate_email: invitation.candidateEmail,
    token_hash: invitation.tokenHash,
    status: invitation.status,
    expires_at: invitation.expiresAt === null ? null : toTimestamp(invitation.expiresAt, 'invitation.expiresAt'),
    session_id: invitation.sessionId,
    report_id: invitation.reportId,
    version,
    created_at: toTimestamp(invitation.createdAt, 'invitation.createdAt'),
    updated_at: toTimestamp(invitation.updatedAt, 'invitation.updatedAt'),
  };
}

function rowToInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    templateId: row.template_id,
    candidateName: row.candidate_name,
    candidateEmail: row.candidate_email,
    tokenHash: row.token_hash,
    status: row.status as Invitation['status'],
    expiresAt: row.expires_at,
    sessionId: row.session_id,
    reportId: row.report_id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
