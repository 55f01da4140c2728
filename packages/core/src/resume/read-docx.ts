import { ValidationError } from '../errors/index.js';

/**
 * Extracts the raw text of a Word (.docx) resume with mammoth. Formatting is dropped; paragraphs
 * become lines.
 *
 * @throws ValidationError `UNREADABLE_FILE` when the document cannot be parsed.
 */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string }> {
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: result.value };
  } catch (error) {
    throw new ValidationError({
      code: 'UNREADABLE_FILE',
      message: 'This Word document appears to be damaged and cannot be read. Please save it again (or export it as PDF) and upload the new file.',
      issues: [{ path: 'resume', message: 'damaged Word document' }],
      cause: error,
    });
  }
}
