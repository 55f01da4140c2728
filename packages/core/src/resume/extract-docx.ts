import { ValidationError } from '../errors/index.js';
import type { DocumentLimits } from './document-limits.js';
import { openDocxArchive } from './docx-archive.js';

/**
 * Extracts the raw text of a Word (.docx) document with mammoth, reading the archive through
 * {@link openDocxArchive} so every entry is inflated under the limits. Formatting is dropped;
 * paragraphs become lines. Runs inside the extraction worker.
 *
 * @throws ValidationError `DOCUMENT_TOO_LARGE` or `UNREADABLE_FILE`.
 */
export async function extractDocx(bytes: Uint8Array, limits: DocumentLimits): Promise<{ text: string }> {
  const archive = await openDocxArchive(bytes, limits);
  try {
    const { default: mammoth } = await import('mammoth');
    // mammoth's `{ file }` input (the archive it would otherwise open with JSZip) is untyped.
    const input = { file: archive } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    const result = await mammoth.extractRawText(input);
    return { text: result.value.slice(0, limits.maxExtractedCharacters) };
  } catch (error) {
    if (ValidationError.isInstance(error)) throw error;
    throw new ValidationError({
      code: 'UNREADABLE_FILE',
      message: 'This Word document appears to be damaged and cannot be read. Please save it again (or export it as PDF) and upload the new file.',
      issues: [{ path: 'resume', message: 'damaged Word document' }],
      cause: error,
    });
  } finally {
    archive.close();
  }
}
