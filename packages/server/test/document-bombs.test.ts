// Decompression bombs through the HTTP API: each is refused with 413 DOCUMENT_TOO_LARGE, the
// server keeps answering other requests meanwhile, and nothing is stored for the refused upload.
import Database from 'better-sqlite3';
import type { TextRecognizer } from '@coach/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { makeContentStreamBombPdf, makeHugePng, makeParagraphBombDocx } from '../../core/test/support/document-bombs.js';
import { createTestApp, errorOf, uploadResume, type TestApp } from './test-app.js';

/** The longest a health check may take while a bomb is being read. */
const HEALTH_WITHIN_MS = 1000;

describe('uploads of decompression bombs', () => {
  let t: TestApp;
  const recognized: number[] = [];
  const recognizer: TextRecognizer = {
    specificationVersion: 'v1',
    adapterId: 'recording',
    offline: true,
    async recognize({ image }) {
      recognized.push(image.byteLength);
      return { text: 'Jane Doe\njane.doe@example.com\nTypeScript engineer, 5 years of experience.', confidence: 0.9 };
    },
  };

  beforeAll(async () => {
    t = await createTestApp({ coach: { textRecognizer: recognizer } });
  });
  afterAll(() => t.close());

  function countSessions(): number {
    if (t.testStorage.database.dialect !== 'sqlite') throw new Error('expected SQLite');
    const db = new Database(t.testStorage.database.filename, { readonly: true });
    try {
      return (db.prepare('select count(*) as count from coach_sessions').get() as { count: number }).count;
    } finally {
      db.close();
    }
  }

  /** Uploads `file` while checking /api/health every 100 ms; returns the upload's answer and the slowest health check. */
  async function uploadWhileProbing(file: { bytes: Uint8Array; name: string; type: string }) {
    let done = false;
    const upload = Promise.resolve(uploadResume(t.app, file, { demo_id: 'software-engineer' })).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      const health = await t.app.request('/api/health');
      latencies.push(performance.now() - started);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { response: await upload, slowestHealthMs: Math.max(...latencies), healthChecks: latencies.length };
  }

  it.each([
    ['a Word document of 3 million paragraphs', async () => ({ bytes: await makeParagraphBombDocx(), name: 'resume.docx', type: 'application/octet-stream' })],
    [
      'a Word document of 400,000 paragraphs',
      async () => ({ bytes: await makeParagraphBombDocx({ paragraphs: 400_000 }), name: 'resume.docx', type: 'application/octet-stream' }),
    ],
    ['a PDF whose content stream inflates to 200 MB', async () => ({ bytes: await makeContentStreamBombPdf(), name: 'resume.pdf', type: 'application/pdf' })],
    ['a 30000×30000 PNG', async () => ({ bytes: makeHugePng(), name: 'resume.png', type: 'image/png' })],
  ])('should refuse %s with 413 DOCUMENT_TOO_LARGE while answering health checks, and store nothing', async (_name, make) => {
    const file = await make();
    const sessionsBefore = countSessions();
    const { response, slowestHealthMs } = await uploadWhileProbing(file);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('DOCUMENT_TOO_LARGE');
    expect(slowestHealthMs).toBeLessThan(HEALTH_WITHIN_MS);
    expect(countSessions()).toBe(sessionsBefore);
    expect(recognized).toEqual([]);
  });

  it('should still read an ordinary resume after the bombs', async () => {
    const response = await uploadResume(t.app, { bytes: await makeResumePdf() }, { demo_id: 'software-engineer' });
    expect(response.status).toBe(200);
  });
});
