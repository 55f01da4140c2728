import type { CoachContext } from '../internal/context.js';
import { DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { extractInWorker } from './extract-in-worker.js';

/**
 * Extracts the raw text of a Word (.docx) resume with mammoth, in the extraction worker (see
 * {@link extractInWorker}) under the ZIP, paragraph and character limits. Formatting is dropped;
 * paragraphs become lines.
 *
 * @throws ValidationError `UNREADABLE_FILE` when the document cannot be parsed, `DOCUMENT_TOO_LARGE`
 *   when it unpacks to too much or takes too long.
 */
export async function readDocx(
  context: CoachContext,
  bytes: Uint8Array,
  options: { abortSignal?: AbortSignal; limits?: DocumentLimits } = {},
): Promise<{ text: string }> {
  return extractInWorker(
    { kind: 'docx', bytes },
    { timeoutMs: context.settings.resumeReadTimeoutMs, limits: options.limits ?? { ...DOCUMENT_LIMITS }, abortSignal: options.abortSignal },
  );
}
