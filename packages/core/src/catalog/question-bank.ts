import type { DetectedRole, QuestionKind } from '../domain/index.js';
import type { GenerateQuestionInput, GenerateQuestionOutput } from '../prompts/tasks.js';
import { extractSkills, isRoleFamily, type RoleFamily } from './taxonomy.js';
import { normalizeText, seededUnit, stableHash } from '../internal/text-matching.js';
import type { BankQuestion, KeyConcept, RubricStyle } from './questions/question-types.js';
import { BEHAVIORAL_QUESTIONS } from './questions/behavioral-questions.js';
import { BACKEND_QUESTIONS } from './questions/backend-questions.js';
import { FRONTEND_QUESTIONS } from './questions/frontend-questions.js';
import { FULLSTACK_QUESTIONS } from './questions/fullstack-questions.js';
import { DATA_QUESTIONS } from './questions/data-questions.js';
import { ML_QUESTIONS } from './questions/ml-questions.js';
import { MOBILE_QUESTIONS } from './questions/mobile-questions.js';
import { DEVOPS_QUESTIONS } from './questions/devops-questions.js';
import { SECURITY_QUESTIONS } from './questions/security-questions.js';
import { QA_QUESTIONS } from './questions/qa-questions.js';
import { MANAGEMENT_QUESTIONS } from './questions/management-questions.js';
import { PRODUCT_QUESTIONS } from './questions/product-questions.js';
import { DESIGN_QUESTIONS } from './questions/design-questions.js';
import { GENERAL_QUESTIONS } from './questions/general-questions.js';

export type { BankQuestion, KeyConcept, RubricStyle } from './questions/question-types.js';

/** Technical questions of each role family's own pool. */
export const TECHNICAL_QUESTIONS: Readonly<Record<RoleFamily, readonly BankQuestion[]>> = {
  backend: BACKEND_QUESTIONS,
  frontend: FRONTEND_QUESTIONS,
  fullstack: FULLSTACK_QUESTIONS,
  data: DATA_QUESTIONS,
  ml: ML_QUESTIONS,
  mobile: MOBILE_QUESTIONS,
  devops: DEVOPS_QUESTIONS,
  security: SECURITY_QUESTIONS,
  qa: QA_QUESTIONS,
  management: MANAGEMENT_QUESTIONS,
  product: PRODUCT_QUESTIONS,
  design: DESIGN_QUESTIONS,
  general: GENERAL_QUESTIONS,
};

export { BEHAVIORAL_QUESTIONS };

/** Every question of the bank. */
export const QUESTION_BANK: readonly BankQuestion[] = [...BEHAVIORAL_QUESTIONS, ...Object.values(TECHNICAL_QUESTIONS).flat()];

const BY_ID = new Map(QUESTION_BANK.map((question) => [question.id, question]));

/**
 * Pools a family draws technical questions from after its own, closest first: a full-stack
 * interview also uses frontend and backend questions, an ML one data questions.
 */
const RELATED_FAMILIES: Readonly<Record<RoleFamily, readonly RoleFamily[]>> = {
  backend: ['general', 'fullstack', 'devops'],
  frontend: ['general', 'fullstack', 'design'],
  fullstack: ['frontend', 'backend', 'general'],
  data: ['ml', 'general'],
  ml: ['data', 'general'],
  mobile: ['general', 'frontend'],
  devops: ['general', 'backend', 'security'],
  security: ['devops', 'general', 'backend'],
  qa: ['general', 'frontend'],
  management: ['general', 'product'],
  product: ['design', 'management'],
  design: ['product', 'frontend'],
  general: ['backend', 'frontend', 'fullstack'],
};

/** The base bank id of a question key: follow-up suffixes (`#follow-up…`) removed. */
export function baseQuestionKey(questionKey: string | null): string | null {
  if (!questionKey) return null;
  return questionKey.split('#')[0] ?? null;
}

/** The bank question with this key (follow-up suffixes ignored), if any. */
export function findBankQuestion(questionKey: string | null): BankQuestion | null {
  const base = baseQuestionKey(questionKey);
  return base ? (BY_ID.get(base) ?? null) : null;
}

function templatePattern(question: BankQuestion): RegExp {
  const parts = normalizeText(question.text)
    .split(/\{skill\}|\{role\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.{1,80}?')}$`);
}

const TEMPLATE_PATTERNS = new Map(QUESTION_BANK.map((question) => [question.id, templatePattern(question)]));

/** The bank question a question text was rendered from, if any. */
export function findQuestionByText(text: string): BankQuestion | null {
  const normalized = normalizeText(text).trim();
  for (const question of QUESTION_BANK) {
    if (TEMPLATE_PATTERNS.get(question.id)?.test(normalized)) return question;
  }
  return null;
}

const STOP_WORDS = new Set(
  'about above after again against also because been before being below between both could describe does doing during each explain from further give have having here how into just more most other over same should some such tell than that their them then there these they this those through time under until very walk were what when where which while with would your yours you'.split(
    ' ',
  ),
);

/** What the rubric judges an answer against. */
export interface QuestionRubric {
  question: BankQuestion | null;
  concepts: readonly KeyConcept[];
  style: RubricStyle;
  goodAnswer: string;
  /** For a follow-up: what it asked for (`result`, `ownership`, `concept`…), else null. */
  followUpFocus: string | null;
}

/**
 * The rubric for a question: the bank's concepts when the question comes from the bank
 * (by key, or by text), otherwise concepts derived from the question's own words and skills.
 */
export function rubricFor(options: {
  kind: QuestionKind;
  question: string;
  questionKey: string | null;
  keyPoints?: readonly string[] | undefined;
}): QuestionRubric {
  const followUpFocus = options.questionKey?.includes('#follow-up') ? (options.questionKey.split(':')[1] ?? 'general') : null;
  const bank = findBankQuestion(options.questionKey) ?? findQuestionByText(options.question);
  if (bank) return { question: bank, concepts: bank.keyConcepts, style: bank.rubric, goodAnswer: bank.goodAnswer, followUpFocus };
  // A hiring site's own question: its key points are the concepts the answer is looked through for.
  const keyPoints = (options.keyPoints ?? []).map((point) => point.trim()).filter(Boolean);
  if (keyPoints.length > 0) {
    const concepts: KeyConcept[] = keyPoints.slice(0, 8).map((point) => {
      const words = [...new Set(normalizeText(point).match(/[a-z][a-z-]{3,}/g) ?? [])].filter((word) => !STOP_WORDS.has(word));
      return { label: point, cues: [normalizeText(point).trim(), ...words].filter(Boolean) };
    });
    const style: RubricStyle = options.kind === 'technical' ? 'technical' : 'star';
    const goodAnswer = `An answer that covers ${keyPoints.join(', ')}, with a concrete example.`;
    return { question: null, concepts, style, goodAnswer, followUpFocus };
  }

  const normalized = normalizeText(options.question);
  const skills = extractSkills(options.question);
  const words = [...new Set(normalized.match(/[a-z][a-z-]{3,}/g) ?? [])].filter((word) => !STOP_WORDS.has(word));
  const concepts: KeyConcept[] = [
    ...skills.map((skill) => ({ label: skill, cues: [skill.toLowerCase()] })),
    ...words.slice(0, 8).map((word) => ({ label: word, cues: [word.length > 6 ? word.slice(0, Math.max(5, word.length - 3)) : word] })),
  ].slice(0, 8);
  const storyPrompt = /\b(tell me about a time|describe a (time|situation)|give (me )?an example|walk me through a time)\b/.test(normalized);
  const style: RubricStyle = options.kind === 'technical' ? 'technical' : storyPrompt ? 'star' : 'open';
  return {
    question: null,
    concepts,
    style,
    goodAnswer:
      style === 'technical'
        ? 'A correct explanation that covers the main concepts, with a concrete example and the trade-offs.'
        : 'A specific, first-person story with the situation, your actions and a measurable result.',
    followUpFocus,
  };
}

/** Renders a bank question's text for a candidate. */
export function renderQuestion(question: BankQuestion, slots: { skill: string | null; role: string }): string {
  const role = slots.role.trim() || 'software engineering';
  return question.text
    .replace(/\ba \{role\}/g, `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`)
    .replace(/\{role\}/g, role)
    .replace(/\{skill\}/g, slots.skill ?? question.skills[0] ?? 'your main technology');
}

interface Candidate {
  question: BankQuestion;
  skill: string | null;
  text: string;
  score: number;
}

function poolFor(kind: QuestionKind, family: RoleFamily): { question: BankQuestion; affinity: number }[] {
  if (kind === 'behavioral') return BEHAVIORAL_QUESTIONS.map((question) => ({ question, affinity: 3 }));
  const own = TECHNICAL_QUESTIONS[family].map((question) => ({ question, affinity: 3 }));
  const related = RELATED_FAMILIES[family].flatMap((other, index) => TECHNICAL_QUESTIONS[other].map((question) => ({ question, affinity: 1 - index * 0.25 })));
  const rest = (Object.keys(TECHNICAL_QUESTIONS) as RoleFamily[])
    .filter((other) => other !== family && !RELATED_FAMILIES[family].includes(other))
    .flatMap((other) => TECHNICAL_QUESTIONS[other].map((question) => ({ question, affinity: -4 })));
  return [...own, ...related, ...rest];
}

function familyOf(role: DetectedRole): RoleFamily {
  return isRoleFamily(role.family) ? role.family : 'general';
}

/**
 * Picks the next bank question for a session: of the requested kind, from the role family's
 * pool (then related pools), preferring questions about skills the candidate has, never one
 * already asked (by key or text), deterministic for the same input and seed.
 */
export function chooseQuestion(input: GenerateQuestionInput): GenerateQuestionOutput {
  const family = familyOf(input.role);
  const askedKeys = new Set(input.previousQuestions.map((previous) => baseQuestionKey(previous.questionKey)).filter((key): key is string => key !== null));
  const askedTexts = new Set(input.previousQuestions.map((previous) => normalizeText(previous.question).trim()));
  const candidateSkills = [...new Set([...input.skills, ...input.role.matchedSkills])];
  const jobSkills = new Set(input.jobDescription ? extractSkills(input.jobDescription) : []);
  const skillSet = new Set(candidateSkills.map((skill) => skill.toLowerCase()));
  const isFirstOfKind = !input.previousQuestions.some((previous) => previous.kind === input.kind);

  const candidates: Candidate[] = [];
  for (const { question, affinity } of poolFor(input.kind, family)) {
    if (askedKeys.has(question.id)) continue;
    const overlap = question.skills.filter((skill) => skillSet.has(skill.toLowerCase()));
    const hasSlot = question.text.includes('{skill}');
    const ordered = [...overlap].sort(
      (a, b) => candidateSkills.findIndex((s) => s.toLowerCase() === a.toLowerCase()) - candidateSkills.findIndex((s) => s.toLowerCase() === b.toLowerCase()),
    );
    const skill = hasSlot ? (ordered.length > 0 ? (ordered[stableHash(`${input.seed}:${question.id}`) % Math.min(2, ordered.length)] ?? null) : null) : null;
    const text = renderQuestion(question, { skill, role: input.role.title });
    if (askedTexts.has(normalizeText(text).trim())) continue;

    let score = affinity + seededUnit(input.seed, question.id) * 2.5;
    if (overlap.length > 0) score += 2 + Math.min(overlap.length - 1, 2) * 0.25;
    if (question.skills.some((s) => jobSkills.has(s))) score += 1;
    // A skill-specific question about a skill the candidate never mentioned rings false.
    if (hasSlot && overlap.length === 0) score -= 6;
    if (question.seniority.length > 0 && !question.seniority.includes(input.role.seniority)) score -= 5;
    if (question.opener) score += isFirstOfKind && input.questionNumber <= 1 ? 6 : -4;
    candidates.push({ question, skill, text, score });
  }

  candidates.sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id));
  const best = candidates[0];
  if (best) return { question: best.text, questionKey: best.question.id };

  // Every bank question of this kind was asked: ask about the candidate's own work instead.
  const skill = candidateSkills[input.previousQuestions.length % Math.max(1, candidateSkills.length)] ?? 'your main area of expertise';
  const number = input.previousQuestions.length + 1;
  return {
    question:
      input.kind === 'behavioral'
        ? `Tell me about another situation from your recent work that you have not mentioned yet (number ${number} in this session): what was at stake, what did you do, and what was the result?`
        : `Pick a hard problem you solved with ${skill} that we have not discussed yet (topic ${number} in this session). What made it hard, which options did you consider, and why did you choose the one you did?`,
    questionKey: `open-${input.kind}-${number}`,
  };
}
