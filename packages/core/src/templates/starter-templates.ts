import type { DetectedRole, InterviewTemplate } from '../domain/index.js';

/** A starter template as written here: everything but what storage and authoring keep. */
export type StarterTemplate = Omit<InterviewTemplate, 'createdAt' | 'updatedAt' | 'version' | 'published' | 'archivedAt' | 'authoring'>;

/** The id of the template used when a caller names none. */
export const DEFAULT_TEMPLATE_ID = 'software-engineer';

/**
 * The templates `seedStarterTemplates` installs (the original system's demo set). The first
 * one, `software-engineer`, is the default of `interviews.start`. Role families are those of
 * the offline taxonomy; `roleFocus: null` detects the role from the resume.
 */
export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  {
    id: DEFAULT_TEMPLATE_ID,
    title: 'Software Engineer',
    description:
      'A general software-engineering interview tailored to your resume: the role is detected from your experience, then three behavioral and three technical questions, followed by a data-structures-and-algorithms round.',
    roleFocus: null,
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'frontend-engineer',
    title: 'Frontend Engineer',
    description:
      'Browser rendering, JavaScript and TypeScript, component architecture, accessibility and web performance, plus behavioral questions and a DSA round.',
    roleFocus: 'frontend',
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'backend-engineer',
    title: 'Backend Engineer',
    description: 'APIs, databases, caching, concurrency and distributed systems, plus behavioral questions and a DSA round.',
    roleFocus: 'backend',
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'data-scientist',
    title: 'Data Scientist',
    description: 'Statistics, experimentation, SQL and modelling trade-offs, how you communicate findings, and a DSA round.',
    roleFocus: 'data',
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'ml-engineer',
    title: 'Machine Learning Engineer',
    description: 'Training and serving models, evaluation, data pipelines and ML systems in production, plus behavioral questions and a DSA round.',
    roleFocus: 'ml',
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'devops-sre',
    title: 'DevOps / Site Reliability Engineer',
    description: 'Infrastructure as code, CI/CD, observability, incident response and reliability trade-offs, plus behavioral questions and a DSA round.',
    roleFocus: 'devops',
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'mobile-engineer',
    title: 'Mobile Engineer',
    description: 'iOS and Android app architecture, offline data, performance and releases, plus behavioral questions and a DSA round.',
    roleFocus: 'mobile',
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'engineering-manager',
    title: 'Engineering Manager',
    description: 'People leadership, delivery, hiring, conflict and technical direction: four behavioral and two technical questions, no coding round.',
    roleFocus: 'management',
    behavioralQuestions: 4,
    technicalQuestions: 2,
    includeDsa: false,
  },
  {
    id: 'product-manager',
    title: 'Product Manager',
    description: 'Product sense, prioritisation, metrics and working with engineering and design: four behavioral and two product questions, no coding round.',
    roleFocus: 'product',
    behavioralQuestions: 4,
    technicalQuestions: 2,
    includeDsa: false,
  },
  {
    id: 'new-grad',
    title: 'New Graduate Software Engineer',
    description:
      'An entry-level interview for students and recent graduates: projects, internships and fundamentals at a junior level, followed by a DSA round.',
    roleFocus: null,
    behavioralQuestions: 3,
    technicalQuestions: 3,
    includeDsa: true,
  },
  {
    id: 'quick-practice',
    title: 'Quick Practice',
    description: 'A short warm-up: one behavioral and two technical questions tailored to your resume, no coding round.',
    roleFocus: null,
    behavioralQuestions: 1,
    technicalQuestions: 2,
    includeDsa: false,
  },
];

/**
 * Seniority fixed by a starter template regardless of the resume. Templates carry no seniority
 * field, so the level of the `new-grad` interview is kept here, keyed by template id.
 */
export const TEMPLATE_SENIORITY: Readonly<Record<string, DetectedRole['seniority']>> = {
  'new-grad': 'junior',
};
