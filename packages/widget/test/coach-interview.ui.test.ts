import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.js';
import { startContractServer, type ContractServer } from './helpers/contract-server.js';
import { startPageServer, type PageServer } from './helpers/page-server.js';
import { focusedPart, instrumentPages, printCalls, recordedEvents, spokenTexts } from './helpers/page-instrumentation.js';
import { artifactsDir, requireBundle } from './helpers/paths.js';

const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let browser: Browser;
let api: ContractServer;
let site: PageServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const bundle = requireBundle();
  [browser, api] = await Promise.all([launchBrowser(), startContractServer()]);
  site = await startPageServer(bundle);
  // One context for the file: a new page per test has its own sessionStorage, and
  // localStorage (the mute preference) is cleared before each test.
  context = await browser.newContext();
  await instrumentPages(context);
});

afterAll(async () => {
  await Promise.all([browser?.close(), api?.close(), site?.close()]);
});

beforeEach(async () => {
  api.requests.length = 0;
  api.setSpeechConfigured(true);
  page = await context.newPage();
});

afterEach(async () => {
  await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  await page.close();
  // The stand-in answers exactly as the server's OpenAPI document says the server does.
  expect(api.contractErrors.splice(0)).toEqual([]);
});

async function open(attributes = '', options: { noVoice?: boolean } = { noVoice: true }): Promise<void> {
  site.setAttributes(`api-base="${api.origin}" ${options.noVoice ? 'no-voice' : ''} ${attributes}`);
  await page.goto(site.origin);
  await page.waitForFunction(() => customElements.get('coach-interview') !== undefined);
}

const widget = () => page.locator('coach-interview');
const part = (name: string) => page.locator(`coach-interview [part~="${name}"]`);

async function uploadResume(name = 'resume.pdf', mimeType = 'application/pdf', buffer: Buffer = pdfBytes): Promise<void> {
  await part('file-input').setInputFiles({ name, mimeType, buffer });
  await part('start-button').click();
}

async function startInterview(attributes = 'template="software-engineer"', options?: { noVoice?: boolean }): Promise<void> {
  await open(attributes, options);
  await uploadResume();
  await part('question').waitFor();
}

async function answerCurrent(text: string): Promise<void> {
  await part('answer').fill(text);
  await part('submit-button').click();
  await part('evaluation').waitFor();
}

describe('<coach-interview> (UI against the HTTP contract)', () => {
  it('should list the interviews and move to the upload when one is chosen', async () => {
    await open();
    await expect.poll(() => part('demo').count()).toBe(2);
    // Loading the page must not pull focus into the widget.
    expect(await focusedPart(page)).toBe('body');
    await expect.poll(() => part('demo').first().textContent()).toContain('Software Engineer');
    await page.screenshot({ path: `${artifactsDir}/ui-landing.png` });
    await page.getByRole('button', { name: 'Start Product Manager' }).click();
    await part('dropzone').waitFor();
    await expect.poll(() => part('upload').textContent()).toContain('Product Manager');
    expect(await part('back-button').count()).toBe(1);
  });

  it('should offer a retry when the list of interviews cannot be loaded', async () => {
    api.failNext('demos/', { status: 503, code: 'STORAGE_ERROR', message: 'Database unavailable.' });
    await open();
    await part('error').waitFor();
    expect(await part('landing').count()).toBe(0);
    await part('retry-button').click();
    await expect.poll(() => part('demo').count()).toBe(2);
    expect(await part('error').count()).toBe(0);
  });

  it('should start straight at the upload when the host fixes the template', async () => {
    await open('template="software-engineer"');
    await part('dropzone').waitFor();
    expect(await part('landing').count()).toBe(0);
    expect(await part('back-button').count()).toBe(0);
    await uploadResume();
    await part('question').waitFor();
    const upload = api.requests.find((request) => request.path === 'upload-resume/');
    expect(upload?.body).toMatchObject({ demo_id: 'software-engineer', resume: { name: 'resume.pdf' } });
  });

  it('should start an interview with a resume dropped on the drop zone', async () => {
    await open('template="software-engineer"');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.4 dropped'], 'dropped-resume.pdf', { type: 'application/pdf' }));
      return transfer;
    });
    await part('dropzone').dispatchEvent('dragover', { dataTransfer });
    await expect.poll(() => part('dropzone').getAttribute('class')).toContain('coach__dropzone--active');
    await part('dropzone').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => part('file-name').textContent()).toContain('dropped-resume.pdf');
    await part('start-button').click();
    await part('question').waitFor();
    expect(api.requests.find((request) => request.path === 'upload-resume/')?.body).toMatchObject({ resume: { name: 'dropped-resume.pdf' } });
  });

  it('should refuse a file type the server cannot read without uploading it', async () => {
    await open('template="software-engineer"');
    await part('file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => part('upload').textContent()).toContain('This file type is not supported');
    expect(await part('start-button').isDisabled()).toBe(true);
    expect(api.requests.some((request) => request.path === 'upload-resume/')).toBe(false);
  });

  it.each([
    [413, 'FILE_TOO_LARGE', 'The file is larger than 10 MB.', 'This file is too large', false],
    [415, 'UNSUPPORTED_FILE_TYPE', 'Only PDF, DOCX, PNG and JPEG are read.', 'This file type is not supported', false],
    [422, 'ENCRYPTED_FILE', 'The PDF is encrypted.', 'This file could not be read', false],
    [429, 'RATE_LIMITED', 'Too many uploads.', 'Please wait 30 seconds', true],
    [501, 'NOT_CONFIGURED', 'Image resumes need a vision or OCR provider.', 'not available on this server', false],
    [500, 'STORAGE_ERROR', 'The database is unavailable.', 'The interview server had a problem', true],
    [503, 'PROVIDER_ERROR', 'The model provider failed.', 'The interview server had a problem', true],
  ])('should explain an upload answered with %i and emit coach-error', async (status, code, message, shown, retryable) => {
    await open('template="software-engineer"');
    api.failNext('upload-resume/', { status, code, message, headers: status === 429 ? { 'Retry-After': '30' } : {} });
    await uploadResume();
    await part('error').waitFor();
    expect(await part('error').textContent()).toContain(shown);
    expect(await part('retry-button').count()).toBe(retryable ? 1 : 0);
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'coach-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ bubbles: true, composed: true, detail: { code, status } });
    expect(String(errors[0]?.detail['message'])).toContain(shown);
    if (status === 422) expect(await part('error').textContent()).toContain('The PDF is encrypted.');
    if (retryable) {
      await part('retry-button').click();
      await part('question').waitFor();
      expect(await part('error').count()).toBe(0);
    }
  });

  it('should show upload progress while sending and a processing stage afterwards', async () => {
    await open('template="software-engineer"');
    // Hold the upload's answer so that the processing stage stays on screen.
    const release = api.holdNext('upload-resume/');
    await part('file-input').setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2_000_000, 32) });
    await part('start-button').click();
    await part('upload-progress').waitFor();
    await expect.poll(() => part('upload-progress').textContent()).toMatch(/Uploading \d+%|Reading your resume/);
    await expect.poll(() => part('upload-progress').textContent()).toContain('Reading your resume');
    expect(await part('upload-progress').locator('progress').count()).toBe(1);
    await page.screenshot({ path: `${artifactsDir}/ui-upload-progress.png` });
    release();
    await part('question').waitFor();
  });

  it('should show a question, evaluate the answer with evidence, and move focus to each new question', async () => {
    await startInterview();
    expect(await part('progress').textContent()).toContain('Question 1 of 3');
    expect(await part('question').textContent()).toContain('led a project');
    expect(await focusedPart(page)).toContain('question');
    await answerCurrent('I led the billing migration to twelve services and cut latency by eighty percent.');
    expect(await part('score').first().textContent()).toMatch(/Score: \d+ \/ 10/);
    expect(await part('feedback').textContent()).toContain('words');
    expect(await part('evidence').textContent()).toContain('I led the billing migration to');
    expect(await focusedPart(page)).toBe('coach-evaluation-heading');
    // The criteria are there on request, folded away under the coaching sentences.
    const scoring = part('scoring');
    expect(await scoring.locator('summary').textContent()).toBe('How this was scored');
    expect(await scoring.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await scoring.locator('li').first().isVisible()).toBe(false);
    await scoring.locator('summary').click();
    expect(await scoring.locator('li').allTextContents()).toEqual(['Length: 10 of 10 points.', 'Specificity: 1 of 2.5 points.']);
    await part('evaluation').screenshot({ path: `${artifactsDir}/ui-evaluation-scoring.png` });
    await scoring.locator('summary').click();
    await page.screenshot({ path: `${artifactsDir}/ui-evaluation.png` });
    await part('next-button').click();
    await expect.poll(() => part('progress').textContent()).toContain('Question 2 of 3');
    expect(await focusedPart(page)).toContain('question');
    expect(await part('answer').inputValue()).toBe('');
    const events = await recordedEvents(page);
    expect(events.map((event) => event.type)).toEqual(['coach-session-start', 'coach-question-show', 'coach-answer-evaluate', 'coach-question-show']);
    expect(events.every((event) => event.bubbles && event.composed)).toBe(true);
    expect(events[0]?.detail).toMatchObject({ templateId: 'software-engineer', role: 'Backend Engineer', totalQuestions: 3 });
    expect(events[2]?.detail).toMatchObject({ isFinal: false, evidence: ['I led the billing migration to'] });
    expect(events[3]?.detail).toMatchObject({ questionNumber: 2, kind: 'technical' });
  });

  it('should count planned questions and show a follow-up as a follow-up to its question', async () => {
    api.setQuestions([
      { text: 'Tell me about a time you led a project under a tight deadline.', kind: 'behavioral' },
      { text: 'What exactly did you do yourself in that project?', kind: 'behavioral', is_follow_up: true },
      { text: 'How would you design a rate limiter for a public API?', kind: 'technical' },
    ]);
    try {
      await startInterview();
      expect(await part('progress').textContent()).toContain('Question 1 of 2');
      await answerCurrent('We shipped it.');
      await part('next-button').click();
      await expect.poll(() => part('progress').textContent()).toContain('Follow-up to question 1');
      expect(await part('progress').textContent()).not.toContain('of 3');
      await page.screenshot({ path: `${artifactsDir}/ui-follow-up.png` });
      const live = page.locator('coach-interview [aria-live="polite"][role="status"]').first();
      await expect.poll(() => live.textContent()).toContain('Follow-up to question 1: What exactly');
      await page.reload();
      await part('question').waitFor();
      expect(await part('progress').textContent()).toContain('Follow-up to question 1');
      await answerCurrent('I wrote the plan and the migration scripts myself.');
      await part('next-button').click();
      await expect.poll(() => part('progress').textContent()).toContain('Question 2 of 2');
      const shown = (await recordedEvents(page)).filter((event) => event.type === 'coach-question-show').map((event) => event.detail);
      expect(shown.at(-1)).toMatchObject({ questionNumber: 2, totalQuestions: 2, isFollowUp: false });
    } finally {
      api.setQuestions([
        { text: 'Tell me about a time you led a project under a tight deadline.', kind: 'behavioral' },
        { text: 'How would you design a rate limiter for a public API?', kind: 'technical' },
        { text: 'Describe a disagreement with a teammate and how you resolved it.', kind: 'behavioral' },
      ]);
    }
  });

  it('should announce new questions and evaluations in a live region', async () => {
    await startInterview();
    const live = page.locator('coach-interview [aria-live="polite"][role="status"]').first();
    await expect.poll(() => live.textContent()).toContain('Question 1 of 3: Tell me about a time');
    await answerCurrent('A short answer about leading.');
    await expect.poll(() => live.textContent()).toMatch(/Evaluation: score \d+ out of 10/);
  });

  it('should keep the typed answer when the network fails and send it again on retry', async () => {
    await startInterview();
    await page.route('**/api/submit-answer-and-get-next/', (route) => route.abort('connectionrefused'), { times: 1 });
    await part('answer').fill('My answer that must survive the failure.');
    await part('submit-button').click();
    await part('error').waitFor();
    expect(await part('error').textContent()).toContain('Could not reach the interview server');
    expect(await part('answer').inputValue()).toBe('My answer that must survive the failure.');
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'coach-error');
    expect(errors[0]?.detail).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
    await part('retry-button').click();
    await part('evaluation').waitFor();
    const submitted = api.requests.filter((request) => request.path === 'submit-answer-and-get-next/');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.body).toMatchObject({ answer: 'My answer that must survive the failure.' });
  });

  it('should catch up with the server when a retried answer was already stored', async () => {
    await startInterview();
    // The server stores the answer but the reply is lost on the way back.
    await page.route(
      '**/api/submit-answer-and-get-next/',
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await part('answer').fill('Stored on the first attempt.');
    await part('submit-button').click();
    await part('retry-button').waitFor();
    await part('retry-button').click();
    // The 409 is followed by the evaluation the server holds, then the next question.
    await part('evaluation').waitFor();
    expect(await part('submitted-answer').textContent()).toBe('Stored on the first attempt.');
    await part('next-button').click();
    await expect.poll(() => part('progress').textContent()).toContain('Question 2 of 3');
    expect(await part('error').count()).toBe(0);
  });

  it('should resume the session, and keep the draft answer, after a reload', async () => {
    await startInterview();
    await answerCurrent('First answer.');
    await part('next-button').click();
    await part('answer').fill('Half-written second answer');
    await page.reload();
    await part('question').waitFor();
    expect(await part('progress').textContent()).toContain('Question 2 of 3');
    expect(await part('answer').inputValue()).toBe('Half-written second answer');
    expect(api.requests.filter((request) => request.path === 'upload-resume/')).toHaveLength(1);
    expect(api.requests.at(-1)?.path).toMatch(/^sessions\/[0-9a-f]+\/$/);
    const events = await recordedEvents(page);
    expect(events.map((event) => event.type)).toEqual(['coach-question-show']);
  });

  it('should start over when the stored session is gone', async () => {
    await startInterview();
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) if (key.endsWith(':session')) sessionStorage.setItem(key, 'f'.repeat(32));
    });
    await page.reload();
    await part('dropzone').waitFor();
    expect(await part('error').count()).toBe(0);
  });

  it('should render model output as text, never as HTML', async () => {
    api.setQuestions([{ text: '<img src=x onerror="window.injected = true"><b>bold</b>', kind: 'behavioral' }]);
    try {
      await startInterview();
      expect(await part('question').textContent()).toContain('<img src=x onerror="window.injected = true"><b>bold</b>');
      expect(await part('question').locator('img, b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    } finally {
      api.setQuestions([
        { text: 'Tell me about a time you led a project under a tight deadline.', kind: 'behavioral' },
        { text: 'How would you design a rate limiter for a public API?', kind: 'technical' },
        { text: 'Describe a disagreement with a teammate and how you resolved it.', kind: 'behavioral' },
      ]);
    }
  });

  async function answerAll(): Promise<void> {
    for (let index = 0; index < 3; index += 1) {
      await answerCurrent(`Answer number ${index + 1} with a few concrete words about results.`);
      await part('next-button').click();
    }
    await part('questions-done').waitFor();
  }

  it('should offer the DSA round by default when the template includes it', async () => {
    await startInterview();
    await answerAll();
    expect(await part('dsa-button').first().textContent()).toContain('Start the DSA round');
    expect(await part('dsa-button').getAttribute('class')).toContain('coach__button--primary');
    expect(await part('report-button').textContent()).toContain('Skip to the report');
  });

  it('should go straight on to the report when the template leaves the DSA round out', async () => {
    await startInterview('template="product-manager"');
    await answerAll();
    expect(await part('dsa-button').count()).toBe(0);
    expect(await part('report-button').textContent()).toContain('See my report');
    expect(await part('report-button').getAttribute('class')).toContain('coach__button--primary');
  });

  it("should render the problem statement's Markdown as text and line the examples up in a table", async () => {
    await startInterview();
    await answerAll();
    await part('dsa-button').click();
    await part('dsa-editor').waitFor();
    const statement = part('dsa-problem');
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain('integers nums and an integer target');
    expect(text).not.toContain('`');
    expect(text).not.toContain('**');
    expect(await statement.locator('p code').allTextContents()).toEqual(['nums', 'target', 'target']);
    expect(await statement.locator('strong').textContent()).toBe('two');
    expect(await statement.locator('ul li').count()).toBe(2);
    // A tag from the model is shown as written, never parsed.
    expect(text).toContain('<b>no reuse</b>');
    expect(await statement.locator('b').count()).toBe(0);
    const table = part('dsa-examples');
    expect(await table.locator('th').allTextContents()).toEqual(['Input', 'Output', 'Explanation']);
    expect(await table.locator('tbody tr').count()).toBe(2);
    // Aligned: every row's output starts at the same x.
    const outputs = await table.locator('tbody tr td:nth-child(2)').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    expect(new Set(outputs).size).toBe(1);
    // A long input wraps in its cell instead of pushing the output out of the box.
    const tableRight = await table.evaluate((element) => element.getBoundingClientRect().right);
    const cellRights = await table.locator('tbody td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
    for (const right of cellRights) expect(right).toBeLessThanOrEqual(tableRight + 1);
    expect(await table.locator('tbody tr').first().locator('td').nth(2).locator('code').textContent()).toBe('nums[0] + nums[1] = 9');
    await statement.screenshot({ path: `${artifactsDir}/ui-dsa-problem.png` });
  });

  it('should indent with Tab, outdent with Shift+Tab, let Escape then Tab leave, and keep the draft across a reload', async () => {
    await startInterview();
    await answerAll();
    await part('dsa-button').click();
    await part('dsa-editor').waitFor();
    expect(await part('dsa-problem').textContent()).toContain('nums = [2, 7, 11, 15], target = 9');
    const editor = part('dsa-editor');
    await editor.click();
    await page.keyboard.type('for each n:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('look up target - n');
    expect(await editor.inputValue()).toBe('for each n:\n    look up target - n');
    await page.keyboard.press('Shift+Tab');
    expect(await editor.inputValue()).toBe('for each n:\nlook up target - n');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await focusedPart(page)).toBe('dsa-editor');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusedPart(page)).not.toBe('dsa-editor');
    expect(await editor.inputValue()).toBe('for each n:\n    look up target - n');
    await page.reload();
    await part('dsa-editor').waitFor();
    expect(await part('dsa-editor').inputValue()).toBe('for each n:\n    look up target - n');
    expect(await part('dsa-editor').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/mono/i);
  });

  it('should run the DSA conversation, then show a printable report with a score chart', async () => {
    await startInterview();
    await answerAll();
    await part('dsa-button').click();
    await part('dsa-editor').fill('map = {}\nfor i, n in nums:\n    if target - n in map: return [map[target - n], i]\n    map[n] = i');
    await part('dsa-submit-button').click();
    await part('dsa-conversation').waitFor();
    expect(await part('dsa-conversation').textContent()).toContain('What happens with duplicate numbers?');
    expect(await part('dsa-message-candidate').first().textContent()).toContain('map[n] = i');
    await part('dsa-reply').fill('The map keeps the first index, so duplicates still work.');
    await part('dsa-send-button').click();
    await part('dsa-done').waitFor();
    await page.screenshot({ path: `${artifactsDir}/ui-dsa.png`, fullPage: true });
    await part('report-button').click();
    await part('report-overall').waitFor();
    const bars = part('report-chart').locator('g[data-score]');
    await expect.poll(() => bars.count()).toBe(4);
    expect(await part('report-chart').getAttribute('aria-label')).toMatch(
      /Overall: [\d.]+ \/ 10, Behavioral: [\d.]+ \/ 10, Technical: [\d.]+ \/ 10, DSA: 6 \/ 10/,
    );
    expect(await part('report-question').count()).toBe(3);
    expect(await part('report-dsa').textContent()).toContain('O(n)');
    const complete = (await recordedEvents(page)).filter((event) => event.type === 'coach-session-complete');
    expect(complete).toHaveLength(1);
    expect(complete[0]?.detail['reportId']).toMatch(/^report-/);
    await page.screenshot({ path: `${artifactsDir}/ui-report.png`, fullPage: true });
    await part('print-button').click();
    expect(await printCalls(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await part('print-button').isVisible()).toBe(false);
    expect(await part('header').isVisible()).toBe(false);
    expect(await part('report-chart').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await part('report-overall').waitFor();
    expect((await recordedEvents(page)).filter((event) => event.type === 'coach-session-complete')).toHaveLength(0);
  });

  it('should apply the light, dark and auto themes from the --coach-* tokens', async () => {
    const background = () => part('base').evaluate((element) => getComputedStyle(element).backgroundColor);
    await open('theme="dark"');
    await part('landing').waitFor();
    expect(await background()).toBe('rgb(17, 24, 39)');
    await page.screenshot({ path: `${artifactsDir}/ui-dark-landing.png` });
    await widget().evaluate((element) => element.setAttribute('theme', 'light'));
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await widget().evaluate((element) => element.setAttribute('theme', 'auto'));
    await expect.poll(background).toBe('rgb(17, 24, 39)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.addStyleTag({ content: 'coach-interview { --coach-color-background: rgb(1, 2, 3); }' });
    await expect.poll(background).toBe('rgb(1, 2, 3)');
  });

  it('should use the strings a host gives it, and the lang attribute', async () => {
    await open('lang="de"');
    await part('landing').waitFor();
    await widget().evaluate((element) => {
      (element as HTMLElement & { strings: Record<string, string> }).strings = { chooseHeading: 'Wähle ein Interview', chooseButton: 'Los' };
    });
    await expect.poll(() => part('landing').locator('h2').textContent()).toBe('Wähle ein Interview');
    expect(await part('demo-button').first().textContent()).toContain('Los');
    expect(await part('base').getAttribute('lang')).toBe('de');
  });

  it('should speak questions with the server voice and remember muting', async () => {
    await startInterview('template="software-engineer"', { noVoice: false });
    await expect.poll(() => api.requests.filter((request) => request.path === 'text-to-speech/').length).toBe(1);
    expect(api.requests.find((request) => request.path === 'text-to-speech/')?.body).toEqual({
      text: 'Tell me about a time you led a project under a tight deadline.',
    });
    // The label says what a click does, so the state is visible without assistive technology.
    expect((await part('mute-button').textContent())?.trim()).toBe('Mute questions');
    await part('mute-button').click();
    expect((await part('mute-button').textContent())?.trim()).toBe('Unmute questions');
    expect(await page.evaluate(() => localStorage.getItem('coach-interview:muted'))).toBe('true');
    // Muting stops new questions being read, not the explicit request to hear this one again.
    await page.screenshot({ path: `${artifactsDir}/ui-muted.png` });
    await part('repeat-button').click();
    await expect.poll(() => api.requests.filter((request) => request.path === 'text-to-speech/').length).toBe(2);
    await answerCurrent('Muted answer.');
    await part('next-button').click();
    await expect.poll(() => part('progress').textContent()).toContain('Question 2 of 3');
    await page.reload();
    await part('question').waitFor();
    expect((await part('mute-button').textContent())?.trim()).toBe('Unmute questions');
    expect(await part('repeat-button').count()).toBe(1);
    expect(api.requests.filter((request) => request.path === 'text-to-speech/')).toHaveLength(2);
  });

  it('should fall back to the browser voice when the server has no speech provider', async () => {
    api.setSpeechConfigured(false);
    await startInterview('template="software-engineer" lang="en-GB"', { noVoice: false });
    await expect.poll(() => spokenTexts(page)).toEqual(['Tell me about a time you led a project under a tight deadline.']);
    await answerCurrent('An answer.');
    await part('next-button').click();
    await expect.poll(() => spokenTexts(page)).toHaveLength(2);
    expect(api.requests.filter((request) => request.path === 'text-to-speech/')).toHaveLength(1);
    expect((await recordedEvents(page)).some((event) => event.type === 'coach-error')).toBe(false);
  });

  it('should use the browser voice with voice="browser", and no speech at all with no-voice', async () => {
    await startInterview('template="software-engineer" voice="browser"', { noVoice: false });
    await expect.poll(() => spokenTexts(page)).toHaveLength(1);
    expect(api.requests.some((request) => request.path === 'text-to-speech/')).toBe(false);
    await page.close();
    page = await context.newPage();
    await startInterview('template="software-engineer" voice="browser"', { noVoice: true });
    expect(await part('mute-button').count()).toBe(0);
    expect(await part('repeat-button').count()).toBe(0);
    expect(await spokenTexts(page)).toEqual([]);
  });

  it('should offer dictation where SpeechRecognition exists and append what it hears', async () => {
    await page.addInitScript(() => {
      class FakeRecognition extends EventTarget {
        lang = '';
        continuous = false;
        interimResults = false;
        start() {
          (window as unknown as { recognition: FakeRecognition }).recognition = this;
        }
        stop() {
          this.dispatchEvent(new Event('end'));
        }
        abort() {
          this.stop();
        }
      }
      (window as unknown as { SpeechRecognition: unknown }).SpeechRecognition = FakeRecognition;
    });
    await startInterview();
    await part('answer').fill('Typed first.');
    await part('dictate-button').click();
    expect(await part('dictate-button').getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() => {
      const recognition = (window as unknown as { recognition: EventTarget }).recognition;
      const event = Object.assign(new Event('result'), { resultIndex: 0, results: [Object.assign([{ transcript: 'then spoken words' }], { isFinal: true })] });
      recognition.dispatchEvent(event);
    });
    await expect.poll(() => part('answer').inputValue()).toBe('Typed first. then spoken words');
    await part('dictate-button').click();
    expect(await part('dictate-button').getAttribute('aria-pressed')).toBe('false');
  });

  it('should not offer dictation where the browser cannot recognise speech', async () => {
    await page.addInitScript(() => {
      delete (window as unknown as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
      delete (window as unknown as { SpeechRecognition?: unknown }).SpeechRecognition;
    });
    await startInterview();
    expect(await part('dictate-button').count()).toBe(0);
  });

  it('should keep the first registration and warn when another version is loaded', async () => {
    await page.addInitScript(() => {
      class Other extends HTMLElement {
        static version = '0.0.1-other';
      }
      customElements.define('coach-interview', Other);
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(site.origin);
    await expect.poll(() => warnings.join('\n')).toContain('already defined by version 0.0.1-other');
    expect(await page.evaluate(() => (customElements.get('coach-interview') as unknown as { version: string }).version)).toBe('0.0.1-other');
  });
});
