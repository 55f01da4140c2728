import type { CoachContext } from '../internal/context.js';
import { ValidationError } from '../errors/index.js';
import { DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { extractInWorker } from './extract-in-worker.js';
import { countLetters, MIN_TEXT_LAYER_LETTERS } from './extract-pdf.js';
import { canReadImages, readImage } from './read-image.js';

/** The text of a PDF and how it was obtained. */
export interface ReadPdfResult {
  text: string;
  pageCount: number;
  source: 'pdf-text' | 'pdf-ocr';
}

/**
 * Extracts the text of a PDF resume with unpdf (pdf.js, script evaluation off) in the extraction
 * worker (see {@link extractInWorker}). Scanned PDFs, whose text layer is empty, are rendered page
 * by page there and read here as images (vision or OCR). The page cap is checked from the page
 * count before any text is extracted.
 *
 * @throws ValidationError `ENCRYPTED_FILE`, `UNREADABLE_FILE`, `TOO_MANY_PAGES`, `DOCUMENT_TOO_LARGE` or `NO_TEXT_FOUND`.
 */
export async function readPdf(
  context: CoachContext,
  bytes: Uint8Array,
  options: { abortSignal?: AbortSignal; limits?: DocumentLimits } = {},
): Promise<ReadPdfResult> {
  const renderScans = canReadImages(context);
  const extraction = await extractInWorker(
    { kind: 'pdf', bytes, maxPages: context.settings.maxResumePages, renderScans },
    { timeoutMs: context.settings.resumeReadTimeoutMs, limits: options.limits ?? { ...DOCUMENT_LIMITS }, abortSignal: options.abortSignal },
  );
  const text = extraction.pages.join('\n\n');
  if (countLetters(text) >= MIN_TEXT_LAYER_LETTERS) return { text, pageCount: extraction.pageCount, source: 'pdf-text' };
  if (!renderScans) {
    throw noTextFound(
      'This PDF has no text layer (it looks like a scan or a photo), and no OCR or vision model is configured to read it. Please upload a PDF exported from a word processor, or a Word document.',
    );
  }
  if (extraction.canvasMissing || extraction.scans === null) {
    throw noTextFound(
      'This PDF has no text layer (it looks like a scan or a photo) and cannot be rendered for reading here because @napi-rs/canvas is not installed. Please upload a PDF exported from a word processor, or a Word document.',
    );
  }
  const texts: string[] = [];
  for (const image of extraction.scans) {
    options.abortSignal?.throwIfAborted();
    const { text: pageText } = await readImage(context, { image, mediaType: 'image/png', abortSignal: options.abortSignal });
    texts.push(pageText);
  }
  const scannedText = texts.join('\n\n');
  if (countLetters(scannedText) === 0) {
    throw noTextFound(
      'This PDF has no text layer and no readable text was found on its pages. Please upload a clearer scan, or a PDF exported from a word processor.',
    );
  }
  return { text: scannedText, pageCount: extraction.pageCount, source: 'pdf-ocr' };
}

function noTextFound(message: string): ValidationError {
  return new ValidationError({ code: 'NO_TEXT_FOUND', message, issues: [{ path: 'resume', message: 'no text found' }] });
}
