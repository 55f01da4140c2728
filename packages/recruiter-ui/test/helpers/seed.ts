import { createCoachClient, type CoachSchemas } from '@coach/client';
import type { RunnableProblem, RunnableTestCase } from '../../../core/src/catalog/runnable-problem-types.js';
import { findRunnableProblem } from '../../../core/src/catalog/runnable/index.js';
import { makeResumePdf } from '../../../core/test/fixtures/make-resume-pdf.js';
import { STRONG_BEHAVIORAL_ANSWER, STRONG_TECHNICAL_ANSWER } from '../../../core/test/support/candidate-flow-context.js';

/** A report as the tests seed it through `POST /api/reports/create/`. */
export interface SeedReport {
  candidate_name: string;
  candidate_email: string;
  role: string;
  overall_score: number;
  decision?: 'Pending' | 'Accepted' | 'Declined';
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Barbara', 'Edsger', 'Frances', 'Donald', 'Radia', 'Ken', 'Margaret', 'Tim', 'Hedy'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Liskov', 'Dijkstra', 'Allen', 'Knuth', 'Perlman', 'Thompson', 'Hamilton', 'Berners', 'Lamarr'];
const ROLES = ['Backend Engineer', 'Data Scientist', 'Frontend Engineer', 'Product Manager'];

/** `count` distinct candidates over four roles, with scores spread from 2.0 to 9.7 and a few declined. */
export function seedReports(count: number): SeedReport[] {
  return Array.from({ length: count }, (_, index) => {
    const first = FIRST[index % FIRST.length] ?? 'Sam';
    const last = LAST[(index * 5) % LAST.length] ?? 'Doe';
    const suffix = index >= FIRST.length ? ` ${index}` : '';
    return {
      candidate_name: `${first} ${last}${suffix}`,
      candidate_email: `${first}.${last}${index}@example.com`.toLowerCase(),
      role: ROLES[index % ROLES.length] ?? 'Backend Engineer',
      // 37 is coprime to 78, so the scores are all different.
      overall_score: 2 + ((index * 37) % 78) / 10,
      ...(index % 7 === 3 ? { decision: 'Declined' as const } : {}),
    };
  });
}

/** Stores reports made elsewhere, one after another (so that "newest first" follows the list order). */
export async function createReports(origin: string, secretKey: string, reports: readonly SeedReport[]): Promise<{ id: string; report: SeedReport }[]> {
  const coach = createCoachClient({ baseUrl: origin, token: secretKey });
  const created: { id: string; report: SeedReport }[] = [];
  for (const report of reports) {
    const stored = await coach.createReport({
      ...report,
      summary: `${report.candidate_name} interviewed for ${report.role}.`,
      strengths: ['Clear structure'],
      improvements: ['More measurable results'],
      questions: [
        {
          question: 'Tell me about a project you are proud of.',
          kind: 'behavioral',
          answer: `As ${report.candidate_name}, I led a migration and cut costs by 20%.`,
          score: report.overall_score,
          feedback: 'Specific, with a measurable result.',
        },
      ],
    });
    created.push({ id: stored.id, report });
  }
  return created;
}

const REPLIES = [
  'It runs in O(n) time and O(n) space because each element is visited once and the map holds at most n entries.',
  'Duplicates keep their first position and an empty input returns early with no answer.',
  'Sorting first would save memory but costs O(n log n) and loses the original positions.',
];

const isLarge = (test: RunnableTestCase) => /\blarge\b/i.test(test.name);
const inputSize = (test: RunnableTestCase) => JSON.stringify(test.args).length;

/**
 * JavaScript for `problem` that passes every small test and runs out of time on the large
 * inputs, as a correct solution slower than the expected complexity does: the reference
 * solution behind a loop that never ends on inputs bigger than every small test. Null for
 * problems where that cannot be told apart by the input alone (no large test, a number as the
 * large input, linked structures as arguments, or small inputs as big as the large ones).
 */
export function tooSlowSolution(problem: RunnableProblem): string | null {
  const entry = problem.entry.javascript;
  if (entry.kind !== 'function' || entry.parameters.some((parameter) => parameter.kind !== 'json')) return null;
  const large = problem.hidden.filter(isLarge);
  const small = [...problem.examples, ...problem.hidden].filter((test) => !isLarge(test));
  const smallLimit = Math.max(...small.map(inputSize));
  if (large.length === 0 || Math.min(...large.map(inputSize)) <= smallLimit) return null;
  return [
    'const reference = (() => {',
    problem.references.javascript,
    `  return ${entry.name};`,
    '})();',
    '',
    `function ${entry.name}(...args) {`,
    `  if (JSON.stringify(args).length > ${smallLimit}) for (;;) {}`,
    '  return reference(...args);',
    '}',
  ].join('\n');
}

/** What {@link runCandidateSession} produced. */
export interface CandidateSession {
  reportId: string;
  candidateName: string;
  candidateEmail: string;
  role: string;
  /** The runnable problem of the DSA round. */
  problem: RunnableProblem;
}

/**
 * Runs one whole candidate session through the public routes (resume upload, every question,
 * the DSA round with pseudocode and runnable JavaScript, the combined report), so that a
 * report has answers with evidence, a DSA conversation, a code submission and a resume
 * summary, as real interviews produce them. The JavaScript is correct but too slow
 * ({@link tooSlowSolution}); the DSA problem is drawn per session, so sessions whose problem
 * cannot show that are left unfinished (they make no report) and another one starts.
 */
export async function runCandidateSession(origin: string): Promise<CandidateSession> {
  const coach = createCoachClient({ baseUrl: origin });
  // The shortest interview with a DSA round keeps the test fast.
  const demo = (await coach.listDemos())
    .filter((entry) => entry.include_dsa)
    .sort((a, b) => a.behavioral_questions + a.technical_questions - (b.behavioral_questions + b.technical_questions))[0];
  if (!demo) throw new Error('No starter interview has a DSA round.');
  const resume = new Blob([await makeResumePdf()], { type: 'application/pdf' });
  const drawn: string[] = [];
  // Uploads are limited to 10 a minute; about 6 problems in 10 fit, so 9 draws all miss about once in 4,000 runs.
  for (let attempt = 0; attempt < 9; attempt += 1) {
    const started = await coach.uploadResume({ resume, file_name: 'resume.pdf', demo_id: demo.id });
    const session_id = started.session_id;
    let question: CoachSchemas['Question'] | null = started.question;
    while (question) {
      const answer = question.kind === 'technical' ? STRONG_TECHNICAL_ANSWER : STRONG_BEHAVIORAL_ANSWER;
      const next = await coach.submitAnswer({ session_id, question_id: question.id, answer });
      question = next.is_final ? null : next.next_question;
    }
    const { question: dsaQuestion } = await coach.getDsaQuestion({ session_id });
    const problem = findRunnableProblem(dsaQuestion.id);
    const code = problem ? tooSlowSolution(problem) : null;
    drawn.push(dsaQuestion.id);
    if (!problem || !code) continue;
    await coach.getFinalFeedback({ session_id });
    // The candidate reasons in pseudocode, then submits the code.
    let done = (await coach.submitPseudocode({ session_id, pseudocode: problem.references.javascript })).done;
    if (!done) done = (await coach.submitCode({ session_id, language: 'javascript', code })).done;
    for (const message of REPLIES) {
      if (done) break;
      done = (await coach.continuePseudocode({ session_id, message })).done;
    }
    const report = await coach.getCombinedReport({ session_id });
    return {
      reportId: report.report_id,
      candidateName: started.candidate.name ?? '',
      candidateEmail: started.candidate.email ?? '',
      role: started.role,
      problem,
    };
  }
  throw new Error(`No session drew a problem whose large inputs a slow solution can miss: ${drawn.join(', ')}.`);
}
