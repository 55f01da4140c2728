import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { findRunnableProblem } from '../../core/src/catalog/runnable/index.js';
import { launchBrowser } from './helpers/browser.js';
import { focusedPart, instrumentPages } from './helpers/page-instrumentation.js';
import { startPageServer, type PageServer } from './helpers/page-server.js';
import { artifactsDir, requireBundle } from './helpers/paths.js';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';

const ANSWER =
  'At Streamline Payments I led the billing migration: I planned twelve services, wrote the runbook and ran weekly reviews, and p99 latency fell from 900 ms to 180 ms.';

let browser: Browser;
let server: CoachServerProcess;
let site: PageServer;
let page: Page;
let resumeDirectory: string;
let templateId: string;

beforeAll(async () => {
  site = await startPageServer(requireBundle());
  [browser, server] = await Promise.all([launchBrowser(), startCoachServer({ allowedOrigin: site.origin })]);
  resumeDirectory = mkdtempSync(join(tmpdir(), 'coach-code-round-'));
  const resumePath = join(resumeDirectory, 'resume.pdf');
  writeFileSync(resumePath, await makeResumePdf());
  const demos = (await (await fetch(`${server.origin}/api/demos/`)).json()) as { id: string; include_dsa: boolean }[];
  templateId = demos.find((demo) => demo.include_dsa)!.id;
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await instrumentPages(context);
  page = await context.newPage();
  page.on('filechooser', (chooser) => void chooser.setFiles(resumePath));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.stop(), site?.close()]);
  if (resumeDirectory) rmSync(resumeDirectory, { recursive: true, force: true });
});

const part = (name: string) => page.locator(`coach-interview [part~="${name}"]`);
const idle = () => page.locator('coach-interview [part="base"][aria-busy="false"]').waitFor();

describe('<coach-interview> code round against coach-server', () => {
  it('should switch to JavaScript by keyboard, run a wrong solution on the examples, and submit a correct one', async () => {
    site.setAttributes(`api-base="${server.origin}" template="${templateId}" no-voice`);
    await page.goto(site.origin);
    await part('file-button').click();
    await part('start-button').click();
    await part('question').waitFor({ timeout: 60_000 });
    for (let answered = 0; (await part('questions-done').count()) === 0; answered += 1) {
      expect(answered).toBeLessThan(20);
      await part('answer').fill(ANSWER);
      await part('submit-button').click();
      await part('evaluation').waitFor({ timeout: 60_000 });
      await part('next-button').click();
      await idle();
    }

    const question = page.waitForResponse((response) => response.url().endsWith('/api/get-dsa-question/'));
    await part('dsa-button').click();
    const { question: problem } = (await (await question).json()) as { question: { id: string; languages: string[]; signatures: Record<string, string> } };
    expect(problem.languages).toEqual(expect.arrayContaining(['pseudocode', 'javascript']));
    const runnable = findRunnableProblem(problem.id);
    if (!runnable) throw new Error(`${problem.id} is not runnable`);

    // The language switch is a radio group: arrow keys move between the languages.
    await part('dsa-language').first().waitFor({ timeout: 30_000 });
    await part('dsa-language').first().focus();
    expect(await part('dsa-language').first().isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await part('dsa-code-editor').waitFor();
    expect(await focusedPart(page)).toBe('dsa-language');
    expect(await part('dsa-code-editor').inputValue()).toBe(problem.signatures['javascript']);

    // Code that throws fails every example, each shown with what was expected and the error.
    const signature = problem.signatures['javascript']!;
    const brace = signature.indexOf('{') + 1;
    await part('dsa-code-editor').fill(`${signature.slice(0, brace)}\n  throw new Error('not written yet');${signature.slice(brace)}`);
    await part('code-run-button').click();
    await part('code-summary').waitFor({ timeout: 60_000 });
    await idle();
    const examples = runnable.examples.length;
    expect(await part('code-summary').textContent()).toContain(`Examples: 0 of ${examples} passed`);
    expect(await part('code-case').count()).toBe(examples);
    expect(await part('code-cases').textContent()).toContain('failed');
    expect(await part('code-problem').textContent()).toMatch(/error|stopped/i);
    expect(await part('dsa-conversation').count()).toBe(0);
    await page.screenshot({ path: `${artifactsDir}/code-round-01-examples-failed.png`, fullPage: true });

    await part('dsa-code-editor').fill(runnable.references.javascript);
    await part('code-submit-button').click();
    await part('dsa-conversation').waitFor({ timeout: 60_000 });
    await idle();
    const summary = (await part('code-summary').textContent()) ?? '';
    const [, passed, total] = /All tests: (\d+) of (\d+) passed/.exec(summary) ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(examples + 8);
    expect(passed).toBe(total);
    expect(await part('code-cases').textContent()).toContain('Hidden test');
    const score = Number(/([\d.]+)/.exec((await part('dsa-score').textContent()) ?? '')?.[1]);
    expect(score).toBeGreaterThanOrEqual(7);
    expect(await part('dsa-message-candidate').first().textContent()).toContain(runnable.references.javascript.split('\n')[0]!.trim());
    await page.screenshot({ path: `${artifactsDir}/code-round-02-submitted.png`, fullPage: true });

    // The report keeps the submission: language and tests passed of total.
    await part('report-button').click();
    await part('report-code').waitFor({ timeout: 60_000 });
    expect(await part('report-code').textContent()).toContain(`JavaScript: ${total} of ${total} tests passed.`);
  }, 300_000);
});
