import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { CANDIDATE_ERRORS, errorResponses, SessionIdBodySchema } from '../schemas/common-schemas.js';
import { CombinedReportResponseSchema } from '../schemas/report-schemas.js';
import { toReportDsa, toReportQuestion } from '../serializers.js';
import { createRouter } from './create-router.js';

const combinedReport = createRoute({
  method: 'post',
  path: '/get-combined-report/',
  tags: ['Candidate'],
  summary: 'Merge the questions and the DSA round into the final report',
  request: { body: { required: true, content: { 'application/json': { schema: SessionIdBodySchema } } } },
  responses: {
    200: {
      description: 'The combined report (`dsa` is null when there was no DSA round).',
      content: { 'application/json': { schema: CombinedReportResponseSchema } },
    },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 415, 502),
  },
});

/** `POST /api/get-combined-report/`. */
export function createCombinedReportRoutes(coach: Coach) {
  return createRouter().openapi(combinedReport, async (c) => {
    const { session_id } = c.req.valid('json');
    const { report } = await coach.reports.combined({ sessionId: session_id, abortSignal: c.req.raw.signal });
    return c.json(
      {
        report_id: report.id,
        overall_score: report.overallScore,
        behavioral_score: report.behavioralScore,
        technical_score: report.technicalScore,
        dsa_score: report.dsaScore,
        weights: { ...report.weights },
        behavioral: {
          behavioral_score: report.behavioralScore,
          technical_score: report.technicalScore,
          summary: report.summary,
          strengths: report.strengths,
          improvements: report.improvements,
          questions: report.questions.map(toReportQuestion),
        },
        dsa: report.dsa ? toReportDsa(report.dsa) : null,
      },
      200,
    );
  });
}
