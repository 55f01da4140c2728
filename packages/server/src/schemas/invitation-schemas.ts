import { z } from '@hono/zod-openapi';
import { plainString } from './common-schemas.js';

export const InvitationStatusSchema = z.enum(['created', 'opened', 'started', 'completed', 'expired', 'revoked']).openapi('InvitationStatus');
const status = InvitationStatusSchema;

export const CreateInvitationBodySchema = z
  .object({
    template_id: plainString(200).pipe(z.string().min(1)),
    candidate_name: plainString(200).pipe(z.string().trim().min(1)),
    candidate_email: plainString(254),
    expires_at: z.string().datetime({ offset: true }).nullable().optional().openapi({ description: 'ISO-8601; the link stops working then (410).' }),
    send_email: z.boolean().optional().openapi({
      description:
        'Email the link to the candidate through the invite outbox: queued with the invitation, sent once, retried while the mail server is down. Needs SMTP_URL and a sender.',
    }),
  })
  .openapi('CreateInvitationBody');

const InvitationEmailSchema = z
  .object({
    status: z.enum(['queued', 'sending', 'sent', 'failed']),
    attempts: z.number().int(),
    last_error: z.string().nullable(),
    next_attempt_at: z.string(),
    sent_at: z.string().nullable(),
  })
  .openapi('InvitationEmail', { description: 'The email that sent the link (`send_email`); null when none was asked for.' });

export const InvitationSchema = z
  .object({
    id: z.string(),
    template_id: z.string(),
    candidate_name: z.string(),
    candidate_email: z.string(),
    status,
    expires_at: z.string().nullable(),
    session_id: z.string().nullable(),
    report_id: z.string().nullable(),
    email: InvitationEmailSchema.nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Invitation');

export const CreatedInvitationSchema = InvitationSchema.extend({
  token: z.string().openapi({ description: '128 random bits; shown only here (stored hashed).' }),
  url: z.string().openapi({ description: '`<COACH_PUBLIC_URL>/?invitation=<token>`: the link to send the candidate.' }),
}).openapi('CreatedInvitation');

export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) }).openapi('InvitationList');

export const InvitationListQuerySchema = z.object({
  template_id: plainString(200).optional(),
  status: status.optional(),
});

export const InvitationIdParamsSchema = z.object({
  id: plainString(64)
    .pipe(z.string().min(1))
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Invitation id.' }),
});

export const InvitationTokenParamsSchema = z.object({
  token: plainString(64)
    .pipe(z.string().min(1))
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The token from the link.' }),
});

export const InvitationPublicSchema = z
  .object({
    template_id: z.string(),
    template_title: z.string().openapi({ description: 'Shown as "Interview for <title>".' }),
    candidate_name: z.string(),
    recruiter_name: z.string().openapi({ description: 'Who invited (RECRUITER_NAME).' }),
    status,
    usable: z.boolean().openapi({ description: 'Whether an interview can start with this link now.' }),
    message: z.string().nullable().openapi({ description: 'Why not, for the widget to show; null while usable.' }),
    expires_at: z.string().nullable(),
  })
  .openapi('InvitationPublic');
