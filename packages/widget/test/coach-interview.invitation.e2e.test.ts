import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { launchBrowser } from './helpers/browser.js';
import { instrumentPages, recordedEvents } from './helpers/page-instrumentation.js';
import { startPageServer, type PageServer } from './helpers/page-server.js';
import { artifactsDir, requireBundle } from './helpers/paths.js';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';

let browser: Browser;
let server: CoachServerProcess;
let site: PageServer;
let page: Page;
let resumeDirectory: string;
let template: { id: string; title: string };

beforeAll(async () => {
  site = await startPageServer(requireBundle());
  [browser, server] = await Promise.all([launchBrowser(), startCoachServer({ allowedOrigin: site.origin })]);
  resumeDirectory = mkdtempSync(join(tmpdir(), 'coach-invitation-'));
  const resumePath = join(resumeDirectory, 'resume.pdf');
  writeFileSync(resumePath, await makeResumePdf());
  const demos = (await (await fetch(`${server.origin}/api/demos/`)).json()) as { id: string; title: string }[];
  template = demos[demos.length - 1]!;
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

async function invite(candidateName: string): Promise<{ id: string; token: string }> {
  const response = await fetch(`${server.origin}/api/invitations/`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      template_id: template.id,
      candidate_name: candidateName,
      candidate_email: `${candidateName.split(' ')[0]!.toLowerCase()}@example.com`,
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; token: string };
}

describe('<coach-interview> with a personal interview link', () => {
  it('should skip the choice, name the interview and who invited, and start the interview from the link', async () => {
    const { token } = await invite('Avery Quinn');
    site.setAttributes(`api-base="${server.origin}" invitation="${token}" no-voice`);
    await page.goto(site.origin);
    await part('invitation').waitFor({ timeout: 30_000 });
    expect(await part('invitation').textContent()).toMatch(new RegExp(`Interview for ${template.title}, invited by .+`));
    expect(await part('demo').count()).toBe(0);
    await page.screenshot({ path: `${artifactsDir}/invitation-01-upload.png`, fullPage: true });
    await part('file-button').click();
    await part('start-button').click();
    await part('question').waitFor({ timeout: 60_000 });
    const start = (await recordedEvents(page)).find((event) => event.type === 'coach-session-start');
    expect(start?.detail['templateId']).toBe(template.id);
    const listed = await fetch(`${server.origin}/api/invitations/?template_id=${template.id}`, { headers: { Authorization: `Bearer ${server.secretKey}` } });
    const { invitations } = (await listed.json()) as { invitations: { status: string; candidate_name: string }[] };
    expect(invitations.find((row) => row.candidate_name === 'Avery Quinn')?.status).toBe('started');
  }, 180_000);

  it('should show why a revoked link no longer works, read from the page address', async () => {
    const { id, token } = await invite('Blake Rivers');
    const revoked = await fetch(`${server.origin}/api/invitations/${id}/`, { method: 'DELETE', headers: { Authorization: `Bearer ${server.secretKey}` } });
    expect(revoked.ok).toBe(true);
    await page.evaluate(() => sessionStorage.clear());
    site.setAttributes(`api-base="${server.origin}" no-voice`);
    await page.goto(`${site.origin}/?invitation=${token}`);
    await part('error').waitFor({ timeout: 30_000 });
    expect(await part('error').textContent()).toMatch(/withdrawn by the recruiter/);
    expect(await part('dropzone').count()).toBe(0);
    await page.screenshot({ path: `${artifactsDir}/invitation-02-revoked.png`, fullPage: true });
  }, 60_000);
});
