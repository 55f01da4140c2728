import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { launchBrowser } from './helpers/browser.js';
import { focusedPart, instrumentPages, recordedEvents } from './helpers/page-instrumentation.js';
import { startPageServer, type PageServer } from './helpers/page-server.js';
import { artifactsDir, requireBundle } from './helpers/paths.js';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';
import { createSqliteStorage } from '../../core/src/adapters/storage-kysely/index.js';

const answers = [
  'At Streamline Payments I led the billing migration. The situation was a monolith that slowed every release; my task was to split it safely. I planned twelve services, wrote the migration runbook and ran weekly reviews. As a result p99 checkout latency fell from 900 ms to 180 ms and incidents dropped by 35%.',
  'I would put a token bucket per API key in Redis, refilled at the plan rate, with the check and decrement in one Lua script so it is atomic. Clients get 429 with Retry-After. I would shard keys, keep a local fallback when Redis is down, and measure rejected requests per tenant.',
  'A teammate wanted to ship a schema change without a backfill. I asked for a short meeting, we listed the risks together, and agreed on a two-step rollout with a feature flag. It shipped a day later with zero downtime, and we added the pattern to our runbook.',
  'I profile first: I check the slow query log, add the missing index, and cache hot reads in Redis with a short TTL. In my last job that raised API throughput three times while keeping PostgreSQL load flat.',
];

const pseudocode = [
  'seen = empty hash map from value to index',
  'for i from 0 to length(nums) - 1:',
  '    need = target - nums[i]',
  '    if need is in seen:',
  '        return [seen[need], i]',
  '    seen[nums[i]] = i',
  'return no answer',
].join('\n');

const replies = [
  'It runs in O(n) time and O(n) space because each number is visited once and the map holds at most n entries.',
  'With duplicates the map keeps the first index, so [3, 3] with target 6 returns [0, 1]. An empty array returns no answer.',
  'A sorted array would allow two pointers in O(1) extra space, but sorting costs O(n log n) and loses the original indices.',
];

let browser: Browser;
let server: CoachServerProcess;
let site: PageServer;
let context: BrowserContext;
let page: Page;
let resumeDirectory: string;
let resumePath: string;
let dsaTemplate: { id: string; title: string };

beforeAll(async () => {
  const bundle = requireBundle();
  site = await startPageServer(bundle);
  [browser, server] = await Promise.all([launchBrowser(), startCoachServer({ allowedOrigin: site.origin })]);
  resumeDirectory = mkdtempSync(join(tmpdir(), 'coach-widget-resume-'));
  resumePath = join(resumeDirectory, 'jordan-smith-resume.pdf');
  writeFileSync(resumePath, await makeResumePdf());
  const demos = (await (await fetch(`${server.origin}/api/demos/`)).json()) as { id: string; title: string; include_dsa: boolean }[];
  const withDsa = demos.find((demo) => demo.include_dsa);
  if (!withDsa) throw new Error('The starter interviews include none with a DSA round.');
  dsaTemplate = withDsa;
  context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await instrumentPages(context);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.stop(), site?.close()]);
  if (resumeDirectory) rmSync(resumeDirectory, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await context.newPage();
  // Registered before any click: Playwright turns file-chooser interception on asynchronously,
  // so a listener attached just before the click can miss the dialog on a busy machine.
  page.on('filechooser', (chooser) => void chooser.setFiles(resumePath));
});

afterEach(async () => {
  await page.close();
});

const part = (name: string) => page.locator(`coach-interview [part~="${name}"]`);
const idle = () => page.locator('coach-interview [part="base"][aria-busy="false"]').waitFor();
const shot = (name: string) => page.screenshot({ path: `${artifactsDir}/${name}.png`, fullPage: true });

async function open(attributes: string): Promise<void> {
  site.setAttributes(`api-base="${server.origin}" ${attributes}`);
  await page.goto(site.origin);
}

async function pickedResume(): Promise<void> {
  await expect.poll(() => part('file-name').textContent()).toContain('jordan-smith-resume.pdf');
}

async function uploadWithPicker(): Promise<void> {
  await part('file-button').click();
  await pickedResume();
  await part('start-button').click();
  await part('question').waitFor({ timeout: 60_000 });
}

/** The planned number of the shown question; a follow-up shares the number of the question it follows. */
async function questionNumber(): Promise<number> {
  const text = (await part('progress').textContent()) ?? '';
  const match = /Question (\d+) of (\d+)|Follow-up to question (\d+)/.exec(text);
  if (!match) throw new Error(`No question number in "${text}"`);
  return Number(match[1] ?? match[3]);
}

async function isFollowUp(): Promise<boolean> {
  return (await part('follow-up').count()) > 0;
}

/** Answers the shown question and waits for its evaluation. */
async function answer(text: string): Promise<void> {
  await part('answer').fill(text);
  await part('submit-button').click();
  await part('evaluation').waitFor({ timeout: 60_000 });
}

describe('<coach-interview> end to end against coach-server', () => {
  it('should take a candidate from the interview choice through every question, a reload and the DSA round to the report', async () => {
    await open('');
    await part('demo').first().waitFor();
    await shot('e2e-01-landing');
    await page.getByRole('button', { name: `Start ${dsaTemplate.title}` }).click();
    await part('dropzone').waitFor();
    await shot('e2e-02-upload');
    const speech = page.waitForResponse((response) => response.url().endsWith('/api/text-to-speech/'), { timeout: 60_000 });
    await uploadWithPicker();
    await shot('e2e-03-first-question');
    const spoken = await speech;
    expect(spoken.status()).toBe(200);
    expect(spoken.headers()['content-type']).toMatch(/^audio\//);
    // One spoken question proves the voice; muting keeps the rest of the run quick.
    await part('mute-button').click();

    const start = (await recordedEvents(page)).find((event) => event.type === 'coach-session-start');
    expect(start?.detail['sessionId']).toMatch(/^[\w-]{20,}$/);
    expect(start?.detail['templateId']).toBe(dsaTemplate.id);

    let answered = 0;
    let reloaded = false;
    while ((await part('questions-done').count()) === 0) {
      const number = await questionNumber();
      await answer(answers[answered % answers.length] ?? '');
      answered += 1;
      expect(await part('score').first().textContent()).toMatch(/Score: [\d.]+ \/ 10/);
      expect((await part('feedback').textContent())?.trim().length).toBeGreaterThan(10);
      if (answered === 1) {
        expect(await part('evidence').count()).toBe(1);
        await shot('e2e-04-evaluation');
      }
      await part('next-button').click();
      await idle();
      if (answered === 2 && !reloaded && (await part('question').count()) === 1) {
        // Reload midway: the same question comes back, with the half-typed answer.
        reloaded = true;
        const before = await questionNumber();
        expect(before).toBe((await isFollowUp()) ? number : number + 1);
        await part('answer').fill('Half of an answer');
        await page.reload();
        await part('question').waitFor();
        expect(await questionNumber()).toBe(before);
        expect(await part('answer').inputValue()).toBe('Half of an answer');
        await shot('e2e-05-after-reload');
      }
      expect(answered).toBeLessThan(20);
    }
    expect(reloaded).toBe(true);
    await shot('e2e-06-questions-done');
    expect(await part('dsa-button').textContent()).toContain('Start the DSA round');

    await part('dsa-button').click();
    await part('dsa-editor').waitFor({ timeout: 60_000 });
    expect((await part('dsa-problem').textContent())?.length).toBeGreaterThan(20);
    await part('dsa-editor').fill(pseudocode);
    await page.reload();
    await part('dsa-editor').waitFor();
    expect(await part('dsa-editor').inputValue()).toBe(pseudocode);
    await part('dsa-submit-button').click();
    await part('dsa-conversation').waitFor({ timeout: 60_000 });
    await idle();
    for (const reply of replies) {
      if ((await part('dsa-done').count()) > 0) break;
      await part('dsa-reply').fill(reply);
      await part('dsa-send-button').click();
      await idle();
    }
    expect(await part('dsa-message-interviewer').count()).toBeGreaterThan(0);
    await shot('e2e-07-dsa');

    await part('report-button').click();
    await part('report-overall').waitFor({ timeout: 60_000 });
    await shot('e2e-08-report');
    expect(await part('report-question').count()).toBe(answered);
    const bars = await part('report-chart').locator('g[data-score]').count();
    expect(bars).toBeGreaterThanOrEqual(3);
    expect(await part('report-chart').getAttribute('aria-label')).toContain('DSA:');
    const complete = (await recordedEvents(page)).find((event) => event.type === 'coach-session-complete');
    const reportId = String(complete?.detail['reportId']);
    expect(reportId.length).toBeGreaterThan(10);

    // The report the candidate saw is the one recruiters get.
    const stored = await fetch(`${server.origin}/api/reports/${reportId}/`, { headers: { Authorization: `Bearer ${server.secretKey}` } });
    expect(stored.status).toBe(200);
    const report = (await stored.json()) as { overall_score: number; questions: unknown[]; dsa: unknown };
    expect(report.questions).toHaveLength(answered);
    expect(report.dsa).not.toBeNull();
    expect(await part('report-overall').textContent()).toContain(String(report.overall_score).replace(/(\.\d)\d+$/, '$1'));
  }, 300_000);

  it('should keep the typed answer when the server cannot be reached for one request, and send it on retry', async () => {
    await open(`template="${dsaTemplate.id}" no-voice`);
    await part('dropzone').waitFor();
    await uploadWithPicker();
    await page.route('**/api/submit-answer-and-get-next/', (route) => route.abort('connectionrefused'), { times: 1 });
    await part('answer').fill(answers[0] ?? '');
    await part('submit-button').click();
    await part('error').waitFor();
    await shot('e2e-09-network-error');
    expect(await part('error').textContent()).toContain('Could not reach the interview server');
    expect(await part('answer').inputValue()).toBe(answers[0]);
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'coach-error');
    expect(errors.map((event) => event.detail['code'])).toEqual(['NETWORK_ERROR']);
    await part('retry-button').click();
    await part('evaluation').waitFor({ timeout: 60_000 });
    expect(await part('error').count()).toBe(0);
    expect(await part('submitted-answer').textContent()).toBe(answers[0]);
    await shot('e2e-10-retried');
  });

  it('should show the evaluation of an answer the server stored before it died, and move on instead of looping on 409', async () => {
    await open(`template="${dsaTemplate.id}" no-voice`);
    await part('dropzone').waitFor();
    await uploadWithPicker();
    // What a server killed between storing the answer and evaluating it leaves behind.
    const sessionId = (await recordedEvents(page)).find((event) => event.type === 'coach-session-start')?.detail['sessionId'] as string;
    const storage = createSqliteStorage({ filename: server.databaseFile });
    try {
      const [first] = await storage.turns.listBySession({ sessionId });
      await storage.turns.recordAnswer({ id: first!.id, answer: answers[0] ?? '', answeredAt: new Date().toISOString() });
    } finally {
      await storage.close();
    }
    const submits: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/submit-answer-and-get-next/')) submits.push(response.status());
    });
    await part('answer').fill('A different answer typed after the server came back.');
    await part('submit-button').click();
    await part('evaluation').waitFor({ timeout: 60_000 });
    expect(await part('submitted-answer').textContent()).toBe(answers[0]);
    expect(await part('score').first().textContent()).toMatch(/Score: [\d.]+ \/ 10/);
    expect(submits).toEqual([409]);
    await part('next-button').click();
    await idle();
    expect(await questionNumber()).toBe(2);
    expect(await part('error').count()).toBe(0);
  });

  it('should let a keyboard-only candidate choose, upload and answer the first question', async () => {
    await open('no-voice');
    await part('demo').first().waitFor();
    const tabTo = async (target: string) => {
      for (let presses = 0; presses < 25; presses += 1) {
        await page.keyboard.press('Tab');
        if ((await focusedPart(page))?.split(' ').includes(target)) return;
      }
      throw new Error(`Tab never reached ${target}`);
    };
    await tabTo('demo-button');
    await page.keyboard.press('Enter');
    await part('dropzone').waitFor();
    expect(await focusedPart(page)).toBe('coach-upload-heading');
    await tabTo('file-button');
    await page.keyboard.press('Enter');
    await pickedResume();
    await tabTo('start-button');
    await page.keyboard.press('Enter');
    await part('question').waitFor({ timeout: 60_000 });
    expect(await focusedPart(page)).toBe('question');
    await tabTo('answer');
    await page.keyboard.type('I led a migration of our billing system to services and cut latency by 80 percent, measured over a month.');
    await tabTo('submit-button');
    await page.keyboard.press('Enter');
    await part('evaluation').waitFor({ timeout: 60_000 });
    expect(await focusedPart(page)).toBe('coach-evaluation-heading');
    await shot('e2e-11-keyboard-evaluation');
    await tabTo('next-button');
    await page.keyboard.press('Enter');
    // The next question, or a follow-up to the first (which keeps its number).
    await expect.poll(() => part('evaluation').count()).toBe(0);
    expect(await questionNumber()).toBe((await isFollowUp()) ? 1 : 2);
    expect(await focusedPart(page)).toBe('question');
  });
});
