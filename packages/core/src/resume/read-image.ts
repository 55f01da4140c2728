import type { CoachContext } from '../internal/context.js';
import { CoachError, ProviderError, UnsupportedFeatureError } from '../errors/index.js';
import { runVision } from '../language-model/run-task.js';

/** An image to read: PNG or JPEG bytes. */
export interface ReadImageOptions {
  image: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  abortSignal?: AbortSignal;
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
 * @throws UnsupportedFeatureError `NOT_CONFIGURED` when neither vision nor OCR is available.
 */
export async function readImage(context: CoachContext, options: ReadImageOptions): Promise<ReadImageResult> {
  options.abortSignal?.throwIfAborted();
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
