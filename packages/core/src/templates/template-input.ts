import { z } from 'zod';
import type { TemplateAuthoring, TemplateQuestion } from '../domain/index.js';
import { ValidationError } from '../errors/index.js';
import { zodIssues } from '../report/create-report-input.js';

/** At most this many fixed questions: an interview longer than that loses the candidate. */
export const MAX_FIXED_QUESTIONS = 20;
/** Planned questions (fixed plus generated) an authored interview may ask. */
export const MAX_QUESTION_COUNT = 30;

const question = z
  .object({
    text: z.string().trim().min(10, 'a question has at least 10 characters').max(500, 'a question has at most 500 characters'),
    kind: z.enum(['behavioral', 'technical']),
    keyPoints: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  })
  .strict();

const dsa = z
  .object({
    enabled: z.boolean(),
    difficulty: z.enum(['easy', 'medium', 'hard', 'auto']).default('auto'),
    languages: z
      .array(z.enum(['javascript', 'python']))
      .min(1)
      .max(2)
      .default(['javascript', 'python']),
  })
  .strict();

const fields = {
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000),
  role: z.string().trim().min(1).max(120),
  level: z.enum(['junior', 'mid', 'senior', 'lead']),
  jobDescription: z.string().trim().max(20_000).nullable(),
  questions: z.array(question).max(MAX_FIXED_QUESTIONS, `at most ${MAX_FIXED_QUESTIONS} fixed questions`),
  questionCount: z.number().int().min(1).max(MAX_QUESTION_COUNT),
  followUps: z.boolean(),
  dsa,
  published: z.boolean(),
};

const createSchema = z
  .object({
    ...fields,
    description: fields.description.default(''),
    jobDescription: fields.jobDescription.default(null),
    questions: fields.questions.default([]),
    followUps: fields.followUps.default(true),
    dsa: dsa.default({ enabled: true, difficulty: 'auto', languages: ['javascript', 'python'] }),
    published: fields.published.default(false),
  })
  .strict();

const changeSchema = z.object(fields).partial().strict();

/** What `templates.create` takes. */
export type TemplateCreateInput = z.input<typeof createSchema>;
/** What `templates.update` may change. */
export type TemplateChangeInput = z.input<typeof changeSchema>;

/** The validated content of an authored template. */
export interface TemplateContent {
  title: string;
  description: string;
  published: boolean;
  authoring: TemplateAuthoring;
}

/** Validates a new template; throws `ValidationError` with one issue per problem. */
export function parseTemplateCreate(input: unknown): TemplateContent {
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ message: 'Invalid interview template.', issues: zodIssues(parsed.error, 'template') });
  const { title, description, published, ...authoring } = parsed.data;
  return checkCounts({ title, description, published, authoring });
}

/** Validates a change and applies it to `current`; throws `ValidationError` with one issue per problem. */
export function applyTemplateChange(current: TemplateContent, input: unknown): TemplateContent {
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ message: 'Invalid interview template change.', issues: zodIssues(parsed.error, 'template') });
  const { title, description, published, ...authoring } = parsed.data;
  const defined = Object.fromEntries(Object.entries(authoring).filter(([, value]) => value !== undefined)) as Partial<TemplateAuthoring>;
  return checkCounts({
    title: title ?? current.title,
    description: description ?? current.description,
    published: published ?? current.published,
    authoring: { ...current.authoring, ...defined },
  });
}

// A rule across fields: zod's per-field checks cannot see that the count must cover the fixed questions.
function checkCounts(content: TemplateContent): TemplateContent {
  const { questions, questionCount } = content.authoring;
  if (questionCount < questions.length) {
    throw new ValidationError({
      message: `question_count (${questionCount}) must be at least the number of fixed questions (${questions.length}).`,
      issues: [{ path: 'template.questionCount', message: `must be at least ${questions.length}, the number of fixed questions` }],
    });
  }
  return content;
}

/**
 * How many planned questions of each kind an authored interview asks: its fixed questions, then
 * the generated ones alternating behavioral and technical (behavioral first), up to `questionCount`.
 */
export function plannedKinds(authoring: TemplateAuthoring): { behavioral: number; technical: number } {
  const fixed = countKinds(authoring.questions);
  const generated = Math.max(0, authoring.questionCount - authoring.questions.length);
  return { behavioral: fixed.behavioral + Math.ceil(generated / 2), technical: fixed.technical + Math.floor(generated / 2) };
}

function countKinds(questions: readonly TemplateQuestion[]): { behavioral: number; technical: number } {
  const behavioral = questions.filter((each) => each.kind === 'behavioral').length;
  return { behavioral, technical: questions.length - behavioral };
}
