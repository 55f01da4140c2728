import type { Coach, InvitationView } from '@coach/core';
import { createRoute, type z } from '@hono/zod-openapi';
import { errorResponses } from '../schemas/common-schemas.js';
import {
  CreateInvitationBodySchema,
  CreatedInvitationSchema,
  InvitationIdParamsSchema,
  InvitationListQuerySchema,
  InvitationListSchema,
  InvitationPublicSchema,
  InvitationSchema,
  InvitationTokenParamsSchema,
} from '../schemas/invitation-schemas.js';
import { createRouter } from './create-router.js';

const security = [{ bearerAuth: [] }];
const tags = ['Recruiter'];
const RECRUITER_ERRORS = [401, 403, 503] as const;
const json = <T>(schema: T) => ({ 'application/json': { schema } });

const createInvitation = createRoute({
  method: 'post',
  path: '/invitations/',
  tags,
  summary: 'Make a personal interview link for one candidate',
  security,
  request: { body: { required: true, content: json(CreateInvitationBodySchema) } },
  responses: {
    201: { description: 'The invitation with its token and link (shown only here).', content: json(CreatedInvitationSchema) },
    ...errorResponses(400, 404, 409, 413, 415, ...RECRUITER_ERRORS),
  },
});

const listInvitations = createRoute({
  method: 'get',
  path: '/invitations/',
  tags,
  summary: 'List invitations with their status, newest first',
  security,
  request: { query: InvitationListQuerySchema },
  responses: { 200: { description: 'The invitations.', content: json(InvitationListSchema) }, ...errorResponses(400, ...RECRUITER_ERRORS) },
});

const revokeInvitation = createRoute({
  method: 'delete',
  path: '/invitations/{id}/',
  tags,
  summary: 'Revoke a link (refused with 409 once completed)',
  security,
  request: { params: InvitationIdParamsSchema },
  responses: { 200: { description: 'The revoked invitation.', content: json(InvitationSchema) }, ...errorResponses(400, 404, 409, ...RECRUITER_ERRORS) },
});

const publicInvitation = createRoute({
  method: 'get',
  path: '/invitations/{token}/public/',
  tags: ['Candidate'],
  summary: 'What the widget shows for a link: the interview title and whether the link still works',
  description: 'Marks a fresh link `opened`. Start the interview with `POST /api/upload-resume/` and the `invitation` form field.',
  request: { params: InvitationTokenParamsSchema },
  responses: { 200: { description: 'The interview the link is for.', content: json(InvitationPublicSchema) }, ...errorResponses(400, 404, 429, 503) },
});

/** `/api/invitations/…`: recruiter routes (the caller mounts auth in front) and the candidates' public lookup. */
export function createInvitationsRoutes(coach: Coach, options: { publicUrl?: string } = {}) {
  return createRouter()
    .openapi(createInvitation, async (c) => {
      const body = c.req.valid('json');
      const { invitation, token, url } = await coach.invitations.create({
        templateId: body.template_id,
        candidateName: body.candidate_name,
        candidateEmail: body.candidate_email,
        ...(body.expires_at !== undefined ? { expiresAt: body.expires_at } : {}),
        publicUrl: options.publicUrl ?? new URL(c.req.url).origin,
        ...(body.send_email !== undefined ? { sendEmail: body.send_email } : {}),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ ...toInvitation(invitation), token, url: url! }, 201);
    })
    .openapi(listInvitations, async (c) => {
      const query = c.req.valid('query');
      const invitations = await coach.invitations.list({
        ...(query.template_id ? { templateId: query.template_id } : {}),
        ...(query.status ? { status: query.status } : {}),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ invitations: invitations.map(toInvitation) }, 200);
    })
    .openapi(revokeInvitation, async (c) => {
      const revoked = await coach.invitations.revoke({ id: c.req.valid('param').id });
      c.header('Cache-Control', 'no-store');
      return c.json(toInvitation(revoked), 200);
    })
    .openapi(publicInvitation, async (c) => {
      const lookup = await coach.invitations.lookup({ token: c.req.valid('param').token });
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          template_id: lookup.templateId,
          template_title: lookup.templateTitle,
          candidate_name: lookup.candidateName,
          recruiter_name: coach.settings.recruiterName,
          status: lookup.status,
          usable: lookup.usable,
          message: lookup.message,
          expires_at: lookup.expiresAt,
        },
        200,
      );
    });
}

function toInvitation(invitation: InvitationView): z.infer<typeof InvitationSchema> {
  return {
    id: invitation.id,
    template_id: invitation.templateId,
    candidate_name: invitation.candidateName,
    candidate_email: invitation.candidateEmail,
    status: invitation.status,
    expires_at: invitation.expiresAt,
    session_id: invitation.sessionId,
    report_id: invitation.reportId,
    email: invitation.email && {
      status: invitation.email.status,
      attempts: invitation.email.attempts,
      last_error: invitation.email.lastError,
      next_attempt_at: invitation.email.nextAttemptAt,
      sent_at: invitation.email.sentAt,
    },
    created_at: invitation.createdAt,
    updated_at: invitation.updatedAt,
  };
}
