import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../errors/index.js';
import { IMAGE_RESUME_LINES } from '../../../test/fixtures/resume-fixture-text.js';
import { createTesseractRecognizer, isTesseractAvailable } from './index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/resume/${name}`, import.meta.url)));

describe('createTesseractRecognizer', () => {
  const recognizer = createTesseractRecognizer();
  afterAll(() => recognizer.close());

  it('should declare itself an offline v1 text recognizer', () => {
    expect(recognizer.specificationVersion).toBe('v1');
    expect(recognizer.adapterId).toBe('tesseract');
    expect(recognizer.offline).toBe(true);
  });

  it('should read the text of a PNG and a JPEG with a confidence in 0–1', async () => {
    const [png, jpeg] = await Promise.all([
      recognizer.recognize({ image: fixture('resume.png'), mediaType: 'image/png' }),
      recognizer.recognize({ image: fixture('resume.jpg'), mediaType: 'image/jpeg' }),
    ]);
    for (const result of [png, jpeg]) {
      for (const line of IMAGE_RESUME_LINES) expect(result.text).toContain(line);
      expect(result.confidence).toBeGreaterThan(0.5);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('should map an image it cannot decode to a ProviderError and keep working', async () => {
    const broken = fixture('resume.png').subarray(0, 200);
    const error = await recognizer.recognize({ image: broken, mediaType: 'image/png' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(ProviderError.isInstance(error)).toBe(true);
    expect((error as ProviderError).provider).toBe('tesseract');
    const after = await recognizer.recognize({ image: fixture('resume.png'), mediaType: 'image/png' });
    expect(after.text).toContain('Priya Raman');
  });

  it('should reject at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(recognizer.recognize({ image: fixture('resume.png'), mediaType: 'image/png', abortSignal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('should stop waiting when the signal aborts during recognition', async () => {
    const controller = new AbortController();
    const pending = recognizer.recognize({ image: fixture('resume.png'), mediaType: 'image/png', abortSignal: controller.signal });
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('should start a new worker after close()', async () => {
    const own = createTesseractRecognizer();
    expect((await own.recognize({ image: fixture('resume.png'), mediaType: 'image/png' })).text).toContain('Priya Raman');
    await own.close();
    expect((await own.recognize({ image: fixture('resume.png'), mediaType: 'image/png' })).text).toContain('Priya Raman');
    await own.close();
    await own.close();
  });

  it('should read language data only from langPath, never from the network', async () => {
    const missing = createTesseractRecognizer({ langPath: '/nonexistent/tessdata' });
    const error = await missing.recognize({ image: fixture('resume.png'), mediaType: 'image/png' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(ProviderError.isInstance(error)).toBe(true);
    await missing.close();
  });

  it('should refuse an empty langPath at creation', () => {
    expect(() => createTesseractRecognizer({ langPath: ' ' })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
  });
});

describe('isTesseractAvailable', () => {
  it('should be true when tesseract.js and its English data are installed', async () => {
    await expect(isTesseractAvailable()).resolves.toBe(true);
  });
});
