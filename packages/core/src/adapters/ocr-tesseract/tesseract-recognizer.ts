import { access } from 'node:fs/promises';
import path from 'node:path';
import type { RecognizeTextOptions, TextRecognizer } from '../../ports/text-recognizer.js';
import { ProviderError, ValidationError } from '../../errors/index.js';
import { DOCUMENT_LIMITS } from '../../resume/document-limits.js';
import { loadCanvas, mergeLines, prepareImage, type PreparedImage, type RecognizedLine } from './prepare-image.js';

/** Options of {@link createTesseractRecognizer}. */
export interface TesseractRecognizerOptions {
  /**
   * Folder holding `eng.traineddata.gz`.
   * @default the `4.0.0_best_int` data of the installed `@tesseract.js-data/eng` package
   */
  langPath?: string;
}

/** A {@link TextRecognizer} that owns a tesseract.js worker; `close()` terminates it. */
export interface TesseractRecognizer extends TextRecognizer {
  close(): Promise<void>;
}

type TesseractModule = typeof import('tesseract.js');
type TesseractWorker = Awaited<ReturnType<TesseractModule['createWorker']>>;

/**
 * Offline OCR with tesseract.js and the English model from `@tesseract.js-data/eng`, both
 * optional peers loaded on first use. The language data is read from the installed package
 * (never a CDN), so recognition works without network access. One worker is created lazily
 * and reused; its jobs run one at a time. `confidence` is tesseract's mean word confidence
 * scaled to 0–1.
 *
 * When `@napi-rs/canvas` is installed, each image is prepared first (see `prepare-image.ts`): gray,
 * light-on-dark areas inverted, and read twice, enlarged for body text and at its own size for
 * large headings, whose lines are added where the enlarged pass found none. Without it the image
 * is read as it is.
 *
 * @example
 * import { createTesseractRecognizer } from '@coach/core/ocr/tesseract';
 * const coach = await createCoach({ textRecognizer: createTesseractRecognizer() });
 */
export function createTesseractRecognizer(options: TesseractRecognizerOptions = {}): TesseractRecognizer {
  if (options.langPath !== undefined && (typeof options.langPath !== 'string' || options.langPath.trim() === '')) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: 'langPath must be a non-empty folder path.' });
  }
  let worker: Promise<TesseractWorker> | null = null;

  const getWorker = (): Promise<TesseractWorker> => {
    worker ??= startWorker(options).catch((error: unknown) => {
      // A failed start is not cached: a later call may succeed (e.g. after installing the data).
      worker = null;
      throw new ProviderError({
        message: 'The OCR engine could not start. Is @tesseract.js-data/eng installed?',
        provider: 'tesseract',
        isRetryable: false,
        cause: error,
      });
    });
    return worker;
  };

  return {
    specificationVersion: 'v1',
    adapterId: 'tesseract',
    offline: true,
    async recognize({ image, abortSignal }: RecognizeTextOptions) {
      abortSignal?.throwIfAborted();
      const ready = await withAbort(getWorker(), abortSignal);
      try {
        const canvas = await loadCanvas();
        const prepared = canvas ? await prepareImage(canvas, image, DOCUMENT_LIMITS.maxImagePixels).catch(() => null) : null;
        if (prepared === null) {
          // tesseract.js cannot cancel a running job; an abort stops waiting for it instead.
          const { data } = await withAbort(ready.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength)), abortSignal);
          return { text: data.text, confidence: toConfidence(data.confidence) };
        }
        const fine = await recognizeLines(ready, prepared.fine, abortSignal);
        const coarse = await recognizeLines(ready, prepared.coarse, abortSignal);
        const text = mergeLines(fine.lines, coarse.lines)
          .map((line) => line.text)
          .join('\n');
        return { text, confidence: fine.confidence };
      } catch (error) {
        if (abortSignal?.aborted) throw abortSignal.reason;
        throw new ProviderError({ message: 'OCR could not read the image.', provider: 'tesseract', isRetryable: false, cause: error });
      }
    },
    async close() {
      const current = worker;
      worker = null;
      if (current === null) return;
      try {
        await (await current).terminate();
      } catch {
        // A worker that never started has nothing to terminate.
      }
    },
  };
}

/** Reads one prepared image into lines placed in the original image's coordinates. */
async function recognizeLines(
  worker: TesseractWorker,
  prepared: PreparedImage,
  abortSignal: AbortSignal | undefined,
): Promise<{ lines: RecognizedLine[]; confidence: number | null }> {
  const { data } = await withAbort(worker.recognize(prepared.png, {}, { text: true, blocks: true }), abortSignal);
  const lines: RecognizedLine[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.trim();
        if (text) lines.push({ text, top: line.bbox.y0 / prepared.scale, bottom: line.bbox.y1 / prepared.scale, confidence: line.confidence });
      }
    }
  }
  return { lines, confidence: toConfidence(data.confidence) };
}

function toConfidence(value: number): number | null {
  return Number.isFinite(value) ? value / 100 : null;
}

async function startWorker(options: TesseractRecognizerOptions): Promise<TesseractWorker> {
  const tesseract = await loadTesseract();
  const langPath = options.langPath ?? (await defaultLangPath());
  // Checked up front: a worker whose language fails to load is left running by tesseract.js.
  await access(path.join(langPath, 'eng.traineddata.gz'));
  return tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    // Failed jobs already reject their promise; without a handler tesseract.js also throws the
    // error from its message listener, where nothing can catch it.
    errorHandler: () => {},
  });
}

async function loadTesseract(): Promise<TesseractModule> {
  const module = (await import('tesseract.js')) as TesseractModule & { default?: TesseractModule };
  return module.default ?? module;
}

/** The integer-quantised "best" LSTM model: as accurate as "best", a third of its size. */
async function defaultLangPath(): Promise<string> {
  const { default: data } = await import('@tesseract.js-data/eng');
  return path.join(path.dirname(data.langPath), '4.0.0_best_int');
}

function withAbort<T>(promise: Promise<T>, abortSignal: AbortSignal | undefined): Promise<T> {
  if (!abortSignal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortSignal.reason);
    if (abortSignal.aborted) return onAbort();
    abortSignal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        abortSignal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        abortSignal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

let availability: Promise<boolean> | null = null;

/** Whether `tesseract.js` and `@tesseract.js-data/eng` are both installed (checked once). */
export function isTesseractAvailable(): Promise<boolean> {
  availability ??= Promise.all([import('tesseract.js'), import('@tesseract.js-data/eng')]).then(
    () => true,
    () => false,
  );
  return availability;
}
