import { NotFoundError, type Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { UploadResumeFormSchema, UploadResumeResponseSchema } from '../schemas/candidate-schemas.js';
import { errorResponses } from '../schemas/common-schemas.js';
import { toCandidate, toQuestion, toRoleDetails } from '../serializers.js';
import { createRouter } from './create-router.js';

const uploadResume = createRoute({
  method: 'post',
  path: '/upload-resume/',
  tags: ['Candidate'],
  summary: 'Upload a resume and start an interview',
  description:
    'Reads the resume (the file type is decided from its bytes, never from its name or declared type), detects the role, ' +
    'plans the interview and returns the first question. The answer holds `session_id`, the capability for every later call.',
  request: {
    body: { required: true, content: { 'multipart/form-data': { schema: UploadResumeFormSchema } } },
  },
  responses: {
    200: { description: 'The session and its first question.', content: { 'application/json': { schema: UploadResumeResponseSchema } } },
    ...errorResponses(400, 403, 404, 409, 410, 413, 415, 422, 429, 502, 503),
  },
});

/** `POST /api/upload-resume/`: resume in, first question out. */
export function createUploadResumeRoutes(coach: Coach) {
  return createRouter().openapi(uploadResume, async (c) => {
    const form = c.req.valid('form');
    const file = form.resume;
    // A draft (unpublished) template is not offered to candidates until the recruiter publishes it.
    if (!form.invitation && form.demo_id && !(await coach.templates.get({ id: form.demo_id })).published) {
      throw new NotFoundError({ entity: 'template', id: form.demo_id, message: 'No published interview with that id.' });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { session, question, questionNumber, totalQuestions } = await coach.interviews.start({
      resume: { bytes, fileName: file.name, declaredType: file.type },
      ...(form.invitation ? { invitationToken: form.invitation } : form.demo_id ? { templateId: form.demo_id } : {}),
      ...(form.job_description?.trim() ? { jobDescription: form.job_description.trim() } : {}),
      abortSignal: c.req.raw.signal,
    });
    return c.json(
      {
        session_id: session.id,
        demo_id: session.templateId,
        role: session.role.title,
        role_details: toRoleDetails(session),
        candidate: toCandidate(session),
        question: toQuestion(question),
        question_number: questionNumber,
        total_questions: totalQuestions,
        include_dsa: session.plan.includeDsa,
      },
      200,
    );
  });
}
