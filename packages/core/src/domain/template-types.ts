/** The seniority an authored interview is pitched at. */
export type TemplateLevel = 'junior' | 'mid' | 'senior' | 'lead';

/** How hard the coding round of an authored interview is; `auto` follows the detected seniority. */
export type TemplateDsaDifficulty = 'easy' | 'medium' | 'hard' | 'auto';

/** A question the hiring site wrote; asked word for word, before any generated one. */
export interface TemplateQuestion {
  text: string;
  kind: 'behavioral' | 'technical';
  /** The concepts a good answer covers; the rubric looks for them. */
  keyPoints: string[];
}

/**
 * What a hiring site wrote for an interview it authored. Starter templates have none: their
 * questions are all generated from the counts on {@link InterviewTemplate}.
 */
export interface TemplateAuthoring {
  /** The job title the interview is for, e.g. "Platform Engineer". */
  role: string;
  level: TemplateLevel;
  jobDescription: string | null;
  /** Asked first, in this order. */
  questions: TemplateQuestion[];
  /** Fixed plus generated planned questions (follow-ups come on top). */
  questionCount: number;
  followUps: boolean;
  dsa: { enabled: boolean; difficulty: TemplateDsaDifficulty; languages: ('javascript' | 'python')[] };
}

/** An interview a candidate can choose (shown in the widget's template picker). */
export interface InterviewTemplate {
  /** A stable slug, e.g. `software-engineer`. */
  id: string;
  title: string;
  description: string;
  /** A role family to focus on (see the offline taxonomy), or null to detect it from the resume. */
  roleFocus: string | null;
  behavioralQuestions: number;
  technicalQuestions: number;
  /** Whether the widget offers the DSA round by default after the questions. */
  includeDsa: boolean;
  /** What the hiring site wrote; null for starter templates. */
  authoring: TemplateAuthoring | null;
  /** Unpublished templates are listed to recruiters only, never in the demos. */
  published: boolean;
  /** Set when archived: gone from the demos and from new interviews; reports keep their link. */
  archivedAt: string | null;
  /** Optimistic-concurrency version, incremented by every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One change to a template, kept for the audit trail. */
export interface TemplateAuditEntry {
  id: string;
  templateId: string;
  /** The template's version after the change. */
  version: number;
  action: 'created' | 'updated' | 'archived';
  /** The template as the change left it. */
  snapshot: InterviewTemplate;
  createdAt: string;
}
