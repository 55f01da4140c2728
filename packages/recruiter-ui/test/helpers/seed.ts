import { makeResumePdf } from '../../../core/test/fixtures/make-resume-pdf.js';

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

async function call<T>(origin: string, path: string, init: { method?: string; body?: unknown; form?: FormData; secretKey?: string }): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.secretKey) headers['Authorization'] = `Bearer ${init.secretKey}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? 'POST',
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'POST'} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Stores reports made elsewhere, one after another (so that "newest first" follows the list order). */
export async function createReports(origin: string, secretKey: string, reports: readonly SeedReport[]): Promise<{ id: string; report: SeedReport }[]> {
  const created: { id: string; report: SeedReport }[] = [];
  for (const report of reports) {
    const stored = await call<{ id: string }>(origin, '/api/reports/create/', {
      secretKey,
      body: {
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
      },
    });
    created.push({ id: stored.id, report });
  }
  return created;
}

const ANSWERS = [
  'At Streamline Payments I led the billing migration. The situation was a monolith that slowed every release; my task was to split it safely. I planned twelve services, wrote the migration runbook and ran weekly reviews. As a result p99 checkout latency fell from 900 ms to 180 ms and incidents dropped by 35%.',
  'I would put a token bucket per API key in Redis, refilled at the plan rate, with the check and decrement in one Lua script so it is atomic. Clients get 429 with Retry-After. I would shard keys and measure rejected requests per tenant.',
  'A teammate wanted to ship a schema change without a backfill. I asked for a short meeting, we listed the risks together, and agreed on a two-step rollout with a feature flag. It shipped a day later with zero downtime.',
  'I profile first: I check the slow query log, add the missing index, and cache hot reads in Redis with a short TTL. In my last job that raised API throughput three times while keeping PostgreSQL load flat.',
];

const PSEUDOCODE = [
  'seen = empty hash map from value to index',
  'for i from 0 to length(nums) - 1:',
  '    need = target - nums[i]',
  '    if need is in seen:',
  '        return [seen[need], i]',
  '    seen[nums[i]] = i',
  'return no answer',
].join('\n');

const REPLIES = [
  'It runs in O(n) time and O(n) space because each number is visited once and the map holds at most n entries.',
  'With duplicates the map keeps the first index, so [3, 3] with target 6 returns [0, 1]. An empty array returns no answer.',
  'A sorted array would allow two pointers in O(1) extra space, but sorting costs O(n log n) and loses the original indices.',
];

/**
 * Runs one whole candidate session through the public routes (resume upload, every question,
 * the DSA round, the combined report), so that a report has answers with evidence, a DSA
 * conversation and a resume summary, as real interviews produce them.
 */
export async function runCandidateSession(origin: string): Promise<{ reportId: string; candidateName: string; candidateEmail: string; role: string }> {
  const demos = await call<{ id: string; include_dsa: boolean; behavioral_questions: number; technical_questions: number }[]>(origin, '/api/demos/', {
    method: 'GET',
  });
  // The shortest interview with a DSA round keeps the test fast.
  const demo = demos
    .filter((entry) => entry.include_dsa)
    .sort((a, b) => a.behavioral_questions + a.technical_questions - (b.behavioral_questions + b.technical_questions))[0];
  if (!demo) throw new Error('No starter interview has a DSA round.');
  const form = new FormData();
  form.set('resume', new Blob([await makeResumePdf()], { type: 'application/pdf' }), 'resume.pdf');
  form.set('demo_id', demo.id);
  const started = await call<{ session_id: string; role: string; candidate: { name: string; email: string }; question: { id: string } }>(
    origin,
    '/api/upload-resume/',
    { form },
  );
  let question: { id: string } | null = started.question;
  for (let index = 0; question && index < 20; index += 1) {
    const next: { next_question: { id: string } | null; is_final: boolean } = await call(origin, '/api/submit-answer-and-get-next/', {
      body: { session_id: started.session_id, question_id: question.id, answer: ANSWERS[index % ANSWERS.length] },
    });
    question = next.is_final ? null : next.next_question;
  }
  await call(origin, '/api/get-final-feedback/', { body: { session_id: started.session_id } });
  await call(origin, '/api/get-dsa-question/', { body: { session_id: started.session_id } });
  let done = (await call<{ done: boolean }>(origin, '/api/submit-pseudocode/', { body: { session_id: started.session_id, pseudocode: PSEUDOCODE } })).done;
  for (const message of REPLIES) {
    if (done) break;
    done = (await call<{ done: boolean }>(origin, '/api/continue-pseudocode/', { body: { session_id: started.session_id, message } })).done;
  }
  const report = await call<{ report_id: string }>(origin, '/api/get-combined-report/', { body: { session_id: started.session_id } });
  return { reportId: report.report_id, candidateName: started.candidate.name, candidateEmail: started.candidate.email, role: started.role };
}
