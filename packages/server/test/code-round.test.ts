import { combineCodeRunners, createCoach, type CodeRunner, type Coach } from '@coach/core';
import { createQuickJsCodeRunner } from '@coach/core/code-runner/quickjs';
import { createTestPostgresStorage, createTestSqliteStorage, type TestStorage } from '@coach/core/testing';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRunnableProblem } from '../../core/src/catalog/runnable/index.js';
import type { RunnableProblem } from '../../core/src/catalog/runnable-problem-types.js';
import { QUICK_CODING_TEMPLATE_ID, seedQuickCodingTemplate, strongAnswerFor, TEXT_RESUME } from '../../core/test/support/candidate-flow-context.js';
import { createApp } from '../src/index.js';
import { errorOf, postJson, SECRET_KEY } from './test-app.js';

// Python runs in Pyodide inside bubblewrap. Without bubblewrap (a developer machine) the
// Python path is skipped, loudly; in CI (`.ci/run` installs bubblewrap) it must run.
const HAS_BWRAP = ['/usr/bin/bwrap', '/bin/bwrap', '/usr/local/bin/bwrap'].some((path) => existsSync(path));
if (!HAS_BWRAP && !process.env.CI)
  console.warn('code-round.test: bubblewrap is missing, so the Python submissions are SKIPPED (install bubblewrap to run them).');

interface CodeCase {
  name: string;
  passed: boolean;
  hidden: boolean;
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  error?: string | null;
  time_ms?: number;
}
interface RunBody {
  status: string;
  message: string | null;
  tests: { passed: number; total: number; cases: CodeCase[] };
}
interface SubmitBody extends RunBody {
  score: number;
  feedback: string;
  follow_up: string | null;
  done: boolean;
  timing_note: string | null;
}

let codeRunner: CodeRunner;

beforeAll(async () => {
  const runners: CodeRunner[] = [createQuickJsCodeRunner()];
  if (HAS_BWRAP || process.env.CI) {
    const { createPyodideCodeRunner } = await import('@coach/core/code-runner/pyodide');
    runners.push(await createPyodideCodeRunner());
  }
  codeRunner = combineCodeRunners(runners);
}, 120_000);
afterAll(() => codeRunner?.close?.());

describe.each([
  ['SQLite', createTestSqliteStorage],
  ['PostgreSQL', createTestPostgresStorage],
])('the code round over HTTP (%s)', (_name, createStorage) => {
  let testStorage: TestStorage;
  let coach: Coach;
  let app: ReturnType<typeof createApp>;
  let sessionId: string;

  beforeAll(async () => {
    testStorage = await createStorage();
    coach = await createCoach({ storage: testStorage.storage, textRecognizer: null, codeRunner, migrate: false });
    await coach.templates.seedStarterTemplates();
    await seedQuickCodingTemplate(testStorage.storage);
    app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false });
    const { session, question } = await coach.interviews.start({ resume: TEXT_RESUME, templateId: QUICK_CODING_TEMPLATE_ID });
    let current: typeof question | null = question;
    while (current)
      current = (await coach.interviews.submitAnswer({ sessionId: session.id, questionId: current.id, answer: strongAnswerFor(current) })).nextQuestion;
    sessionId = session.id;
  }, 60_000);
  afterAll(() => testStorage?.cleanup());

  const storedRound = () => testStorage.storage.dsa.get({ sessionId });

  it('answers 404 for an unknown session and 409 before the DSA round', async () => {
    const unknown = await postJson(app, '/api/run-code/', { session_id: 'no-such-session-000000', language: 'javascript', code: 'function f() {}' });
    expect(unknown.status).toBe(404);
    const early = await postJson(app, '/api/submit-code/', { session_id: sessionId, language: 'javascript', code: 'function f() {}' });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).code).toBe('DSA_NOT_STARTED');
  });

  let problem: RunnableProblem;

  it('offers the runnable languages and their signatures with the question', async () => {
    const response = await postJson(app, '/api/get-dsa-question/', { session_id: sessionId });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { question: { id: string; languages: string[]; signatures: Record<string, string> }; code_submissions: unknown[] };
    problem = findRunnableProblem(body.question.id)!;
    expect(problem).toBeTruthy();
    expect(body.question.languages).toEqual(['pseudocode', ...codeRunner.languages]);
    expect(body.question.signatures.javascript).toBe(problem.signatures.javascript);
    if (codeRunner.languages.includes('python')) expect(body.question.signatures.python).toBe(problem.signatures.python);
    expect(body.code_submissions).toEqual([]);
  });

  it('runs the visible examples only and stores nothing', async () => {
    const response = await postJson(app, '/api/run-code/', { session_id: sessionId, language: 'javascript', code: problem.references.javascript });
    expect(response.status).toBe(200);
    const body = (await response.json()) as RunBody;
    expect(body.status).toBe('passed');
    expect(body.tests.total).toBe(problem.examples.length);
    expect(body.tests.passed).toBe(problem.examples.length);
    expect(body.tests.cases[0]).toMatchObject({
      name: problem.examples[0]!.name,
      passed: true,
      hidden: false,
      input: problem.examples[0]!.args,
      expected: problem.examples[0]!.expected,
    });
    expect(typeof body.tests.cases[0]!.time_ms).toBe('number');
    const round = await storedRound();
    expect(round?.codeSubmissions).toEqual([]);
    expect(round?.submissions).toBe(0);
    expect(round?.messages).toEqual([]);
  });

  it('refuses an unsupported language and oversized code with clear codes', async () => {
    const ruby = await postJson(app, '/api/run-code/', { session_id: sessionId, language: 'ruby', code: 'def f; end' });
    expect(ruby.status).toBe(422);
    expect((await errorOf(ruby)).code).toBe('UNSUPPORTED_LANGUAGE');
    const huge = await postJson(app, '/api/submit-code/', { session_id: sessionId, language: 'javascript', code: `// ${'x'.repeat(20_001)}` });
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).code).toBe('CODE_TOO_LONG');
  });

  it('stops an endless loop with a timeout while the server keeps answering', async () => {
    const run = postJson(app, '/api/run-code/', { session_id: sessionId, language: 'javascript', code: 'while (true) {}' });
    const started = Date.now();
    const health = await app.request('/api/health');
    const healthMs = Date.now() - started;
    expect(health.status).toBe(200);
    const response = await run;
    const body = (await response.json()) as RunBody;
    expect(body.status).toBe('timeout');
    expect(healthMs).toBeLessThan(Date.now() - started);
    expect((await storedRound())?.codeSubmissions).toEqual([]);
  }, 30_000);

  it('ends deep recursion and a memory bomb with a clear status', async () => {
    const recursion = await postJson(app, '/api/run-code/', {
      session_id: sessionId,
      language: 'javascript',
      code: 'function down(n) { return down(n + 1) + 1; }\ndown(0);',
    });
    expect(((await recursion.json()) as RunBody).status).toBe('error');
    const bomb = await postJson(app, '/api/run-code/', {
      session_id: sessionId,
      language: 'javascript',
      code: "const hoard = [];\nwhile (true) hoard.push('x'.repeat(1 << 20) + hoard.length);",
    });
    expect(((await bomb.json()) as RunBody).status).toBe('memory_limit');
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await storedRound())?.codeSubmissions).toEqual([]);
  }, 30_000);

  it('ends code that reads the environment as an error, and changes nothing', async () => {
    const response = await postJson(app, '/api/submit-code/', {
      session_id: sessionId,
      language: 'javascript',
      code: `${problem.references.javascript}\nconst secret = process.env.HOME;`,
    });
    const body = (await response.json()) as SubmitBody;
    expect(body.status).toBe('error');
    expect(body.message).toMatch(/process/);
    expect(body.score).toBeLessThanOrEqual(4);
    expect(JSON.stringify(body)).not.toContain(process.env.HOME ?? '/root');
  });

  it('answers code that reaches for files, processes or the network, in either language, with a clear result and changes nothing', async () => {
    const marker = join(tmpdir(), `coach-http-hostile-${randomBytes(6).toString('hex')}`);
    let hits = 0;
    const listener = createServer((_request, response) => {
      hits += 1;
      response.end('reached');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as AddressInfo).port;
    // Each body replaces the problem's own function, so the run reaches it on the first example.
    const bodies: Record<string, string[]> = {
      javascript: [
        'return require("fs").readFileSync("/etc/passwd", "utf8");',
        'return std.loadFile("/etc/passwd");',
        `require("child_process").execSync("touch ${marker}"); return 1;`,
        `fetch("http://127.0.0.1:${port}/"); return 1;`,
      ],
      python: [
        'return open("/etc/passwd").read()',
        `import subprocess\n    subprocess.run(["touch", "${marker}"])\n    return 1`,
        `import socket\n    s = socket.create_connection(("127.0.0.1", ${port}), timeout=1)\n    s.sendall(b"GET / HTTP/1.0\\r\\n\\r\\n")\n    return s.recv(100).decode()`,
        `import js\n    js.fetch("http://127.0.0.1:${port}/")\n    return 1`,
      ],
    };
    const submissionsBefore = (await storedRound())?.codeSubmissions.length ?? 0;
    const withBody = (language: string, body: string) =>
      language === 'python' ? problem.signatures.python.replace(/pass\s*$/, body) : problem.signatures.javascript.replace(/\{\s*\}\s*$/, `{ ${body} }`);
    try {
      for (const language of codeRunner.languages) {
        for (const body of bodies[language] ?? []) {
          const response = await postJson(app, '/api/run-code/', { session_id: sessionId, language, code: withBody(language, body) });
          expect(response.status).toBe(200);
          const result = (await response.json()) as RunBody;
          expect(result.status, `${language}: ${body}`).not.toBe('passed');
          expect(JSON.stringify(result)).not.toMatch(/root:|reached/);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hits).toBe(0);
      expect(existsSync(marker)).toBe(false);
      expect((await app.request('/api/health')).status).toBe(200);
      expect((await storedRound())?.codeSubmissions ?? []).toHaveLength(submissionsBefore);
    } finally {
      listener.close();
      rmSync(marker, { force: true });
    }
  }, 60_000);

  it('scores wrong code at most 4, hiding the hidden tests', async () => {
    const response = await postJson(app, '/api/submit-code/', { session_id: sessionId, language: 'javascript', code: problem.signatures.javascript });
    expect(response.status).toBe(200);
    const body = (await response.json()) as SubmitBody;
    expect(body.score).toBeLessThanOrEqual(4);
    expect(body.status).not.toBe('passed');
    expect(body.tests.total).toBe(problem.examples.length + problem.hidden.length);
    const hidden = body.tests.cases.filter((test) => test.hidden);
    expect(hidden).toHaveLength(problem.hidden.length);
    for (const test of hidden) expect(Object.keys(test).sort()).toEqual(['hidden', 'name', 'passed']);
    expect(body.feedback).toMatch(/tests passed/);
  });

  it('scores correct code at least 7 and stores each submission once', async () => {
    const before = (await storedRound())!;
    const response = await postJson(app, '/api/submit-code/', { session_id: sessionId, language: 'javascript', code: problem.references.javascript });
    expect(response.status).toBe(200);
    const body = (await response.json()) as SubmitBody;
    expect(body.status).toBe('passed');
    expect(body.score).toBeGreaterThanOrEqual(7);
    expect(body.tests.passed).toBe(body.tests.total);
    const after = (await storedRound())!;
    expect(after.codeSubmissions).toHaveLength(before.codeSubmissions.length + 1);
    expect(after.codeSubmissions.at(-1)).toMatchObject({
      language: 'javascript',
      status: 'passed',
      passed: body.tests.total,
      total: body.tests.total,
      code: problem.references.javascript,
    });

    // A double submit: the same answer, nothing counted twice.
    const again = await postJson(app, '/api/submit-code/', { session_id: sessionId, language: 'javascript', code: problem.references.javascript });
    if (after.done) {
      expect(again.status).toBe(409);
    } else {
      expect(again.status).toBe(200);
      expect(((await again.json()) as SubmitBody).score).toBe(body.score);
    }
    const twice = (await storedRound())!;
    expect(twice.codeSubmissions).toHaveLength(after.codeSubmissions.length);
    expect(twice.submissions).toBe(after.submissions);
    expect(twice.messages).toHaveLength(after.messages.length);

    const state = (await (await app.request(`/api/sessions/${sessionId}/`)).json()) as {
      dsa: { code_submissions: { language: string; tests_passed: number; tests_total: number }[] };
    };
    expect(state.dsa.code_submissions.at(-1)).toMatchObject({ language: 'javascript', tests_passed: body.tests.total, tests_total: body.tests.total });
  }, 60_000);

  it.skipIf(!HAS_BWRAP && !process.env.CI)(
    'runs and scores Python in the sandbox',
    async () => {
      // A session of its own, so the JavaScript discussion above cannot have ended its round.
      const { session, question } = await coach.interviews.start({ resume: TEXT_RESUME, templateId: QUICK_CODING_TEMPLATE_ID });
      let current: typeof question | null = question;
      while (current)
        current = (await coach.interviews.submitAnswer({ sessionId: session.id, questionId: current.id, answer: strongAnswerFor(current) })).nextQuestion;
      const started = (await (await postJson(app, '/api/get-dsa-question/', { session_id: session.id })).json()) as {
        question: { id: string; languages: string[] };
      };
      expect(started.question.languages).toContain('python');
      const pythonProblem = findRunnableProblem(started.question.id)!;

      const run = await postJson(app, '/api/run-code/', { session_id: session.id, language: 'python', code: pythonProblem.references.python });
      expect(run.status).toBe(200);
      expect(((await run.json()) as RunBody).status).toBe('passed');
      const hostile = await postJson(app, '/api/run-code/', {
        session_id: session.id,
        language: 'python',
        code: `import os\nSECRET = os.environ.get('HOME', 'none')\n${pythonProblem.references.python}`,
      });
      const hostileBody = (await hostile.json()) as RunBody;
      expect(JSON.stringify(hostileBody)).not.toContain(process.env.HOME ?? '/root');

      const response = await postJson(app, '/api/submit-code/', { session_id: session.id, language: 'python', code: pythonProblem.references.python });
      expect(response.status).toBe(200);
      const body = (await response.json()) as SubmitBody;
      expect(body.status).toBe('passed');
      expect(body.score).toBeGreaterThanOrEqual(7);
      expect((await testStorage.storage.dsa.get({ sessionId: session.id }))!.codeSubmissions).toMatchObject([{ language: 'python', status: 'passed' }]);
    },
    120_000,
  );

  it('answers 409 once the round is finished', async () => {
    for (let turn = 0; turn < 12 && !(await storedRound())!.done; turn += 1) {
      const reply = await postJson(app, '/api/continue-pseudocode/', {
        session_id: sessionId,
        message: 'An empty input returns early; the hash map gives O(n) time and O(n) space.',
      });
      expect(reply.status).toBe(200);
    }
    const count = (await storedRound())!.codeSubmissions.length;
    const late = await postJson(app, '/api/submit-code/', { session_id: sessionId, language: 'javascript', code: `${problem.references.javascript}\n// late` });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).code).toBe('DSA_ALREADY_DONE');
    expect((await storedRound())!.codeSubmissions).toHaveLength(count);
  });

  it('limits code runs per client in their own bucket', async () => {
    const limited = createApp(coach, { secretKey: SECRET_KEY, rateLimit: { code: 2 } });
    const body = { session_id: sessionId, language: 'javascript', code: 'function f() {}' };
    for (let index = 0; index < 2; index += 1) expect((await postJson(limited, '/api/run-code/', body)).status).not.toBe(429);
    const refused = await postJson(limited, '/api/submit-code/', body);
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe('RATE_LIMITED');
  });

  it('shows the latest code submission in the combined report and the recruiter report', async () => {
    const latest = (await storedRound())!.codeSubmissions.at(-1)!;
    const combined = await postJson(app, '/api/get-combined-report/', { session_id: sessionId });
    expect(combined.status).toBe(200);
    const report = (await combined.json()) as { report_id: string; dsa: { code: Record<string, unknown> | null } };
    const expected = {
      language: latest.language,
      status: latest.status,
      tests_passed: latest.passed,
      tests_total: latest.total,
      timing_note: latest.timingNote,
      submissions: (await storedRound())!.codeSubmissions.length,
    };
    expect(report.dsa.code).toMatchObject(expected);
    const details = await app.request(`/api/reports/${report.report_id}/`, { headers: { authorization: `Bearer ${SECRET_KEY}` } });
    expect(details.status).toBe(200);
    expect(((await details.json()) as { dsa: { code: unknown } }).dsa.code).toMatchObject(expected);
  });
});
