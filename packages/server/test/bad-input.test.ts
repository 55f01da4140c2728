import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { createTestApp, postJson, uploadResume, type TestApp } from './test-app.js';

const fixture = (name: string) => readFile(new URL(`../../core/test/fixtures/resume/${name}`, import.meta.url)).then((buffer) => new Uint8Array(buffer));

/** A body that produces `total` zero bytes only as they are read, counting what was read. */
function lazyBody(total: number, chunk = 64 * 1024) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const size = Math.min(chunk, total - pulled);
      pulled += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
  return { stream, pulled: () => pulled };
}

async function expectError(response: Response | Promise<Response>, status: number, code: string) {
  const answer = await response;
  const text = await answer.text();
  expect(answer.status, text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.code, text).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\bat .+:\d+:\d+|<html/i);
  return body.error;
}

describe('bad input', () => {
  let t: TestApp;
  let pdf: Uint8Array;
  let session: { session_id: string; question: { id: string } };

  beforeAll(async () => {
    t = await createTestApp();
    pdf = await makeResumePdf();
    session = (await (await uploadResume(t.app, { bytes: pdf })).json()) as typeof session;
  });
  afterAll(() => t.close());

  describe('uploads', () => {
    it('should decide the file type from the content, not the name or declared type', async () => {
      expect((await uploadResume(t.app, { bytes: pdf, name: 'photo.png', type: 'image/png' })).status).toBe(200);
      expect((await uploadResume(t.app, { bytes: await fixture('resume.docx'), name: 'resume.bin', type: 'application/octet-stream' })).status).toBe(200);
      const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]);
      await expectError(uploadResume(t.app, { bytes: gif, name: 'resume.pdf', type: 'application/pdf' }), 415, 'UNSUPPORTED_FILE_TYPE');
      await expectError(uploadResume(t.app, { bytes: new TextEncoder().encode('Jane Doe\nEngineer'), name: 'resume.pdf' }), 415, 'UNSUPPORTED_FILE_TYPE');
      await expectError(uploadResume(t.app, { bytes: await fixture('not-a-docx.zip'), name: 'resume.docx' }), 415, 'UNSUPPORTED_FILE_TYPE');
    });

    it('should answer 422 for files it cannot read', async () => {
      await expectError(uploadResume(t.app, { bytes: new Uint8Array(0) }), 422, 'EMPTY_FILE');
      await expectError(uploadResume(t.app, { bytes: await fixture('encrypted.pdf') }), 422, 'ENCRYPTED_FILE');
      const truncated = pdf.subarray(0, 600);
      const error = await uploadResume(t.app, { bytes: truncated });
      expect(error.status).toBe(422);
    });

    it('should answer 501 for an image when neither vision nor OCR is available', async () => {
      await expectError(uploadResume(t.app, { bytes: await fixture('resume.png'), name: 'resume.png', type: 'image/png' }), 501, 'NOT_CONFIGURED');
    });

    it('should refuse a PDF with thousands of pages', async () => {
      const huge = await makeResumePdf({ pages: 3000 });
      await expectError(uploadResume(t.app, { bytes: huge }), 413, 'TOO_MANY_PAGES');
    });

    it('should refuse a 50 MB upload declared by Content-Length without reading it', async () => {
      const body = lazyBody(50 * 1024 * 1024);
      const response = await t.app.request('/api/upload-resume/', {
        method: 'POST',
        body: body.stream,
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
        duplex: 'half',
      } as RequestInit);
      await expectError(response, 413, 'FILE_TOO_LARGE');
      expect(body.pulled()).toBeLessThan(1024 * 1024);
    });

    it('should stop reading a 50 MB chunked upload soon after the cap', async () => {
      const body = lazyBody(50 * 1024 * 1024);
      const response = await t.app.request('/api/upload-resume/', {
        method: 'POST',
        body: body.stream,
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        duplex: 'half',
      } as RequestInit);
      await expectError(response, 413, 'FILE_TOO_LARGE');
      const cap = t.coach.settings.maxResumeBytes + 256 * 1024;
      expect(body.pulled()).toBeGreaterThan(cap);
      expect(body.pulled()).toBeLessThan(cap + 512 * 1024);
    });

    it('should answer 400 for malformed forms and missing files, 415 for other content types', async () => {
      await expectError(t.app.request('/api/upload-resume/', { method: 'POST', body: new FormData() }), 400, 'VALIDATION_FAILED');
      const asText = new FormData();
      asText.set('resume', 'just a string');
      await expectError(t.app.request('/api/upload-resume/', { method: 'POST', body: asText }), 400, 'VALIDATION_FAILED');
      const twice = new FormData();
      twice.append('resume', new File([pdf as Uint8Array<ArrayBuffer>], 'a.pdf'));
      twice.append('resume', new File([pdf as Uint8Array<ArrayBuffer>], 'b.pdf'));
      await expectError(t.app.request('/api/upload-resume/', { method: 'POST', body: twice }), 400, 'VALIDATION_FAILED');
      await expectError(
        t.app.request('/api/upload-resume/', {
          method: 'POST',
          body: '--x\r\nContent-Disposition: form-data; name="resume"; filename="a"\r\n\r\n',
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
        }),
        400,
        'VALIDATION_FAILED',
      );
      await expectError(postJson(t.app, '/api/upload-resume/', { resume: 'base64…' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
      await expectError(uploadResume(t.app, { bytes: pdf }, { demo_id: 'no-such-demo' }), 404, 'NOT_FOUND');
    });
  });

  describe('JSON routes', () => {
    it('should answer 400 for malformed JSON and bodies of the wrong shape', async () => {
      const malformed = await expectError(postJson(t.app, '/api/get-final-feedback/', '{"session_id": "abc"'), 400, 'VALIDATION_FAILED');
      expect(malformed.message).toMatch(/JSON/);
      for (const body of ['null', '[]', '42', '"text"', '{}', '{"session_id": 123}', '{"session_id": null}', `{"session_id": "${'A'.repeat(129)}"}`]) {
        const error = await expectError(postJson(t.app, '/api/get-final-feedback/', body), 400, 'VALIDATION_FAILED');
        expect(error.message, body).toMatch(/session_id|body/);
      }
      const missing = await expectError(postJson(t.app, '/api/submit-answer-and-get-next/', { session_id: session.session_id }), 400, 'VALIDATION_FAILED');
      expect(missing.message).toContain('question_id');
      expect(missing.message).toContain('answer');
    });

    it('should answer 415 for other content types and bodies without one', async () => {
      const body = JSON.stringify({ session_id: session.session_id });
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        await expectError(
          t.app.request('/api/get-final-feedback/', { method: 'POST', body, headers: { 'content-type': type } }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        );
      }
      await expectError(t.app.request('/api/get-final-feedback/', { method: 'POST', body: new Blob([body]) }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('should answer 413 for bodies over the JSON cap', async () => {
      await expectError(
        postJson(t.app, '/api/submit-answer-and-get-next/', {
          session_id: session.session_id,
          question_id: session.question.id,
          answer: 'x'.repeat(300 * 1024),
        }),
        413,
        'REQUEST_TOO_LARGE',
      );
    });

    it('should answer 413 for an answer over the length limit and keep the question open', async () => {
      const limit = t.coach.settings.maxAnswerLength;
      await expectError(
        postJson(t.app, '/api/submit-answer-and-get-next/', {
          session_id: session.session_id,
          question_id: session.question.id,
          answer: 'y'.repeat(limit + 1),
        }),
        413,
        'TEXT_TOO_LONG',
      );
      const state = (await (await t.app.request(`/api/sessions/${session.session_id}/`)).json()) as { turns: { answer: string | null }[] };
      expect(state.turns[0]?.answer).toBeNull();
    });

    it('should answer 404 for unknown and guessed session ids', async () => {
      for (const id of [
        'AAAAAAAAAAAAAAAAAAAAAA',
        '1',
        '0',
        'admin',
        '../../etc/passwd',
        '%00',
        '\u202Egnp.exe',
        '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂',
        `${session.session_id.slice(0, -1)}x`,
      ]) {
        await expectError(postJson(t.app, '/api/get-dsa-question/', { session_id: id }), 404, 'NOT_FOUND');
      }
      // A control character is not a guess at an id but bad input.
      await expectError(postJson(t.app, '/api/get-dsa-question/', { session_id: 'a\u0000b' }), 400, 'VALIDATION_FAILED');
      await expectError(t.app.request('/api/sessions/AAAAAAAAAAAAAAAAAAAAAA/'), 404, 'NOT_FOUND');
      await expectError(t.app.request(`/api/sessions/${encodeURIComponent('../../etc/passwd')}/`), 404, 'NOT_FOUND');
      await expectError(t.app.request(`/api/sessions/${'B'.repeat(200)}/`), 400, 'VALIDATION_FAILED');
      const raw = new Uint8Array([...new TextEncoder().encode('{"session_id":"'), 0xff, 0xfe, 0xc3, ...new TextEncoder().encode('"}')]);
      await expectError(
        t.app.request('/api/get-dsa-question/', { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } }),
        404,
        'NOT_FOUND',
      );
    });

    it("should answer 404 for another session's question and leave that question untouched", async () => {
      const other = (await (await uploadResume(t.app, { bytes: pdf })).json()) as typeof session;
      await expectError(
        postJson(t.app, '/api/submit-answer-and-get-next/', { session_id: session.session_id, question_id: other.question.id, answer: 'Hijack.' }),
        404,
        'NOT_FOUND',
      );
      const state = (await (await t.app.request(`/api/sessions/${other.session_id}/`)).json()) as { turns: { answer: string | null }[] };
      expect(state.turns.map((turn) => turn.answer)).toEqual([null]);
    });

    it('should store odd Unicode safely: NUL and lone surrogates removed or replaced, the rest kept', async () => {
      const fresh = (await (await uploadResume(t.app, { bytes: pdf })).json()) as typeof session;
      const answer = 'I led\u0000 the team \u202Eevil\u202C and shipped 🚀 on time \uD800 with \uDC00 tests; مرحبا; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.';
      const response = await postJson(t.app, '/api/submit-answer-and-get-next/', { session_id: fresh.session_id, question_id: fresh.question.id, answer });
      expect(response.status).toBe(200);
      const state = (await (await t.app.request(`/api/sessions/${fresh.session_id}/`)).json()) as { turns: { answer: string | null }[] };
      expect(state.turns[0]?.answer).toBe('I led the team \u202Eevil\u202C and shipped 🚀 on time \uFFFD with \uFFFD tests; مرحبا; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.');
    });
  });

  it('should keep serving after all of that', async () => {
    expect((await t.app.request('/api/health')).status).toBe(200);
    expect((await t.app.request('/api/demos/')).status).toBe(200);
  });
});
