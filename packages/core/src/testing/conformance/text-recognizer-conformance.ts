import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../errors/index.js';
import type { TextRecognizer } from '../../ports/text-recognizer.js';

/** An image with known text, for `describeTextRecognizerConformance`. */
export interface TextRecognizerSample {
  image: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  /** Lines the recognized text MUST contain. */
  lines: string[];
}

/** Options of `describeTextRecognizerConformance`. */
export interface TextRecognizerConformanceOptions {
  /** Shown in the suite title, e.g. `tesseract`. */
  name: string;
  /** Creates the recognizer under test; it is closed after the suite. */
  create: () => TextRecognizer | Promise<TextRecognizer>;
  /** Images with known text, at least one. */
  samples: TextRecognizerSample[];
}

/**
 * Registers the tests every `TextRecognizer` must pass: v1 identity; the samples' lines read
 * with a confidence in 0–1 (or null); an image it cannot decode rejected with a
 * `ProviderError`, after which it keeps working; concurrent calls served independently; an
 * aborted signal rejected with an `AbortError`; `close()` safe to call twice.
 *
 * @example
 * ```ts
 * describeTextRecognizerConformance({ name: 'tesseract', create: () => createTesseractRecognizer(), samples });
 * ```
 */
export function describeTextRecognizerConformance(options: TextRecognizerConformanceOptions): void {
  describe(`TextRecognizer conformance: ${options.name}`, () => {
    let created: Promise<TextRecognizer> | null = null;
    const recognizer = () => (created ??= Promise.resolve(options.create()));
    const first = () => {
      const sample = options.samples[0];
      if (!sample) throw new Error('describeTextRecognizerConformance needs at least one sample.');
      return sample;
    };

    it('should declare specification v1, an adapter id and whether it works offline', async () => {
      const subject = await recognizer();
      expect(subject.specificationVersion).toBe('v1');
      expect(subject.adapterId).toMatch(/\S/);
      expect(typeof subject.offline).toBe('boolean');
    });

    it('should read the lines of every sample, with a confidence in 0–1 or null', async () => {
      const subject = await recognizer();
      for (const sample of options.samples) {
        const result = await subject.recognize({ image: sample.image, mediaType: sample.mediaType });
        for (const line of sample.lines) expect(result.text).toContain(line);
        if (result.confidence !== null) {
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
        }
      }
    });

    it('should reject an image it cannot decode with a ProviderError, and keep working', async () => {
      const subject = await recognizer();
      const sample = first();
      const error = await subject.recognize({ image: sample.image.subarray(0, 200), mediaType: sample.mediaType }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(ProviderError.isInstance(error), String(error)).toBe(true);
      const after = await subject.recognize({ image: sample.image, mediaType: sample.mediaType });
      expect(after.text).toContain(sample.lines[0]);
    });

    it('should serve concurrent calls independently', async () => {
      const subject = await recognizer();
      const results = await Promise.all(
        options.samples
          .concat(options.samples)
          .map((sample) => subject.recognize({ image: sample.image, mediaType: sample.mediaType }).then((result) => ({ sample, result }))),
      );
      for (const { sample, result } of results) for (const line of sample.lines) expect(result.text).toContain(line);
    });

    it('should reject with an AbortError when the signal has already aborted', async () => {
      const subject = await recognizer();
      const sample = first();
      const controller = new AbortController();
      controller.abort(new DOMException('The candidate left.', 'AbortError'));
      await expect(subject.recognize({ image: sample.image, mediaType: sample.mediaType, abortSignal: controller.signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
    });

    it('should close safely, twice', async () => {
      const subject = await recognizer();
      await subject.close?.();
      await subject.close?.();
      created = null;
    });
  });
}
