import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../schemas/common-schemas.js';
import {
  CreateReportBodySchema,
  DecisionBodySchema,
  DecisionResponseSchema,
  ReportDetailsSchema,
  ReportIdParamsSchema,
  ReportListQuerySchema,
  ReportListResponseSchema,
  ReportSchema,
  StatisticsSchema,
} from '../schemas/report-schemas.js';
import { toReport, toReportDetails, toReportRow, toStatistics } from '../serializers.js';
import { createRouter } from './create-router.js';

const security = [{ bearerAuth: [] }];
const RECRUITER_ERRORS = [401, 403, 503] as const;

const listReports = createRoute({
  method: 'get',
  path: '/reports/',
  tags: ['Recruiter'],
  summary: 'List reports, filtered and paginated',
  security,
  request: { query: ReportListQuerySchema },
  responses: {
    200: { description: 'One page of reports.', content: { 'application/json': { schema: ReportListResponseSchema } } },
    ...errorResponses(400, ...RECRUITER_ERRORS),
  },
});

const statistics = createRoute({
  method: 'get',
  path: '/reports/statistics/',
  tags: ['Recruiter'],
  summary: 'Totals, decisions, score distribution, roles and weekly counts',
  security,
  responses: {
    200: { description: 'The statistics.', content: { 'application/json': { schema: StatisticsSchema } } },
    ...errorResponses(...RECRUITER_ERRORS),
  },
});

const createReport = createRoute({
  method: 'post',
  path: '/reports/create/',
  tags: ['Recruiter'],
  summary: 'Store a report made elsewhere',
  security,
  request: { body: { required: true, content: { 'application/json': { schema: CreateReportBodySchema } } } },
  responses: {
    201: { description: 'The stored report.', content: { 'application/json': { schema: ReportSchema } } },
    ...errorResponses(400, 413, 415, ...RECRUITER_ERRORS),
  },
});

const getReport = createRoute({
  method: 'get',
  path: '/reports/{id}/',
  tags: ['Recruiter'],
  summary: 'The whole report, with per-question feedback, the DSA part, the decision history and the invite',
  security,
  request: { params: ReportIdParamsSchema },
  responses: {
    200: { description: 'The report.', content: { 'application/json': { schema: ReportDetailsSchema } } },
    ...errorResponses(400, 404, ...RECRUITER_ERRORS),
  },
});

const deleteReport = createRoute({
  method: 'delete',
  path: '/reports/{id}/delete/',
  tags: ['Recruiter'],
  summary: "Erase the report and everything of the candidate's session",
  security,
  request: { params: ReportIdParamsSchema },
  responses: {
    204: { description: 'Erased.' },
    ...errorResponses(400, 404, ...RECRUITER_ERRORS),
  },
});

const decide = createRoute({
  method: 'patch',
  path: '/reports/{id}/decision/',
  tags: ['Recruiter'],
  summary: 'Accept, decline or reset a candidate',
  description:
    'Accepting queues exactly one invite email with the meeting link and tries to send it at once. Accepting twice never sends twice. ' +
    'When the mail server is down the decision is still saved, `email_sent` is false and the invite is retried until sent.',
  security,
  request: {
    params: ReportIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: DecisionBodySchema } } },
  },
  responses: {
    200: { description: 'The decision and what happened to the invite.', content: { 'application/json': { schema: DecisionResponseSchema } } },
    ...errorResponses(400, 404, 415, ...RECRUITER_ERRORS),
  },
});

/** The recruiter routes under `/api/reports/`; the caller mounts the recruiter auth in front. */
export function createReportsRoutes(coach: Coach) {
  return createRouter()
    .openapi(listReports, async (c) => {
      const query = c.req.valid('query');
      const result = await coach.reports.list({
        filter: {
          ...(query.decision ? { decision: query.decision } : {}),
          ...(query.role ? { role: query.role } : {}),
          ...(query.min_score !== undefined ? { minScore: query.min_score } : {}),
          ...(query.template_id ? { templateId: query.template_id } : {}),
          ...(query.q ? { query: query.q } : {}),
        },
        ...(query.sort ? { sort: query.sort } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        cursor: query.cursor || null,
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ reports: result.reports.map(toReportRow), next_cursor: result.nextCursor }, 200);
    })
    .openapi(statistics, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(toStatistics(await coach.reports.statistics()), 200);
    })
    .openapi(createReport, async (c) => {
      const body = c.req.valid('json');
      const report = await coach.reports.create({
        input: {
          candidateName: body.candidate_name,
          candidateEmail: body.candidate_email,
          role: body.role,
          overallScore: body.overall_score,
          ...(body.summary !== undefined ? { summary: body.summary } : {}),
          ...(body.strengths ? { strengths: body.strengths } : {}),
          ...(body.improvements ? { improvements: body.improvements } : {}),
          ...(body.questions ? { questions: body.questions } : {}),
          ...(body.decision ? { decision: body.decision } : {}),
        },
      });
      return c.json(toReport(report), 201);
    })
    .openapi(getReport, async (c) => {
      const { id } = c.req.valid('param');
      c.header('Cache-Control', 'no-store');
      return c.json(toReportDetails(await coach.reports.get({ id })), 200);
    })
    .openapi(deleteReport, async (c) => {
      const { id } = c.req.valid('param');
      await coach.reports.delete({ id });
      return c.body(null, 204);
    })
    .openapi(decide, async (c) => {
      const { id } = c.req.valid('param');
      const { decision } = c.req.valid('json');
      const result = await coach.reports.decide({ id, decision, actor: c.get('recruiter').actor });
      const details = await coach.reports.get({ id });
      return c.json(
        {
          success: true as const,
          changed: result.changed,
          report: toReportDetails(details),
          email_sent: result.emailSent,
          email_message: result.emailMessage,
        },
        200,
      );
    });
}
