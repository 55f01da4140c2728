import type { CoachContext } from '../internal/context.js';
import type { ResumeProfile } from '../domain/resume-types.js';
import { ValidationError } from '../errors/index.js';
import type { ResumeInput } from './resume-types.js';
import { detectFileType } from './detect-file-type.js';
import type { DocumentLimits } from './document-limits.js';
import { readPdf } from './read-pdf.js';
import { readDocx } from './read-docx.js';
import { readImage } from './read-image.js';
import { extractProfile } from './extract-profile.js';

/** Options of {@link readResume}. */
export interface ReadResumeOptions {
  abortSignal?: AbortSignal;
  /** Overrides of the default `DOCUMENT_LIMITS` (tests use small ones). */
  limits?: DocumentLimits;
}

/**
 * Resume text beyond this many characters is dropped: real resumes are far shorter, and the
 * text goes into model prompts whose size must stay bounded.
 */
export const MAX_RESUME_TEXT_LENGTH = 50_000;

/**
 * Reads a resume (PDF, DOCX, PNG, JPEG or plain text) into a {@link ResumeProfile}. The file type
 * is decided from the bytes; the name and declared type are ignored. Scanned PDFs and images are
 * read with the language model's vision, or OCR when it has none. Never returns an empty or
 * invented resume: when no text can be obtained it throws.
 *
 * PDF and Word files are read in a worker thread under limits on inflated size, paragraphs,
 * characters, heap and time (`DOCUMENT_LIMITS`, `settings.resumeReadTimeoutMs`); images over
 * the pixel limit are refused before they are decoded.
 *
 * @throws ValidationError `EMPTY_FILE`, `FILE_TOO_LARGE`, `DOCUMENT_TOO_LARGE`, `UNSUPPORTED_FILE_TYPE`,
 *   `UNREADABLE_FILE`, `ENCRYPTED_FILE`, `TOO_MANY_PAGES`, `NO_TEXT_FOUND` or `VALIDATION_FAILED`.
 * @throws UnsupportedFeatureError `NOT_CONFIGURED` for an image with neither vision nor OCR.
 * @example
 * const profile = await readResume(context, { bytes: await readFile('resume.pdf') });
 * profile.skills; // ['TypeScript', 'PostgreSQL', …]
 */
export async function readResume(context: CoachContext, input: ResumeInput, options: ReadResumeOptions = {}): Promise<ResumeProfile> {
  options.abortSignal?.throwIfAborted();
  const { text: rawText, source, pageCount } = await readRawText(context, input, options);
  const text = capLength(normalizeResumeText(rawText), MAX_RESUME_TEXT_LENGTH);
  if (!/\p{L}/u.test(text)) {
    throw new ValidationError({
      code: 'NO_TEXT_FOUND',
      message:
        source === 'text'
          ? 'The resume text is empty. Please paste the text of your resume.'
          : 'No text was found in this resume. Please upload a file that contains your resume text.',
      issues: [{ path: 'resume', message: 'no text found' }],
    });
  }
  return { text, source, pageCount, ...extractProfile(text, context.now()) };
}

interface RawText {
  text: string;
  source: ResumeProfile['source'];
  pageCount: number | null;
}

async function readRawText(context: CoachContext, input: ResumeInput, options: ReadResumeOptions): Promise<RawText> {
  if (isTextInput(input)) return { text: input.text, source: 'text', pageCount: null };
  const bytes = (input as { bytes?: unknown } | null)?.bytes;
  if (!(bytes instanceof Uint8Array)) {
    throw new ValidationError({
      message: 'A resume must be a file or text.',
      issues: [{ path: 'resume', message: 'expected { bytes } or { text }' }],
    });
  }
  checkSize(context, bytes);
  const type = await detectFileType(bytes);
  switch (type) {
    case 'pdf': {
      const result = await readPdf(context, bytes, options);
      return { text: result.text, source: result.source, pageCount: result.pageCount };
    }
    case 'docx':
      return { text: (await readDocx(context, bytes, options)).text, source: 'docx', pageCount: null };
    case 'png':
    case 'jpeg': {
      const mediaType = type === 'png' ? 'image/png' : 'image/jpeg';
      const result = await readImage(context, { image: bytes, mediaType, abortSignal: options.abortSignal });
      return { text: result.text, source: result.method === 'vision' ? 'image-vision' : 'image-ocr', pageCount: 1 };
    }
  }
}

function isTextInput(input: ResumeInput): input is { text: string } {
  return typeof input === 'object' && input !== null && typeof (input as { text?: unknown }).text === 'string';
}

function checkSize(context: CoachContext, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) {
    throw new ValidationError({
      code: 'EMPTY_FILE',
      message: 'The uploaded file is empty. Please choose your resume file again.',
      issues: [{ path: 'resume', message: 'empty file' }],
    });
  }
  const max = context.settings.maxResumeBytes;
  if (bytes.byteLength > max) {
    throw new ValidationError({
      code: 'FILE_TOO_LARGE',
      message: `This file is ${formatSize(bytes.byteLength)}; resumes can be at most ${formatSize(max)}. Please upload a smaller file.`,
      issues: [{ path: 'resume', message: `at most ${max} bytes` }],
    });
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Canonical resume text: compatibility characters folded (PDF ligatures such as "ﬁ" become
 * "fi"), control and invisible format characters dropped, runs of spaces collapsed, lines trimmed, and at most one
 * blank line between paragraphs.
 */
export function normalizeResumeText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029\f\v]/g, '\n')
      .replace(/[^\S\n]+/gu, ' ')
      // Format characters (soft hyphens, zero-width spaces, BOMs) are dropped, except the
      // zero-width (non-)joiners that some scripts need to spell words correctly.
      .replace(/[\p{Cc}\p{Cf}]/gu, (character) => (character === '\n' || character === '\u200c' || character === '\u200d' ? character : ''))
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Cuts `text` to at most `max` characters, at a line or word boundary when one is near. */
function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const boundary = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
  return (boundary > max * 0.9 ? head.slice(0, boundary) : head).trimEnd();
}
