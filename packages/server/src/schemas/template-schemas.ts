import { z } from '@hono/zod-openapi';
import { plainString } from './common-schemas.js';

// Ranges are checked again (with one issue per problem) by core's `templates.create`/`update`;
// here they document the contract.
export const TemplateQuestionSchema = z
  .object({
    text: plainString(500).openapi({
      description: '10–500 characters; asked word for word.',
      example: 'Walk us through the last production incident you owned.',
    }),
    kind: z.enum(['behavioral', 'technical']),
    key_points: z.array(plainString(200)).max(20).optional().openapi({ description: 'The concepts a good answer covers (the rubric looks for them).' }),
  })
  .openapi('TemplateQuestion');

export const TemplateDsaSchema = z
  .object({
    enabled: z.boolean(),
    difficulty: z.enum(['easy', 'medium', 'hard', 'auto']).optional(),
    languages: z
      .array(z.enum(['javascript', 'python']))
      .min(1)
      .optional(),
  })
  .openapi('TemplateDsa');

const level = z.enum(['junior', 'mid', 'senior', 'lead']);

export const CreateTemplateBodySchema = z
  .object({
    title: plainString(120),
    description: plainString(2000).optional(),
    role: plainString(120).openapi({ description: 'The job title.', example: 'Platform Engineer' }),
    level,
    job_description: z.string().max(20_000).nullable().optional(),
    questions: z.array(TemplateQuestionSchema).max(20).optional().openapi({ description: 'Fixed questions, asked first and in this order (at most 20).' }),
    question_count: z.number().int().min(1).max(30).openapi({ description: 'Planned questions: fixed plus generated from the résumé.' }),
    follow_ups: z.boolean().optional().openapi({ description: 'Whether thin answers get a follow-up (default true).' }),
    dsa: TemplateDsaSchema.optional(),
    published: z.boolean().optional().openapi({ description: 'Listed in GET /api/demos/ (default false).' }),
  })
  .openapi('CreateTemplateBody');

export const UpdateTemplateBodySchema = CreateTemplateBodySchema.partial()
  .extend({ version: z.number().int().min(1).openapi({ description: 'The version the change was made against; 409 if it moved on.' }) })
  .openapi('UpdateTemplateBody');

export const TemplateSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    starter: z.boolean().openapi({ description: 'A starter template: read-only, its questions all generated.' }),
    role: z.string(),
    level: level.nullable().openapi({ description: 'Null for starter templates (the level is detected from the résumé).' }),
    job_description: z.string().nullable(),
    questions: z.array(TemplateQuestionSchema.required()),
    question_count: z.number().int(),
    follow_ups: z.boolean(),
    dsa: TemplateDsaSchema.required(),
    published: z.boolean(),
    archived_at: z.string().nullable(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Template');

export const TemplateListSchema = z.object({ templates: z.array(TemplateSchema) }).openapi('TemplateList');

export const TemplateListQuerySchema = z.object({
  include_archived: z.enum(['true', 'false']).optional().openapi({ description: 'Also list archived templates.' }),
});

export const TemplateIdParamsSchema = z.object({
  id: plainString(200)
    .pipe(z.string().min(1))
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Template id.' }),
});
