import type { DetectedRole, QuestionKind } from '../../domain/index.js';
import type { RoleFamily } from '../taxonomy.js';

/**
 * A point a good answer covers, with the words and phrases that show it is covered.
 * Cues are lower-case; a cue of five or more letters also matches longer words that start
 * with it ("idempoten" matches "idempotent" and "idempotency"), shorter cues match whole words.
 */
export interface KeyConcept {
  label: string;
  cues: readonly string[];
}

/** How an answer to a bank question is judged. */
export type RubricStyle =
  /** Situation, task, action, result: a story about something the candidate did. */
  | 'star'
  /** An open, narrative answer (an introduction, motivation): judged on relevance and specifics. */
  | 'open'
  /** A technical explanation: judged on coverage of the key concepts. */
  | 'technical';

/** One question of the offline bank. */
export interface BankQuestion {
  /** Stable id, used as `questionKey`. */
  id: string;
  kind: QuestionKind;
  /** The family whose pool holds the question, or `behavioral` for the shared behavioral pool. */
  family: RoleFamily | 'behavioral';
  /**
   * The question. `{skill}` is replaced by one of `skills` the candidate has, `{role}` by the
   * detected role's title.
   */
  text: string;
  /** Skills the question is about; a question with `{skill}` is asked only about one of these. */
  skills: readonly string[];
  keyConcepts: readonly KeyConcept[];
  rubric: RubricStyle;
  /** What a strong answer shows, in one sentence (used in feedback). */
  goodAnswer: string;
  /** Seniorities the question suits; empty means all. */
  seniority: readonly DetectedRole['seniority'][];
  /** Preferred as the first question of a session. */
  opener: boolean;
}

/** The compact form questions are written in: concepts as `label: cue, cue, cue`. */
export interface QuestionSpec {
  id: string;
  text: string;
  skills?: readonly string[];
  concepts: readonly string[];
  goodAnswer: string;
  rubric?: RubricStyle;
  seniority?: readonly DetectedRole['seniority'][];
  opener?: boolean;
}

/** Parses `label: cue, cue` concept specs. */
export function parseConcept(spec: string): KeyConcept {
  const colon = spec.indexOf(':');
  const label = (colon === -1 ? spec : spec.slice(0, colon)).trim();
  const cues = (colon === -1 ? label : spec.slice(colon + 1))
    .split(',')
    .map((cue) => cue.trim().toLowerCase())
    .filter((cue) => cue.length > 0);
  return { label, cues };
}

/** Turns compact specs into bank questions of one pool. */
export function defineQuestions(family: RoleFamily | 'behavioral', kind: QuestionKind, specs: readonly QuestionSpec[]): BankQuestion[] {
  return specs.map((spec) => ({
    id: spec.id,
    kind,
    family,
    text: spec.text,
    skills: spec.skills ?? [],
    keyConcepts: spec.concepts.map(parseConcept),
    rubric: spec.rubric ?? (kind === 'behavioral' ? 'star' : 'technical'),
    goodAnswer: spec.goodAnswer,
    seniority: spec.seniority ?? [],
    opener: spec.opener ?? false,
  }));
}
