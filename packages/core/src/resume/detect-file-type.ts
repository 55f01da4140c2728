import { ValidationError } from '../errors/index.js';

/** The resume formats Coach reads. */
export type ResumeFileType = 'pdf' | 'docx' | 'png' | 'jpeg';

/** Shown when a file is of a type Coach does not read. */
export const ACCEPTED_TYPES_MESSAGE = 'Please upload your resume as a PDF, a Word document (.docx), or a PNG or JPEG image.';

const PDF_MARKER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Readers such as Acrobat accept a PDF header anywhere in the first KiB (some generators prepend junk). */
const PDF_HEADER_WINDOW = 1024;

/** `file-type`'s names for what Coach reads. Illustrator files are PDFs with extra data, and read as such. */
const READABLE: Readonly<Record<string, ResumeFileType>> = { pdf: 'pdf', ai: 'pdf', docx: 'docx', png: 'png', jpg: 'jpeg' };
const OTHER_ARCHIVES = new Set(['zip', 'docm', 'dotx', 'dotm', 'xlsx', 'xlsm', 'pptx', 'pptm', 'odt', 'ods', 'odp', 'epub']);

/**
 * Decides a resume's format from its bytes, with `file-type` (which caps what it inflates of a
 * ZIP entry at 1 MiB; the upload itself is size-checked before this runs). The file name and
 * declared content type are deliberately not consulted: they are easy to get wrong and easy to forge.
 *
 * @throws ValidationError `UNSUPPORTED_FILE_TYPE` for anything but PDF, DOCX, PNG and JPEG.
 */
export async function detectFileType(bytes: Uint8Array): Promise<ResumeFileType> {
  const detected = await detectQuietly(bytes);
  const readable = detected === undefined ? undefined : READABLE[detected];
  if (readable) return readable;
  if (detected !== undefined && OTHER_ARCHIVES.has(detected)) {
    throw unsupported('This archive is not a Word document. ' + ACCEPTED_TYPES_MESSAGE);
  }
  if (detected === 'cfb') {
    throw unsupported('Older Word (.doc) files are not supported; save the resume as .docx or PDF and upload it again.');
  }
  // file-type wants `%PDF-` at offset 0; PDF readers, and so Coach, accept it within the first KiB.
  if (detected === undefined && indexOf(bytes, PDF_MARKER, PDF_HEADER_WINDOW) !== -1) return 'pdf';
  throw unsupported(`This file type is not supported. ${ACCEPTED_TYPES_MESSAGE}`);
}

/** file-type throws on some malformed containers (its own hard limits); those files are simply not a type Coach reads. */
async function detectQuietly(bytes: Uint8Array): Promise<string | undefined> {
  try {
    // Loaded with the first upload, so importing core stays cheap for backends that never read files.
    const { fileTypeFromBuffer } = await import('file-type');
    return (await fileTypeFromBuffer(bytes))?.ext;
  } catch {
    return undefined;
  }
}

function unsupported(message: string): ValidationError {
  return new ValidationError({ code: 'UNSUPPORTED_FILE_TYPE', message, issues: [{ path: 'resume', message }] });
}

function indexOf(bytes: Uint8Array, needle: readonly number[], limit: number): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  for (let start = 0; start <= end; start += 1) {
    if (needle.every((byte, index) => bytes[start + index] === byte)) return start;
  }
  return -1;
}
