/**
 * Runs the offline judge over the labelled corpus and measures what it claims against the
 * labels: denials of present elements, quotes under the wrong label, DSA scores per class,
 * complexity misquotes, grammar issues and determinism. Shared by `npm run bench:judge` and
 * the corpus tests, so the numbers printed are the numbers asserted.
 */
import { createOfflineInterviewer } from '../../src/adapters/offline/offline-interviewer.js';
import { findDsaProblem, toProblemBrief } from '../../src/catalog/dsa-bank.js';
import { checkGrammar } from '../../src/internal/grammar-check.js';
import { splitSentences } from '../../src/internal/text-matching.js';
import type { DsaFeedbackOutput, EvaluateAnswerOutput } from '../../src/prompts/tasks.js';
import { ANSWERS, ANSWER_ROLE, type AnswerElement, type LabelledAnswer } from './answers.js';
import { SUBMISSIONS, type DsaClass, type LabelledSubmission } from './dsa-submissions.js';

const interviewer = createOfflineInterviewer();

async function run<T>(task: string, input: unknown): Promise<T> {
  const result = await interviewer.generateObject({ task: { name: task, version: 1 }, input, system: '', prompt: '', schema: {}, schemaName: task });
  return result.object as T;
}

/** Phrases by which the judge would claim an element is missing. */
const DENIALS: Readonly<Record<AnswerElement, RegExp>> = {
  situation: /could not find[^.;]*\bthe situation\b|no clear situation|Open with the situation|Can you set the scene/i,
  task: /could not find[^.;]*\bthe task\b|Say what you personally were responsible for/i,
  action: /could not find[^.;]*your own actions|Describe the specific steps you took yourself|no clear[^.]*action/i,
  result: /could not find[^.;]*\bthe result\b|I could not find the result|Close with the result|no clear[^.]*result/i,
  figures: /could not find (a figure|figures)|no figures|Add concrete numbers|stays general/i,
  reflection: /could not find[^.;]*(reflection|what you learned)/i,
  example: /could not find a concrete example|no concrete example|Add a concrete example/i,
  tradeoffs: /could not find a trade-off|does not discuss trade-offs|Name the trade-offs/i,
  skills: /could not find[^.;]*skills that fit the role|Not covered:[^.]*skills that fit the role/i,
};

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which labelled element a strength's head stands for. */
const STRENGTH_ELEMENTS: readonly [RegExp, AnswerElement | 'concepts'][] = [
  [/^Sets up the context/, 'situation'],
  [/^Describes your own actions/, 'action'],
  [/^Shows clear personal ownership/, 'action'],
  [/^States the outcome/, 'result'],
  [/^Backs the story with figures|^Uses concrete figures/, 'figures'],
  [/^Reflects on what was learned/, 'reflection'],
  [/^Grounds the explanation in a concrete example/, 'example'],
  [/^Discusses trade-offs/, 'tradeoffs'],
  [/^Names the skills/, 'skills'],
  [/^Covers /, 'concepts'],
];

export interface AnswerFinding {
  id: string;
  kind: 'denial' | 'mislabelled-quote' | 'not-verbatim' | 'grammar';
  detail: string;
}

/** The sentence (or bullet line) of the answer that contains a quote, or null when it is not verbatim. */
function sentenceOf(answer: string, quoted: string): string | null {
  const index = answer.indexOf(quoted);
  if (index < 0) return null;
  const sentence = splitSentences(answer).find((span) => span.start <= index && index < span.end);
  return sentence ? answer.slice(sentence.start, Math.max(sentence.end, index + quoted.length)).trim() : null;
}

/** Checks one evaluated answer against its labels. */
export function judgeAnswer(entry: LabelledAnswer, output: EvaluateAnswerOutput): AnswerFinding[] {
  const findings: AnswerFinding[] = [];
  const claims = [output.feedback, ...(output.scoring ?? []), ...output.improvements].join('\n');
  for (const [element, evidence] of Object.entries(entry.present) as [AnswerElement, readonly string[]][]) {
    if (!evidence.length) continue;
    const denial = DENIALS[element].exec(claims);
    if (denial) findings.push({ id: entry.id, kind: 'denial', detail: `${element}: "${denial[0]}"` });
  }
  for (const label of Object.keys(entry.concepts ?? {})) {
    const pattern = new RegExp(`(could not find|Not covered:|misses the key points)[^.]*\\b${escapeRegExp(label)}\\b`, 'i');
    const denial = pattern.exec(claims);
    if (denial) findings.push({ id: entry.id, kind: 'denial', detail: `concept ${label}: "${denial[0]}"` });
  }
  for (const strength of output.strengths) {
    const match = /"([^"]+)"\s*$/.exec(strength);
    if (!match) continue;
    const quoted = (match[1] ?? '').replace(/…$/, '');
    const sentence = sentenceOf(entry.answer, quoted);
    if (!sentence) {
      findings.push({ id: entry.id, kind: 'not-verbatim', detail: strength });
      continue;
    }
    if (!match[1]!.endsWith('…') && quoted !== sentence && sentence.replace(/[.!?]$/, '') !== quoted.replace(/[.!?]$/, '')) {
      findings.push({ id: entry.id, kind: 'not-verbatim', detail: `cut without an ellipsis: ${strength}` });
    }
    const element = STRENGTH_ELEMENTS.find(([pattern]) => pattern.test(strength))?.[1];
    if (!element) continue;
    const evidence = element === 'concepts' ? Object.values(entry.concepts ?? {}).flat() : (entry.present[element] ?? []);
    if (!evidence.some((phrase) => sentence.includes(phrase) || phrase.includes(sentence))) {
      findings.push({ id: entry.id, kind: 'mislabelled-quote', detail: `${element}: ${strength}` });
    }
  }
  for (const text of [output.feedback, ...(output.scoring ?? []), ...output.strengths, ...output.improvements]) {
    for (const issue of checkGrammar(text)) findings.push({ id: entry.id, kind: 'grammar', detail: `${issue.rule}: "${issue.excerpt}"` });
  }
  return findings;
}

export interface AnswerReport {
  answers: number;
  denials: AnswerFinding[];
  mislabelledQuotes: AnswerFinding[];
  notVerbatim: AnswerFinding[];
  grammar: AnswerFinding[];
  scores: { id: string; score: number; labelled: number }[];
}

/** Evaluates every answer of the corpus and collects the findings. */
export async function measureAnswers(answers: readonly LabelledAnswer[] = ANSWERS): Promise<AnswerReport> {
  const report: AnswerReport = { answers: answers.length, denials: [], mislabelledQuotes: [], notVerbatim: [], grammar: [], scores: [] };
  for (const entry of answers) {
    const output = await run<EvaluateAnswerOutput>('evaluate-answer', {
      kind: entry.kind,
      question: '',
      questionKey: entry.questionKey,
      answer: entry.answer,
      role: ANSWER_ROLE,
      jobDescription: null,
    });
    const findings = judgeAnswer(entry, output);
    report.denials.push(...findings.filter((finding) => finding.kind === 'denial'));
    report.mislabelledQuotes.push(...findings.filter((finding) => finding.kind === 'mislabelled-quote'));
    report.notVerbatim.push(...findings.filter((finding) => finding.kind === 'not-verbatim'));
    report.grammar.push(...findings.filter((finding) => finding.kind === 'grammar'));
    report.scores.push({ id: entry.id, score: output.score, labelled: Object.values(entry.present).filter((value) => value && value.length).length });
  }
  return report;
}

export interface DsaResult {
  entry: LabelledSubmission;
  output: DsaFeedbackOutput;
  calledOptimal: boolean;
  /** The stated complexity is quoted exactly in the reply (when one was stated). */
  quotedExactly: boolean | null;
  grammar: string[];
}

export interface DsaReport {
  results: DsaResult[];
  meanByClass: Record<DsaClass, number>;
  minByClass: Record<DsaClass, number>;
  maxByClass: Record<DsaClass, number>;
  misquotes: DsaResult[];
  /** The smallest gap between the lowest correct score and the highest other-problem or words-only score. */
  separation: number;
}

/** Runs every submission of the corpus as the first turn of a DSA round. */
export async function measureDsa(submissions: readonly LabelledSubmission[] = SUBMISSIONS): Promise<DsaReport> {
  const results: DsaResult[] = [];
  for (const entry of submissions) {
    const problem = findDsaProblem(entry.problemId);
    if (!problem) throw new Error(`Unknown problem ${entry.problemId}`);
    const kind = entry.class === 'words-only' ? 'message' : 'pseudocode';
    const output = await run<DsaFeedbackOutput>('dsa-feedback', {
      problem: toProblemBrief(problem),
      conversation: [],
      latest: { kind, text: entry.code },
      turn: 1,
      maxTurns: 4,
    });
    const texts = [output.reply, ...output.strengths, ...output.improvements, output.followUp ?? ''];
    const quotedExactly = entry.stated ? output.reply.includes(entry.stated) || texts.some((text) => text.includes(entry.stated!)) : null;
    // A misquote is a stated complexity echoed as something the candidate did not write.
    const echoed = [...output.reply.matchAll(/(?:You stated|Your own analysis \(|you said) (O\((?:[^()]|\([^()]*\))*\))/g)].map((match) => match[1]);
    const misquoted = echoed.some((text) => !entry.code.includes(text ?? ''));
    results.push({
      entry,
      output,
      calledOptimal:
        /\boptimal\b/i.test(texts.join(' ').replace(/not optimal|The optimum for this problem|Aim for/gi, '')) && !/not optimal/i.test(output.reply),
      quotedExactly: misquoted ? false : entry.class === 'correct' || entry.class === 'slow' ? quotedExactly : null,
      grammar: texts.flatMap((text) => checkGrammar(text).map((issue) => `${issue.rule}: "${issue.excerpt}"`)),
    });
  }
  const classes: DsaClass[] = ['correct', 'slow', 'other-problem', 'words-only'];
  const scoresOf = (kind: DsaClass) => results.filter((result) => result.entry.class === kind).map((result) => result.output.score);
  const mean = (values: number[]) => (values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100 : 0);
  const meanByClass = Object.fromEntries(classes.map((kind) => [kind, mean(scoresOf(kind))])) as Record<DsaClass, number>;
  const minByClass = Object.fromEntries(classes.map((kind) => [kind, Math.min(...scoresOf(kind))])) as Record<DsaClass, number>;
  const maxByClass = Object.fromEntries(classes.map((kind) => [kind, Math.max(...scoresOf(kind))])) as Record<DsaClass, number>;
  return {
    results,
    meanByClass,
    minByClass,
    maxByClass,
    misquotes: results.filter((result) => result.quotedExactly === false),
    separation: minByClass.correct - Math.max(maxByClass['other-problem'], maxByClass['words-only']),
  };
}
