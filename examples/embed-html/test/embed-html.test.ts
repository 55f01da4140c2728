// The embed-html example as its README runs it: the real coach-server (built CLI, SQLite
// file, two allowed origins), the page served by the example's own serve.mjs on another
// origin, opened in Chromium. Both widgets must upgrade from the server's bundles, take the
// page's theme, talk to the server across origins, and have their events logged by the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createCoachClient } from '@coach/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../../packages/core/test/fixtures/make-resume-pdf.js';
import { isBuilt } from '../../../test/packaging/helpers/built.js';
import { launchChromium } from '../../../test/packaging/helpers/chromium.js';
import { repoRoot } from '../../../test/packaging/helpers/paths.js';
import { cleanEnv, freePort, startProcess, type RunningProcess } from '../../../test/packaging/helpers/processes.js';

const BUILT = isBuilt('the embed-html example test');
const EXAMPLE = fileURLToPath(new URL('..', import.meta.url));
const SECRET_KEY = 'embed-html-example-secret-key-0123';
const OTHER_ORIGIN = 'https://careers.example.com';
const ARTIFACTS = join(repoRoot, 'test-artifacts/examples');

describe.skipIf(!BUILT)('examples/embed-html', () => {
  let directory: string;
  let coachServer: RunningProcess;
  let pageServer: RunningProcess;
  let coachOrigin: string;
  let pageOrigin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'coach-embed-html-'));
    const [coachPort, pagePort] = [await freePort(), await freePort()];
    coachOrigin = `http://127.0.0.1:${coachPort}`;
    pageOrigin = `http://127.0.0.1:${pagePort}`;
    coachServer = startProcess(process.execPath, [join(repoRoot, 'packages/server/dist/cli.js')], {
      cwd: directory,
      env: cleanEnv({
        PORT: String(coachPort),
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(directory, 'coach.db')}`,
        COACH_SECRET_KEY: SECRET_KEY,
        COACH_ALLOWED_ORIGINS: `${pageOrigin},${OTHER_ORIGIN}`,
        COACH_SPEECH: 'off',
        COACH_LOG_LEVEL: 'warn',
      }),
    });
    pageServer = startProcess(process.execPath, ['serve.mjs'], {
      cwd: EXAMPLE,
      env: cleanEnv({ PORT: String(pagePort), COACH_SERVER: coachOrigin }),
    });
    await Promise.all([coachServer.waitFor(/Coach .* is running/, 120_000), pageServer.waitFor(/Acme Careers page:/)]);
    writeFileSync(join(directory, 'resume.pdf'), await makeResumePdf());

    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${pageOrigin}/`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([coachServer?.stop(), pageServer?.stop()]);
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  const interviewPart = (name: string) => page.locator(`coach-interview [part~="${name}"]`);
  const dashboardPart = (name: string) => page.locator(`coach-recruiter-dashboard [part~="${name}"]`);
  const loggedEvents = () => page.locator('#events li').allTextContents();

  it('should upgrade both elements from the bundles the Coach server serves', async () => {
    await interviewPart('demo').first().waitFor({ timeout: 30_000 });
    const upgraded = await page.evaluate(() =>
      ['coach-interview', 'coach-recruiter-dashboard'].map((tag) => Boolean(customElements.get(tag) && document.querySelector(tag)?.shadowRoot)),
    );
    expect(upgraded).toEqual([true, true]);
    // The demos come from the server's /api/demos/, fetched across origins.
    const demos = await createCoachClient({ baseUrl: coachOrigin }).listDemos();
    expect(await interviewPart('demo').count()).toBe(demos.length);
    expect(await interviewPart('demo').first().textContent()).toContain(demos[0]?.title ?? '');
    // Without a token the dashboard shows its signed-out note and no candidate data.
    await dashboardPart('signed-out').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("should take the page's colours and font through the CSS custom properties", async () => {
    const theme = await page.evaluate(() => {
      const base = document.querySelector('coach-interview')?.shadowRoot?.querySelector('[part~="base"]');
      const dashboardBase = document.querySelector('coach-recruiter-dashboard')?.shadowRoot?.querySelector('[part~="base"]');
      if (!base || !dashboardBase) return null;
      const style = getComputedStyle(base);
      return {
        accent: style.getPropertyValue('--coach-color-accent').trim(),
        radius: style.getPropertyValue('--coach-radius').trim(),
        font: style.fontFamily,
        dashboardAccent: getComputedStyle(dashboardBase).getPropertyValue('--coach-color-accent').trim(),
      };
    });
    expect(theme).toEqual({ accent: '#5b3fb8', radius: '14px', font: expect.stringContaining('Georgia'), dashboardAccent: '#5b3fb8' });
  });

  it('should start an interview across origins and log the widget events on the page', async () => {
    await interviewPart('demo-button').first().click();
    await interviewPart('file-input').setInputFiles(join(directory, 'resume.pdf'));
    await interviewPart('start-button').click();
    await interviewPart('question').waitFor({ timeout: 60_000 });

    await expect
      .poll(loggedEvents)
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/^Interview started for .+ \(\d+ questions\)$/), expect.stringMatching(/^Question 1 of \d+ shown$/)]),
      );
    await interviewPart('answer').fill(
      'At my last company I led the move of our billing service to Kubernetes. I measured the baseline, split the rollout into ' +
        'three stages and we cut p99 latency from 900 ms to 180 ms with no downtime; I wrote the runbook and trained two teammates.',
    );
    await interviewPart('submit-button').click();
    await interviewPart('evaluation').waitFor({ timeout: 60_000 });
    await expect.poll(loggedEvents).toEqual(expect.arrayContaining([expect.stringMatching(/^Answer scored [\d.]+\/10$/)]));
    await page.screenshot({ path: join(ARTIFACTS, 'embed-html-interview.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('should show the reports to a recruiter token pasted into the page, and log opening one', async () => {
    // What the site's backend does with the secret key: store a report, mint a recruiter token.
    const admin = createCoachClient({ baseUrl: coachOrigin, token: SECRET_KEY });
    const created = await admin.createReport({
      candidate_name: 'Riley Chen',
      candidate_email: 'riley@example.com',
      role: 'Frontend Engineer',
      overall_score: 7.5,
    });
    const { token } = await admin.createRecruiterToken();

    await page.locator('#token').fill(token);
    await page.getByRole('button', { name: 'Show reports' }).click();
    const row = page.locator(`coach-recruiter-dashboard [part~="open-button"][data-report-id="${created.id}"]`);
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    await dashboardPart('report-heading').waitFor();
    expect(await dashboardPart('report-heading').textContent()).toContain('Riley Chen');
    await expect.poll(loggedEvents).toContain(`Report ${created.id} opened`);
    await page.screenshot({ path: join(ARTIFACTS, 'embed-html-dashboard.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('should let only the allowed origins call the API from a browser', async () => {
    // Plain fetch: this checks the CORS headers themselves, which a client's answers do not show.
    for (const origin of [pageOrigin, OTHER_ORIGIN]) {
      const response = await fetch(`${coachOrigin}/api/demos/`, { headers: { origin } });
      expect(response.status, origin).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    const refused = await fetch(`${coachOrigin}/api/demos/`, { headers: { origin: 'https://elsewhere.example.net' } });
    expect(refused.status).toBe(403);
  });
});
