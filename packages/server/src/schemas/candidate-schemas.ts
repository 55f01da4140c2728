import { z } from '@hono/zod-openapi';
import { EvaluationSchema, idString, nullable, plainString, QuestionSchema, text } from './common-schemas.js';

export const DemoSchema = z
  .object({
    id: z.string().openapi({ example: 'software-engineer' }),
    title: z.string(),
    description: z.string(),
    role_focus: z.string().nullable(),
    behavioral_questions: z.number().int(),
    technical_questions: z.number().int(),
    include_dsa: z.boolean(),
  })
  .openapi('Demo');

export const DemoListSchema = z.array(DemoSchema).openapi('DemoList');

export const CandidateSchema = z.object({ name: z.string().nullable(), email: z.string().nullable() }).openapi('Candidate');

export const RoleDetailsSchema = z
  .object({
    title: z.string(),
    family: z.string(),
    seniority: z.enum(['junior', 'mid', 'senior', 'lead']),
    matched_skills: z.array(z.string()),
  })
  .openapi('RoleDetails');

export const UploadResumeFormSchema = z
  .object({
    resume: z
      .custom<File>((value) => value instanceof File, { message: 'resume must be a file' })
      .openapi({ type: 'string', format: 'binary', description: 'PDF, PNG or JPEG (DOCX welcome). The type is read from the content.' }),
    demo_id: plainString(200).optional().openapi({ description: 'A demo (template) id from GET /api/demos/.' }),
    invitation: plainString(64).optional().openapi({
      description: "A personal link's token (instead of `demo_id`): the interview is the invitation's; 409 `INVITATION_USED`, 410 `INVITATION_EXPIRED`.",
    }),
    job_description: text('Optional job description the questions should target.').optional(),
  })
  .openapi('UploadResumeRequest');

export const UploadResumeResponseSchema = z
  .object({
    session_id: z.string().openapi({ description: 'An unguessable capability: whoever holds it can continue the interview.' }),
    demo_id: z.string(),
    role: z.string().openapi({ description: 'The detected role, e.g. `Backend Engineer`.' }),
    role_details: RoleDetailsSchema,
    candidate: CandidateSchema,
    question: QuestionSchema,
    question_number: z.number().int().min(1),
    total_questions: z.number().int().min(1),
    include_dsa: z.boolean(),
  })
  .openapi('UploadResumeResponse');

export const SubmitAnswerBodySchema = z
  .object({
    session_id: idString('The session id.'),
    question_id: idString('The id of the question being answered.'),
    answer: text('The answer, as typed or transcribed.'),
  })
  .openapi('SubmitAnswerRequest');

export const SubmitAnswerResponseSchema = z
  .object({
    evaluation: EvaluationSchema,
    next_question: nullable(QuestionSchema),
    is_final: z.boolean(),
    question_number: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'Planned number of the next question; a follow-up keeps the number of the question it follows.' }),
    total_questions: z.number().int().min(1).openapi({ description: 'Planned questions; follow-ups do not add to it.' }),
  })
  .openapi('SubmitAnswerResponse');

export const FeedbackQuestionSchema = z
  .object({
    question: z.string(),
    kind: z.enum(['behavioral', 'technical']),
    answer: z.string(),
    score: z.number().min(0).max(10),
    feedback: z.string(),
    evidence: z.array(z.string()),
    evidence_status: z.enum(['sufficient', 'insufficient_evidence']),
  })
  .openapi('FeedbackQuestion');

export const FinalFeedbackResponseSchema = z
  .object({
    overall_score: z.number().min(0).max(10),
    summary: z.string(),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
    questions: z.array(FeedbackQuestionSchema),
    report_id: z.string(),
    include_dsa: z.boolean(),
  })
  .openapi('FinalFeedbackResponse');

export const DsaProblemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    prompt: z.string(),
    examples: z.array(z.object({ input: z.string(), output: z.string(), explanation: z.string().optional() })),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    topics: z.array(z.string()),
  })
  .openapi('DsaProblem');

export const DsaMessageSchema = z
  .object({
    role: z.enum(['candidate', 'interviewer']),
    kind: z.enum(['pseudocode', 'message', 'feedback', 'follow_up']),
    text: z.string(),
    at: z.string(),
  })
  .openapi('DsaMessage');

export const DsaEvaluationSchema = z
  .object({
    score: z.number().min(0).max(10),
    feedback: z.string(),
    approach: z.string().nullable(),
    time_complexity: z.string().nullable(),
    space_complexity: z.string().nullable(),
    edge_cases_handled: z.array(z.string()),
    edge_cases_missed: z.array(z.string()),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
  })
  .openapi('DsaEvaluation');

export const CodeLanguageSchema = z.enum(['javascript', 'python']).openapi('CodeLanguage');

export const DsaQuestionSchema = DsaProblemSchema.extend({
  languages: z.array(z.enum(['pseudocode', 'javascript', 'python'])).openapi({
    description: 'What the solution may be written in: pseudocode always, then the runnable languages this server offers for the problem.',
    example: ['pseudocode', 'javascript', 'python'],
  }),
  signatures: z.object({ javascript: z.string().optional(), python: z.string().optional() }).openapi({
    description: 'The starting code per runnable language offered.',
    example: { javascript: 'function twoSum(nums, target) {\n}', python: 'def two_sum(nums, target):\n    pass' },
  }),
}).openapi('DsaQuestion');

export const DsaCodeSubmissionSchema = z
  .object({
    id: z.string(),
    language: CodeLanguageSchema,
    code: z.string(),
    status: z.enum(['passed', 'failed', 'error', 'timeout', 'memory_limit']),
    tests_passed: z.number().int(),
    tests_total: z.number().int(),
    score: z.number().min(0).max(10).openapi({ description: 'The score from the tests alone: 10 × share passed, minus 2 when the large inputs time out.' }),
    timing_note: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('DsaCodeSubmission');

export const DsaQuestionResponseSchema = z
  .object({
    question: DsaQuestionSchema,
    messages: z.array(DsaMessageSchema).openapi({ description: 'The conversation so far (empty for a new round).' }),
    submissions: z.number().int(),
    code_submissions: z.array(DsaCodeSubmissionSchema).openapi({ description: 'Runnable code submitted so far, oldest first.' }),
    done: z.boolean(),
  })
  .openapi('DsaQuestionResponse');

const MAX_CODE_CHARS = 20_000;

export const CodeBodySchema = z
  .object({
    session_id: idString('The session id.'),
    language: z
      .string()
      .min(1)
      .max(32)
      .openapi({ description: 'One of `question.languages` other than `pseudocode`: `javascript` or `python`.', example: 'javascript' }),
    code: z.string().openapi({ description: `The source code, at most ${MAX_CODE_CHARS} characters (413 CODE_TOO_LONG beyond).` }),
  })
  .openapi('CodeRequest');

export const CodeStatusSchema = z.enum(['passed', 'failed', 'error', 'timeout', 'memory_limit']).openapi('CodeStatus', {
  description: '`error`: a syntax or runtime error (the message says which and where); `timeout` / `memory_limit`: a limit stopped the code.',
});

export const CodeTestCaseSchema = z
  .object({
    name: z.string(),
    passed: z.boolean(),
    hidden: z.boolean().openapi({ description: 'Hidden tests show only their name and whether they passed.' }),
    input: z.array(z.unknown()).optional().openapi({ description: 'The arguments (visible tests only).' }),
    expected: z.unknown().optional(),
    actual: z.unknown().optional(),
    error: z.string().nullable().optional(),
    time_ms: z.number().optional(),
  })
  .openapi('CodeTestCase');

export const CodeTestsSchema = z.object({ passed: z.number().int(), total: z.number().int(), cases: z.array(CodeTestCaseSchema) }).openapi('CodeTests');

export const RunCodeResponseSchema = z
  .object({
    status: CodeStatusSchema,
    message: z.string().nullable().openapi({ description: 'Why the code did not load or the run stopped.' }),
    tests: CodeTestsSchema,
  })
  .openapi('RunCodeResponse');

export const SubmitCodeResponseSchema = z
  .object({
    score: z.number().min(0).max(10),
    feedback: z.string(),
    status: CodeStatusSchema,
    message: z.string().nullable(),
    timing_note: z.string().nullable(),
    tests: CodeTestsSchema,
    follow_up: z.string().nullable(),
    done: z.boolean(),
  })
  .openapi('SubmitCodeResponse');

export const SubmitPseudocodeBodySchema = z
  .object({ session_id: idString('The session id.'), pseudocode: text('The approach, in pseudocode or prose.') })
  .openapi('SubmitPseudocodeRequest');

export const SubmitPseudocodeResponseSchema = z
  .object({
    feedback: z.string(),
    score: z.number().min(0).max(10),
    follow_up: z.string().nullable(),
    done: z.boolean(),
    evaluation: nullable(DsaEvaluationSchema),
  })
  .openapi('SubmitPseudocodeResponse');

export const ContinuePseudocodeBodySchema = z
  .object({ session_id: idString('The session id.'), message: text("The candidate's reply to the follow-up.") })
  .openapi('ContinuePseudocodeRequest');

export const ContinuePseudocodeResponseSchema = z
  .object({
    reply: z.string(),
    follow_up: z.string().nullable(),
    done: z.boolean(),
    score: z.number().min(0).max(10).nullable(),
  })
  .openapi('ContinuePseudocodeResponse');

export const TextToSpeechBodySchema = z.object({ text: text('The text to speak.') }).openapi('TextToSpeechRequest');

export const SessionTurnSchema = z
  .object({
    id: z.string(),
    number: z.number().int().min(1),
    kind: z.enum(['behavioral', 'technical']),
    question: z.string(),
    is_follow_up: z.boolean(),
    answer: z.string().nullable(),
    answered_at: z.string().nullable(),
    evaluation: nullable(EvaluationSchema),
  })
  .openapi('SessionTurn');

export const SessionStateResponseSchema = z
  .object({
    session_id: z.string(),
    demo_id: z.string(),
    state: z.enum(['interviewing', 'questions_done', 'completed']),
    role: z.string(),
    role_details: RoleDetailsSchema,
    candidate: CandidateSchema,
    include_dsa: z.boolean(),
    question: nullable(QuestionSchema).openapi({ description: 'The unanswered question, or null when every question is answered.' }),
    question_number: z.number().int().min(1),
    total_questions: z.number().int().min(1),
    turns: z.array(SessionTurnSchema),
    final_feedback: z.object({ overall_score: z.number(), summary: z.string(), strengths: z.array(z.string()), improvements: z.array(z.string()) }).nullable(),
    dsa: nullable(DsaQuestionResponseSchema.extend({ evaluation: nullable(DsaEvaluationSchema) })),
    report_id: z.string().nullable(),
    created_at: z.string(),
    last_activity_at: z.string(),
  })
  .openapi('SessionState');
