import type {
  AnsweredTurn,
  AnswerResult,
  Candidate,
  CombinedReport,
  DsaMessage,
  DsaProblem,
  DsaReply,
  DsaRoundState,
  Evaluation,
  FinalFeedback,
  InterviewChoice,
  PseudocodeResult,
  Question,
  ReportDsaPart,
  ReportQuestion,
  SessionState,
  SessionStateName,
  StartedSession,
} from './api-types.js';
import { CoachApiError } from './coach-api-error.js';

/*
 * The server's JSON is untrusted input for the widget: these readers turn it into the typed
 * models the component renders, coercing what can be coerced and failing with
 * `INVALID_RESPONSE` when a required field is missing, so a server change cannot render
 * `undefined` or break the page.
 */

type Json = Record<string, unknown>;

function invalid(what: string): never {
  throw new CoachApiError({ code: 'INVALID_RESPONSE', message: `The server's answer has no valid ${what}.`, status: 200 });
}

function object(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function requireObject(value: unknown, what: string): Json {
  return object(value) ?? invalid(what);
}

function text(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}

function optionalText(value: unknown): string | null {
  const result = text(value);
  return result ? result : null;
}

function requireText(value: unknown, what: string): string {
  const result = text(value);
  return result ? result : invalid(what);
}

function number(value: unknown): number | null {
  const result = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof result === 'number' && Number.isFinite(result) ? result : null;
}

function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => text(object(item)?.['quote'] ?? object(item)?.['text'] ?? item)).filter(Boolean);
}

function boolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function firstDefined(source: Json, ...keys: string[]): unknown {
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) return source[key];
  return undefined;
}

function roleName(value: unknown): string {
  return text(object(value)?.['title'] ?? value);
}

export function readQuestion(value: unknown): Question {
  const source = requireObject(value, 'question');
  const kind = source['kind'] === 'technical' ? 'technical' : 'behavioral';
  return {
    id: requireText(source['id'], 'question id'),
    text: requireText(firstDefined(source, 'text', 'question'), 'question text'),
    kind,
    isFollowUp: source['is_follow_up'] === true,
  };
}

export function readInterviewChoices(value: unknown): InterviewChoice[] {
  const list = Array.isArray(value) ? value : object(value)?.['demos'];
  if (!Array.isArray(list)) invalid('list of interviews');
  return list.map((item) => {
    const source = requireObject(item, 'interview');
    return {
      id: requireText(source['id'], 'interview id'),
      title: text(source['title'], text(source['id'])),
      description: text(source['description']),
      includeDsa: boolean(firstDefined(source, 'include_dsa', 'includeDsa')),
    };
  });
}

function readCandidate(value: unknown): Candidate {
  const source = object(value) ?? {};
  return { name: text(source['name']), email: text(source['email']) };
}

export function readStartedSession(value: unknown): StartedSession {
  const source = requireObject(value, 'session');
  const question = readQuestion(source['question']);
  return {
    sessionId: requireText(source['session_id'], 'session id'),
    role: roleName(source['role']),
    candidate: readCandidate(source['candidate']),
    question,
    questionNumber: number(source['question_number']) ?? 1,
    totalQuestions: number(source['total_questions']) ?? 1,
    includeDsa: boolean(firstDefined(source, 'include_dsa', 'includeDsa')),
  };
}

export function readEvaluation(value: unknown): Evaluation {
  const source = requireObject(value, 'evaluation');
  return {
    score: number(source['score']) ?? invalid('score'),
    feedback: text(source['feedback']),
    scoring: texts(source['scoring']),
    evidence: texts(source['evidence']),
    strengths: texts(source['strengths']),
    improvements: texts(source['improvements']),
  };
}

export function readAnswerResult(value: unknown): AnswerResult {
  const source = requireObject(value, 'answer result');
  const next = source['next_question'];
  return {
    evaluation: readEvaluation(source['evaluation']),
    nextQuestion: next === null || next === undefined ? null : readQuestion(next),
    isFinal: source['is_final'] === true || next === null || next === undefined,
    questionNumber: number(source['question_number']) ?? 1,
    totalQuestions: number(source['total_questions']),
  };
}

function readReportQuestion(value: unknown): ReportQuestion {
  const source = object(value) ?? {};
  const evaluation = object(source['evaluation']) ?? {};
  const kind = source['kind'];
  return {
    question: text(firstDefined(source, 'question', 'text')),
    kind: kind === 'technical' || kind === 'behavioral' ? kind : null,
    answer: text(source['answer']),
    score: number(firstDefined(source, 'score') ?? evaluation['score']) ?? 0,
    feedback: text(firstDefined(source, 'feedback') ?? evaluation['feedback']),
    evidence: texts(firstDefined(source, 'evidence') ?? evaluation['evidence']),
  };
}

export function readFinalFeedback(value: unknown): FinalFeedback {
  const source = requireObject(value, 'final feedback');
  return {
    overallScore: number(source['overall_score']) ?? invalid('overall score'),
    summary: text(source['summary']),
    strengths: texts(source['strengths']),
    improvements: texts(source['improvements']),
    questions: Array.isArray(source['questions']) ? source['questions'].map(readReportQuestion) : [],
    reportId: optionalText(source['report_id']),
  };
}

export function readDsaProblem(value: unknown): DsaProblem {
  const source = requireObject(object(value)?.['question'] ?? value, 'DSA problem');
  const examples = Array.isArray(source['examples']) ? source['examples'] : [];
  return {
    id: text(source['id']),
    title: requireText(source['title'], 'DSA problem title'),
    prompt: text(firstDefined(source, 'prompt', 'description')),
    examples: examples.map((item) => {
      const example = object(item) ?? {};
      return { input: text(example['input']), output: text(example['output']), explanation: text(example['explanation']) };
    }),
    languages: Array.isArray(source['languages']) ? source['languages'].filter((language): language is string => typeof language === 'string') : ['pseudocode'],
    signatures: Object.fromEntries(
      Object.entries(object(source['signatures']) ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
  };
}

export function readPseudocodeResult(value: unknown): PseudocodeResult {
  const source = requireObject(value, 'pseudocode feedback');
  return {
    feedback: text(source['feedback']),
    score: number(source['score']),
    followUp: optionalText(source['follow_up']),
    done: source['done'] === true,
  };
}

export function readDsaReply(value: unknown): DsaReply {
  const source = requireObject(value, 'interviewer reply');
  return {
    reply: text(source['reply']),
    followUp: optionalText(source['follow_up']),
    done: source['done'] === true,
    score: number(source['score']),
  };
}

function partScore(value: unknown): number | null {
  return number(value) ?? number(object(value)?.['score']) ?? number(object(value)?.['overall_score']);
}

function readDsaPart(value: unknown): ReportDsaPart | null {
  const source = object(value);
  if (!source) return null;
  const score = number(source['score']);
  if (score === null) return null;
  return {
    title: text(firstDefined(source, 'problem_title', 'title')),
    score,
    feedback: text(source['feedback']),
    approach: optionalText(source['approach']),
    timeComplexity: optionalText(source['time_complexity']),
    code: (object(source['code']) as ReportDsaPart['code']) ?? null,
  };
}

/** Reads the combined report; parts the combined answer leaves out come from the final feedback. */
export function readCombinedReport(value: unknown, finalFeedback: FinalFeedback | null): CombinedReport {
  const source = requireObject(value, 'report');
  const behavioral = object(source['behavioral']) ?? {};
  const questionsSource = firstDefined(source, 'questions') ?? behavioral['questions'];
  const questions = Array.isArray(questionsSource) ? questionsSource.map(readReportQuestion) : (finalFeedback?.questions ?? []);
  const dsa = readDsaPart(source['dsa']);
  return {
    reportId: optionalText(source['report_id']) ?? finalFeedback?.reportId ?? null,
    overallScore: number(source['overall_score']) ?? finalFeedback?.overallScore ?? invalid('overall score'),
    behavioralScore: number(source['behavioral_score']) ?? partScore(behavioral['behavioral_score']) ?? averageOf(questions, 'behavioral'),
    technicalScore: number(source['technical_score']) ?? partScore(behavioral['technical_score']) ?? averageOf(questions, 'technical'),
    dsaScore: dsa?.score ?? number(source['dsa_score']),
    summary: text(firstDefined(source, 'summary') ?? behavioral['summary'], finalFeedback?.summary ?? ''),
    strengths: texts(firstDefined(source, 'strengths') ?? behavioral['strengths'] ?? finalFeedback?.strengths),
    improvements: texts(firstDefined(source, 'improvements') ?? behavioral['improvements'] ?? finalFeedback?.improvements),
    questions,
    dsa,
  };
}

/** Mean score of the answered questions of a kind, or null when there are none. */
export function averageOf(questions: readonly ReportQuestion[], kind: 'behavioral' | 'technical'): number | null {
  const scores = questions.filter((question) => question.kind === kind).map((question) => question.score);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
}

function readDsaMessage(value: unknown): DsaMessage | null {
  const source = object(value);
  if (!source) return null;
  const content = text(source['text']);
  if (!content) return null;
  const kind = source['kind'];
  return {
    role: source['role'] === 'candidate' ? 'candidate' : 'interviewer',
    kind: kind === 'pseudocode' || kind === 'message' || kind === 'feedback' || kind === 'follow_up' ? kind : 'message',
    text: content,
  };
}

/** Reads a DSA round: the answer of `get-dsa-question` or the `dsa` of a session state. */
export function readDsaRound(value: unknown): DsaRoundState | null {
  const source = object(value);
  if (!source) return null;
  const problemSource = firstDefined(source, 'problem', 'question');
  if (!object(problemSource)) return null;
  const messages = Array.isArray(source['messages']) ? source['messages'] : [];
  const evaluation = object(source['evaluation']);
  return {
    problem: readDsaProblem(problemSource),
    messages: messages.map(readDsaMessage).filter((message): message is DsaMessage => message !== null),
    submissions: number(source['submissions']) ?? 0,
    score: number(source['score']) ?? number(evaluation?.['score']),
    done: source['done'] === true,
  };
}

function readTurn(value: unknown): AnsweredTurn | null {
  const source = object(value);
  if (!source) return null;
  const answer = source['answer'];
  if (typeof answer !== 'string') return null;
  const evaluation = object(source['evaluation']);
  return {
    questionId: text(firstDefined(source, 'question_id', 'id')),
    question: text(firstDefined(source, 'question', 'text')),
    kind: source['kind'] === 'technical' ? 'technical' : 'behavioral',
    answer,
    evaluation: evaluation && number(evaluation['score']) !== null ? readEvaluation(evaluation) : null,
  };
}

const stateNames: readonly SessionStateName[] = ['interviewing', 'questions_done', 'completed'];

export function readSessionState(value: unknown): SessionState {
  const source = requireObject(value, 'session state');
  const session = object(source['session']) ?? {};
  const state = firstDefined(source, 'state') ?? session['state'];
  const question = firstDefined(source, 'current_question', 'question');
  const turns = firstDefined(source, 'turns', 'answered');
  const plan = object(firstDefined(source, 'plan') ?? session['plan']);
  return {
    sessionId: requireText(firstDefined(source, 'session_id', 'id') ?? session['id'], 'session id'),
    state: stateNames.includes(state as SessionStateName) ? (state as SessionStateName) : invalid('session state'),
    role: roleName(firstDefined(source, 'role') ?? session['role']),
    candidate: readCandidate(firstDefined(source, 'candidate')),
    templateId: optionalText(firstDefined(source, 'template_id', 'demo_id') ?? session['template_id']),
    includeDsa: boolean(firstDefined(source, 'include_dsa') ?? plan?.['include_dsa'] ?? plan?.['includeDsa']),
    question: object(question) ? readQuestion(question) : null,
    questionNumber: number(source['question_number']) ?? 1,
    totalQuestions: number(source['total_questions']) ?? 1,
    turns: Array.isArray(turns) ? turns.map(readTurn).filter((turn): turn is AnsweredTurn => turn !== null) : [],
    dsa: readDsaRound(firstDefined(source, 'dsa', 'dsa_round')),
    reportId: optionalText(firstDefined(source, 'report_id') ?? session['report_id']),
  };
}
