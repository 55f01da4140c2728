// The self-host example as its README runs it: start-cluster.mjs starts two coach-server
// processes (the built CLI) on one fresh PostgreSQL schema with no secret key configured. An
// interview begun on one process continues on the other, both agree on the one secret key
// generated on first start, and a restart keeps it.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createCoachClient, type CoachClient, type CoachSchemas } from '@coach/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../../packages/core/test/fixtures/make-resume-pdf.js';
import { shouldRunPostgresTests, TEST_PG_URL } from '../../../packages/core/src/testing/test-storage.js';
import { isBuilt } from '../../../test/packaging/helpers/built.js';
import { cleanEnv, freePort, startProcess, type RunningProcess } from '../../../test/packaging/helpers/processes.js';

const BUILT = isBuilt('the self-host example test');
const RUN = BUILT && (await shouldRunPostgresTests());
const EXAMPLE = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA = `coach_self_host_${randomBytes(6).toString('hex')}`;
const ANSWER =
  'In my last role I ran the on-call rotation for our payments platform. I measured alert noise, removed 40% of the ' +
  'pages, wrote runbooks for the rest and we cut the mean time to recovery from 50 to 18 minutes over two quarters.';

async function dropSchema(): Promise<void> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${SCHEMA}" cascade`);
  } finally {
    await client.end();
  }
}

describe.skipIf(!RUN)('examples/self-host', () => {
  let cluster: RunningProcess;
  let origins: [string, string];
  let secretKey: string;
  const env = (extra: Record<string, string>) =>
    cleanEnv({ DATABASE_URL: TEST_PG_URL, COACH_DATABASE_SCHEMA: SCHEMA, HOST: '127.0.0.1', COACH_LOG_LEVEL: 'warn', COACH_SPEECH: 'off', ...extra });

  beforeAll(async () => {
    const ports = [await freePort(), await freePort()] as const;
    origins = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`];
    cluster = startProcess(process.execPath, ['start-cluster.mjs'], { cwd: EXAMPLE, env: env({ COACH_PORTS: ports.join(',') }) });
    await cluster.waitFor(/Coach \S+ is running[\s\S]*Coach \S+ is running/, 120_000);
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await dropSchema();
  });

  it('should start both processes, with exactly one of them generating and printing the secret key', async () => {
    const output = cluster.output();
    expect(output.match(/A secret key was generated/g)).toHaveLength(1);
    const match = /A secret key was generated[^\n]*\n(?:\[[^\]]+\]\s*\n)*\[coach:\d+\]\s+(\S{32,})\s*\n/.exec(output);
    expect(match, output).not.toBeNull();
    secretKey = match?.[1] as string;
    for (const origin of origins) {
      const coach = createCoachClient({ baseUrl: origin, token: secretKey });
      expect(await coach.health(), origin).toMatchObject({ status: 'ok' });
      // The same key opens the recruiter routes of both processes.
      expect((await coach.getStatistics()).total, origin).toBe(0);
    }
  });

  it('should continue on one process an interview begun on the other', async () => {
    // One client per process, as a round-robin proxy would spread the requests.
    const [first, second] = origins.map((origin) => createCoachClient({ baseUrl: origin })) as [CoachClient, CoachClient];
    const resume = new Blob([(await makeResumePdf()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const started = await first.uploadResume({ resume, file_name: 'resume.pdf', demo_id: 'quick-practice' });

    let question: CoachSchemas['Question'] | null = started.question;
    let answered = 0;
    while (question) {
      const step = await (answered % 2 === 0 ? second : first).submitAnswer({ session_id: started.session_id, question_id: question.id, answer: ANSWER });
      expect(step.evaluation.score).toBeGreaterThanOrEqual(0);
      answered += 1;
      question = step.is_final ? null : step.next_question;
    }
    expect(answered).toBeGreaterThanOrEqual(started.total_questions);

    // The resumed state is the same from either process.
    const states = await Promise.all([first, second].map((coach) => coach.getSession(started.session_id)));
    expect(states[0]?.turns.length).toBe(answered);
    expect(states[1]).toEqual(states[0]);

    const feedback = await second.getFinalFeedback({ session_id: started.session_id });

    // A token minted by one process works on the other: they share the secret key.
    const { token } = await createCoachClient({ baseUrl: origins[1], token: secretKey }).createRecruiterToken();
    const report = await createCoachClient({ baseUrl: origins[0], token }).getReport(feedback.report_id);
    expect(report).toMatchObject({ id: feedback.report_id, candidate_name: 'Jordan Avery Smith' });
  });

  it('should stop every process on SIGTERM, and keep the secret key across a restart', async () => {
    expect(await cluster.stop()).toBe(0);
    for (const origin of origins) await expect(fetch(`${origin}/api/health`), origin).rejects.toThrow();

    const port = await freePort();
    const restarted = startProcess(process.execPath, ['start-cluster.mjs'], { cwd: EXAMPLE, env: env({ COACH_PORTS: String(port) }) });
    try {
      await restarted.waitFor(/Coach \S+ is running/, 120_000);
      expect(restarted.output()).not.toContain('A secret key was generated');
      const statistics = await createCoachClient({ baseUrl: `http://127.0.0.1:${port}`, token: secretKey }).getStatistics();
      expect(statistics.total).toBe(1);
    } finally {
      expect(await restarted.stop()).toBe(0);
    }
  });
});
