import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../errors/index.js';
import { createTesseractRecognizer, isTesseractAvailable } from './index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/resume/${name}`, import.meta.url)));

describe('createTesseractRecognizer', () => {
  const recognizer = createTesseractRecognizer();
  afterAll(() => recognizer.close());

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
