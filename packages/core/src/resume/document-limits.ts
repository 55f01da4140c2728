import { ValidationError } from '../errors/index.js';

/**
 * What a resume may unpack to. The upload cap (`maxResumeBytes`) bounds only the compressed
 * bytes; these bound the work a small file can cause. Each is far above what a real resume needs
 * (a long Word resume has a few hundred paragraphs and a document part under 1 MiB).
 */
export const DOCUMENT_LIMITS = {
  /** Entries in a Word document's ZIP archive. */
  maxZipEntries: 1000,
  /** Inflated bytes of any one ZIP entry, declared or actual. */
  maxZipEntryBytes: 16 * 1024 * 1024,
  /** Inflated bytes of all ZIP entries together, as declared in the central directory. */
  maxZipTotalBytes: 64 * 1024 * 1024,
  /** Paragraphs (`<w:p>`) in a Word document. */
  maxDocxParagraphs: 20_000,
  /** XML elements in the parts of a Word document that are read (runs, text, properties, …). */
  maxDocxElements: 400_000,
  /** Inflated bytes of all Flate streams of a PDF together. */
  maxPdfInflatedBytes: 64 * 1024 * 1024,
  /** Characters extracted from a document; the rest is dropped (twice what a profile keeps). */
  maxExtractedCharacters: 100_000,
  /** Pixels (width × height) of an image read with OCR or vision: 40 megapixels. */
  maxImagePixels: 40_000_000,
  /** V8 old-generation heap of the extraction worker, in MiB. */
  workerHeapMb: 256,
} as const;

/** The limits an extraction runs under (overridable in tests). */
export type DocumentLimits = { -readonly [K in keyof typeof DOCUMENT_LIMITS]: number };

/** `DOCUMENT_TOO_LARGE`: the file is small but what it unpacks to is too much to read. */
export function documentTooLarge(message: string, detail: string, cause?: unknown): ValidationError {
  return new ValidationError({ code: 'DOCUMENT_TOO_LARGE', message, issues: [{ path: 'resume', message: detail }], cause });
}
