import type { Coach, InterviewTemplate } from '@coach/core';
import { createRoute, type z } from '@hono/zod-openapi';
import { errorResponses } from '../schemas/common-schemas.js';
import {
  CreateTemplateBodySchema,
  TemplateIdParamsSchema,
  TemplateListQuerySchema,
  TemplateListSchema,
  TemplateSchema,
  UpdateTemplateBodySchema,
} from '../schemas/template-schemas.js';
import { createRouter } from './create-router.js';

const security = [{ bearerAuth: [] }];
const tags = ['Recruiter'];
const RECRUITER_ERRORS = [401, 403, 503] as const;
const json = <T>(schema: T) => ({ 'application/json': { schema } });

const listTemplates = createRoute({
  method: 'get',
  path: '/templates/',
  tags,
  summary: 'List interview templates, unpublished ones included',
  security,
  request: { query: TemplateListQuerySchema },
  responses: { 200: { description: 'Ordered by title.', content: json(TemplateListSchema) }, ...errorResponses(400, ...RECRUITER_ERRORS) },
});

const createTemplate = createRoute({
  method: 'post',
  path: '/templates/',
  tags,
  summary: 'Author an interview template',
  security,
  request: { body: { required: true, content: json(CreateTemplateBodySchema) } },
  responses: { 201: { description: 'The template, at version 1.', content: json(TemplateSchema) }, ...errorResponses(400, 413, 415, ...RECRUITER_ERRORS) },
});

const getTemplate = createRoute({
  method: 'get',
  path: '/templates/{id}/',
  tags,
  summary: 'One interview template',
  security,
  request: { params: TemplateIdParamsSchema },
  responses: { 200: { description: 'The template.', content: json(TemplateSchema) }, ...errorResponses(400, 404, ...RECRUITER_ERRORS) },
});

const updateTemplate = createRoute({
  method: 'patch',
  path: '/templates/{id}/',
  tags,
  summary: 'Change, publish or unpublish a template; running interviews keep the version they started with',
  security,
  request: { params: TemplateIdParamsSchema, body: { required: true, content: json(UpdateTemplateBodySchema) } },
  responses: {
    200: { description: 'The template at its next version.', content: json(TemplateSchema) },
    ...errorResponses(400, 404, 409, 415, ...RECRUITER_ERRORS),
  },
});

const archiveTemplate = createRoute({
  method: 'delete',
  path: '/templates/{id}/',
  tags,
  summary: 'Archive a template: gone from the demos and new interviews, reports keep their link',
  security,
  request: { params: TemplateIdParamsSchema },
  responses: { 200: { description: 'The archived template.', content: json(TemplateSchema) }, ...errorResponses(400, 404, 409, ...RECRUITER_ERRORS) },
});

/** The recruiter routes under `/api/templates/`; the caller mounts the recruiter auth in front. */
export function createTemplatesRoutes(coach: Coach) {
  return createRouter()
    .openapi(listTemplates, async (c) => {
      const query = c.req.valid('query');
      const templates = await coach.templates.list({ includeUnpublished: true, includeArchived: query.include_archived === 'true' });
      c.header('Cache-Control', 'no-store');
      return c.json({ templates: templates.map(toTemplate) }, 200);
    })
    .openapi(createTemplate, async (c) => {
      const created = await coach.templates.create({ template: fromBody(c.req.valid('json')) });
      c.header('Cache-Control', 'no-store');
      return c.json(toTemplate(created), 201);
    })
    .openapi(getTemplate, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(toTemplate(await coach.templates.get({ id: c.req.valid('param').id })), 200);
    })
    .openapi(updateTemplate, async (c) => {
      const { version, ...changes } = c.req.valid('json');
      const updated = await coach.templates.update({ id: c.req.valid('param').id, version, changes: fromBody(changes) });
      c.header('Cache-Control', 'no-store');
      return c.json(toTemplate(updated), 200);
    })
    .openapi(archiveTemplate, async (c) => {
      const archived = await coach.templates.archive({ id: c.req.valid('param').id });
      c.header('Cache-Control', 'no-store');
      return c.json(toTemplate(archived), 200);
    });
}

type Body = Partial<z.infer<typeof CreateTemplateBodySchema>>;

// Only the fields the caller sent: an absent field leaves the template's value in place.
function fromBody(body: Body) {
  const fields = {
    title: body.title,
    description: body.description,
    role: body.role,
    level: body.level,
    jobDescription: body.job_description,
    questions: body.questions?.map((question) => ({ text: question.text, kind: question.kind, keyPoints: question.key_points ?? [] })),
    questionCount: body.question_count,
    followUps: body.follow_ups,
    dsa: body.dsa,
    published: body.published,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    title: string;
    role: string;
    level: 'junior' | 'mid' | 'senior' | 'lead';
    questionCount: number;
  } & Partial<Omit<typeof fields, 'title' | 'role' | 'level' | 'questionCount'>>;
}

/** A template as the API shows it; a starter template is described in the same terms. */
export function toTemplate(template: InterviewTemplate): z.infer<typeof TemplateSchema> {
  const authoring = template.authoring;
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    starter: authoring === null,
    role: authoring?.role ?? template.title,
    level: authoring?.level ?? null,
    job_description: authoring?.jobDescription ?? null,
    questions: (authoring?.questions ?? []).map((question) => ({ text: question.text, kind: question.kind, key_points: question.keyPoints })),
    question_count: authoring?.questionCount ?? template.behavioralQuestions + template.technicalQuestions,
    follow_ups: authoring?.followUps ?? true,
    dsa: {
      enabled: template.includeDsa,
      difficulty: authoring?.dsa.difficulty ?? 'auto',
      languages: authoring?.dsa.languages ?? ['javascript', 'python'],
    },
    published: template.published,
    archived_at: template.archivedAt,
    version: template.version,
    created_at: template.createdAt,
    updated_at: template.updatedAt,
  };
}
