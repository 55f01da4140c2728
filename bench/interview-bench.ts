// Time from resume upload to first question: a two-page PDF resume read, the role detected,
// the session stored and the first question generated, with the offline interviewer on SQLite.
// Run with `npx tsx bench/interview-bench.ts`.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createCoach } from '../packages/core/src/index.js';
import { createTestSqliteStorage } from '../packages/core/src/testing/test-storage.js';
import { makeResumePdf } from '../packages/core/test/fixtures/make-resume-pdf.js';

/** Options of {@link runInterviewBench}. */
export interface InterviewBenchOptions {
  /** Measured runs. @default 30 */
  runs?: number;
  /** Unmeasured runs first, so module loading and JIT warm-up are not counted. @default 5 */
  warmupRuns?: number;
  /** The goal for the median, in milliseconds. @default 100 */
  goalMs?: number;
  /** Where the figures go. @default console.log */
  print?: (line: string) => void;
}

/** Figures of one bench run, in milliseconds. */
export interface InterviewBenchResult {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  goalMs: number;
  /** Whether the median is under the goal. */
  metGoal: boolean;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Measures `interviews.start` (resume upload to first question) with a two-page PDF, the
 * offline interviewer and a real SQLite file, prints median and p95, and returns the figures.
 */
export async function measureInterviewBench(options: InterviewBenchOptions = {}): Promise<InterviewBenchResult> {
  const runs = options.runs ?? 30;
  const warmupRuns = options.warmupRuns ?? 5;
  const goalMs = options.goalMs ?? 100;
  const print = options.print ?? ((line: string) => console.log(line));

  const testStorage = await createTestSqliteStorage();
  const coach = await createCoach({ storage: testStorage.storage, speechModel: null, textRecognizer: null, migrate: false });
  try {
    await coach.templates.seedStarterTemplates();
    const resume = await makeResumePdf();
    const samples: number[] = [];
    for (let run = 0; run < warmupRuns + runs; run += 1) {
      // A fresh copy per run, as an upload would be.
      const bytes = resume.slice();
      const started = performance.now();
      const result = await coach.interviews.start({ resume: { bytes, fileName: 'resume.pdf' } });
      const elapsed = performance.now() - started;
      if (!result.question.question) throw new Error('The bench got no first question.');
      if (run >= warmupRuns) samples.push(elapsed);
    }
    samples.sort((a, b) => a - b);
    const medianMs = round(percentile(samples, 0.5));
    const result: InterviewBenchResult = {
      name: 'resume upload to first question (2-page PDF, offline interviewer, SQLite)',
      runs,
      medianMs,
      p95Ms: round(percentile(samples, 0.95)),
      minMs: round(samples[0] ?? Number.NaN),
      maxMs: round(samples.at(-1) ?? Number.NaN),
      goalMs,
      metGoal: medianMs < goalMs,
    };
    print(`${result.name}: ${runs} runs after ${warmupRuns} warm-up`);
    print(
      `  median ${result.medianMs} ms, p95 ${result.p95Ms} ms (min ${result.minMs}, max ${result.maxMs}); goal < ${goalMs} ms: ${result.metGoal ? 'met' : 'MISSED'}`,
    );
    return result;
  } finally {
    await coach.close();
    await testStorage.cleanup();
  }
}

/** Runs {@link measureInterviewBench} and prints its figures (the `npm run bench` entry). */
export async function runInterviewBench(options: InterviewBenchOptions = {}): Promise<void> {
  await measureInterviewBench(options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runInterviewBench();
}
