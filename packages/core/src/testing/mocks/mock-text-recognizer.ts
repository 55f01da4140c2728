import { ProviderError } from '../../errors/index.js';
import type { RecognizeTextOptions, TextRecognizer } from '../../ports/text-recognizer.js';

/** Options of {@link createMockTextRecognizer}. */
export interface MockTextRecognizerOptions {
  /** The text "read" from every image, or a function choosing it per image. */
  text: string | ((options: RecognizeTextOptions) => string);
  /** @default 0.9 */
  confidence?: number | null;
}

/** A `TextRecognizer` that returns configured text, and records what it was asked. */
export interface MockTextRecognizer extends TextRecognizer {
  readonly calls: readonly RecognizeTextOptions[];
}

/**
 * Creates a mock OCR engine for tests. Like a real one, it refuses images that are not whole
 * PNG or JPEG files (a PNG must end with its IEND chunk, a JPEG with its end-of-image marker)
 * and honours aborts.
 *
 * @example
 * const coach = await createCoach({ textRecognizer: createMockTextRecognizer({ text: 'Ada Lovelace\nada@example.com' }) });
 */
export function createMockTextRecognizer(options: MockTextRecognizerOptions): MockTextRecognizer {
  const calls: RecognizeTextOptions[] = [];
  return {
    specificationVersion: 'v1',
    adapterId: 'mock',
    offline: true,
    calls,
    async recognize(request) {
      request.abortSignal?.throwIfAborted();
      calls.push(request);
      if (!isWholeImage(request.image, request.mediaType)) {
        throw new ProviderError({ message: 'The image could not be decoded.', provider: 'mock', isRetryable: false });
      }
      const text = typeof options.text === 'function' ? options.text(request) : options.text;
      return { text, confidence: options.confidence === undefined ? 0.9 : options.confidence };
    },
    async close() {},
  };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

function isWholeImage(image: Uint8Array, mediaType: string): boolean {
  const startsWith = (bytes: number[]) => bytes.every((byte, index) => image[index] === byte);
  const endsWith = (bytes: number[]) => bytes.every((byte, index) => image[image.length - bytes.length + index] === byte);
  if (mediaType === 'image/png') return startsWith(PNG_SIGNATURE) && endsWith(PNG_END);
  return startsWith([0xff, 0xd8, 0xff]) && endsWith([0xff, 0xd9]);
}
