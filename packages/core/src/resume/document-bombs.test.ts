// Regression tests for decompression bombs: small uploads that once froze the server for tens of
// seconds and grew it to gigabytes until it died. Every bomb is generated at run time.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachContext, CoachSettings } from '../internal/context.js';
import type { TextRecognizer } from '../ports/text-recognizer.js';
import { CoachError } from '../errors/index.js';
import { DEFAULT_SETTINGS } from '../create-coach.js';
import { createOfflineInterviewer } from '../adapters/offline/index.js';
import { silentLogger } from '../internal/logger.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { makeContentStreamBombPdf, makeHugePng, makeParagraphBombDocx } from '../../test/support/document-bombs.js';
import { DOCUMENT_LIMITS } from './document-limits.js';
import { readResume, type ReadResumeOptions } from './resume-reader.js';
import type { ResumeInput } from './resume-types.js';

let testStorage: TestStorage;
beforeAll(async () => {
  testStorage = await createTestSqliteStorage();
});
afterAll(() => testStorage.cleanup());

function contextWith(parts: { textRecognizer?: TextRecognizer | null; settings?: Partial<CoachSettings> } = {}): CoachContext {
  return {
    storage: testStorage.storage,
    languageModel: createOfflineInterviewer(),
    speechModel: null,
    mailer: null,
    textRecognizer: parts.textRecognizer ?? null,
    settings: { ...DEFAULT_SETTINGS, ...parts.settings },
    now: () => new Date('2025-06-01T00:00:00Z'),
    logger: silentLogger,
  };
}

const MIB = 1024 * 1024;
/**
 * "Quickly": each refusal takes well under a second on an idle machine (plus a second to start the
 * worker from TypeScript source); the bound leaves room for a loaded CI runner while staying far
 * below what these files used to cost (45 s and a crash, 54 s and a crash, 13 s).
 */
const QUICKLY_SECONDS = 10;
/** The event loop keeps answering: no single stall longer than this while a bomb is read. */
const MAX_BLOCKED_MS = 750;

/**
 * Reads a resume that must fail, and reports how: the error, the time taken, the process's RSS
 * growth over what it was before, and the longest the event loop was blocked meanwhile.
 */
async function readBomb(context: CoachContext, input: ResumeInput, options: ReadResumeOptions = {}) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const error = await readResume(context, input, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  expect(CoachError.isInstance(error), `expected a CoachError, got ${String(error)}`).toBe(true);
  return { error: error as CoachError, seconds, growthMib: (peak - baseline) / MIB, maxBlockedMs: delay.max / 1e6 };
}

describe('readResume under decompression bombs', () => {
  it('should refuse a 300 KB Word document of 3 million paragraphs from its declared size, in bounded memory', async () => {
    // Guards against: 291 KB → 4 GB heap and a dead process after 45 s of blocked requests.
    const docx = await makeParagraphBombDocx({ paragraphs: 3_000_000 });
    expect(docx.byteLength).toBeLessThan(600 * 1024);
    const result = await readBomb(contextWith(), { bytes: docx });
    expect(result.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(result.seconds).toBeLessThan(QUICKLY_SECONDS);
    expect(result.growthMib).toBeLessThan(400);
    expect(result.maxBlockedMs).toBeLessThan(MAX_BLOCKED_MS);
  });

  it('should refuse a Word document whose paragraphs pass the cap even though its size is within the limits', async () => {
    // Guards against: a 50 KB file (~14 MB of XML) that froze the server for 13 s.
    const docx = await makeParagraphBombDocx({ paragraphs: 400_000 });
    expect(docx.byteLength).toBeLessThan(100 * 1024);
    const result = await readBomb(contextWith(), { bytes: docx });
    expect(result.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(result.error.message).toMatch(/Word document/);
    expect(result.seconds).toBeLessThan(QUICKLY_SECONDS);
    expect(result.maxBlockedMs).toBeLessThan(MAX_BLOCKED_MS);
  });

  it('should stop inflating a Word document part that inflates past the size its archive declares', async () => {
    // Guards against: trusting a central directory that states 2 KB for 34 MB of XML.
    const docx = await makeParagraphBombDocx({ paragraphs: 1_000_000, declaredSize: 2048 });
    const result = await readBomb(contextWith(), { bytes: docx });
    expect(['UNREADABLE_FILE', 'DOCUMENT_TOO_LARGE']).toContain(result.error.code);
    expect(result.seconds).toBeLessThan(QUICKLY_SECONDS);
    expect(result.growthMib).toBeLessThan(400);
  });

  it('should refuse a PDF whose content stream inflates to 200 MB, quickly and in bounded memory', async () => {
    // Guards against: a 713 KB PDF that crashed the server after 54 s.
    const pdf = await makeContentStreamBombPdf(200 * MIB);
    expect(pdf.byteLength).toBeLessThan(1024 * 1024);
    const result = await readBomb(contextWith(), { bytes: pdf });
    expect(result.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(result.error.message).toMatch(/PDF/);
    expect(result.seconds).toBeLessThan(QUICKLY_SECONDS);
    expect(result.growthMib).toBeLessThan(400);
    expect(result.maxBlockedMs).toBeLessThan(MAX_BLOCKED_MS);
  });

  it('should terminate a PDF extraction that passes the time limit, without blocking the event loop', async () => {
    // Guards against: pdf.js parsing millions of operators on the main thread (a 72 KB file froze it for 6 s).
    const pdf = await makeContentStreamBombPdf(48 * MIB);
    const limits = { ...DOCUMENT_LIMITS, maxPdfInflatedBytes: 1024 * MIB };
    const context = contextWith({ settings: { resumeReadTimeoutMs: 2500 } });
    const result = await readBomb(context, { bytes: pdf }, { limits });
    expect(result.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(result.error.message).toMatch(/took too long/);
    expect(result.seconds).toBeLessThan(2.5 + 3);
    expect(result.maxBlockedMs).toBeLessThan(MAX_BLOCKED_MS);
  });

  it('should refuse a 30000×30000 PNG from its header, before OCR decodes it', async () => {
    // Guards against: a small PNG that raised memory by 1.8 GB inside the OCR engine and kept it.
    const calls: number[] = [];
    const recognizer: TextRecognizer = {
      specificationVersion: 'v1',
      adapterId: 'recording',
      offline: true,
      async recognize({ image }) {
        calls.push(image.byteLength);
        return { text: 'Jane Doe jane@example.com TypeScript engineer', confidence: 0.9 };
      },
    };
    const png = makeHugePng(30_000, 30_000);
    expect(png.byteLength).toBeLessThan(64 * 1024);
    const result = await readBomb(contextWith({ textRecognizer: recognizer }), { bytes: png });
    expect(result.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(result.error.message).toMatch(/30000×30000/);
    expect(calls).toEqual([]);
    // A normal image still reaches the recognizer.
    const fine = await readResume(contextWith({ textRecognizer: recognizer }), { bytes: makeHugePng(1200, 1600) });
    expect(fine.source).toBe('image-ocr');
    expect(calls).toHaveLength(1);
  });
});
