import type { CoachContext } from '../internal/context.js';
import { imageSize } from 'image-size';
import { CoachError, ProviderError, UnsupportedFeatureError, ValidationError } from '../errors/index.js';
import { runVision } from '../language-model/run-task.js';
import { DOCUMENT_LIMITS, documentTooLarge } from './document-limits.js';

/** An image to read: PNG or JPEG bytes. */
export interface ReadImageOptions {
  image: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  abortSignal?: AbortSignal;
  /** @default DOCUMENT_LIMITS.maxImagePixels */
  maxPixels?: number;
}

/** The text read from an image and how it was read. */
export interface ReadImageResult {
  text: string;
  method: 'vision' | 'ocr';
}

/** Whether the context can read text from images at all (a vision model or a text recognizer). */
export function canReadImages(context: CoachContext): boolean {
  return hasVision(context) || context.textRecognizer !== null;
}

/**
 * Reads the text of a resume image: with the language model's vision when it has it, else with
 * the text recognizer (OCR). If vision fails with a provider error and a recognizer exists, the
 * recognizer is tried before giving up, so a flaky vision provider does not block an upload.
 *
 * The dimensions are read from the image header first and an image over the pixel limit is refused
 * before anything decodes it: decoding allocates 4 bytes per pixel, so a small PNG declaring
 * 30000×30000 pixels would otherwise cost gigabytes.
 *
 * @throws ValidationError `DOCUMENT_TOO_LARGE` over the pixel limit, `UNREADABLE_FILE` when the header
 *   cannot be read.
 * @throws UnsupportedFeatureError `NOT_CONFIGURED` when neither vision nor OCR is available.
 */
export async function readImage(context: CoachContext, options: ReadImageOptions): Promise<ReadImageResult> {
  options.abortSignal?.throwIfAborted();
  checkPixelCount(options.image, options.maxPixels ?? DOCUMENT_LIMITS.maxImagePixels);
  if (hasVision(context)) {
    try {
      const result = await runVision(context, { image: options.image, mediaType: options.mediaType }, { abortSignal: options.abortSignal });
      return { text: result.text, method: 'vision' };
    } catch (error) {
      if (options.abortSignal?.aborted || !ProviderError.isInstance(error) || context.textRecognizer === null) throw error;
      context.logger.warn('Vision failed to read a resume image; falling back to OCR.', {
        provider: error.provider,
        code: error.code,
      });
    }
  }
  const recognizer = context.textRecognizer;
  if (recognizer === null) {
    throw new UnsupportedFeatureError({
      code: 'NOT_CONFIGURED',
      feature: 'image-resume',
      message:
        'Image resumes cannot be read here: the configured language model cannot see images and no text recognizer (OCR) is installed. Upload a PDF or Word document instead.',
    });
  }
  try {
    const result = await recognizer.recognize({ image: options.image, mediaType: options.mediaType, abortSignal: options.abortSignal });
    return { text: result.text, method: 'ocr' };
  } catch (error) {
    if (options.abortSignal?.aborted || CoachError.isInstance(error)) throw error;
    throw new ProviderError({
      message: 'The text recognizer could not read the image.',
      provider: recognizer.adapterId,
      isRetryable: false,
      cause: error,
    });
  }
}

function hasVision(context: CoachContext): boolean {
  return context.languageModel.capabilities.vision && typeof context.languageModel.describeImage === 'function';
}

/**
 * Refuses an image whose header declares more than `maxPixels` pixels.
 *
 * @throws ValidationError `DOCUMENT_TOO_LARGE` or `UNREADABLE_FILE`.
 */
export function checkPixelCount(image: Uint8Array, maxPixels: number): void {
  let width: number;
  let height: number;
  try {
    ({ width, height } = imageSize(image));
  } catch (error) {
    throw new ValidationError({
      code: 'UNREADABLE_FILE',
      message: 'This image appears to be damaged and cannot be read. Please save it again and upload the new file.',
      issues: [{ path: 'resume', message: 'unreadable image header' }],
      cause: error,
    });
  }
  if (width * height > maxPixels) {
    throw documentTooLarge(
      `This image is ${width}×${height} pixels; images can have at most ${Math.round(maxPixels / 1_000_000)} megapixels. Please upload a smaller image or a PDF.`,
      `at most ${maxPixels} pixels`,
    );
  }
}
