import type { CoachContext } from '../internal/context.js';
import { ValidationError } from '../errors/index.js';
import { canReadImages, readImage } from './read-image.js';

/** The text of a PDF and how it was obtained. */
export interface ReadPdfResult {
  text: string;
  pageCount: number;
  source: 'pdf-text' | 'pdf-ocr';
}

/**
 * Fewer letters than this across the whole text layer means the PDF is a scan (a page number or
 * a stray header is all some scanners leave behind), so the pages are read as images instead.
 */
const MIN_TEXT_LAYER_LETTERS = 30;
/** Pages are rendered at twice their nominal size: small resume fonts need it for OCR. */
const RENDER_SCALE = 2;

/** The subset of a pdf.js document used here. */
interface PdfDocument {
  numPages: number;
  destroy(): Promise<void>;
}

/**
 * Extracts the text of a PDF resume with unpdf (pdf.js, script evaluation off). Scanned PDFs,
 * whose text layer is empty, are rendered page by page and read as images (vision or OCR).
 * The page cap is checked from the page count before any text is extracted.
 *
 * @throws ValidationError `ENCRYPTED_FILE`, `UNREADABLE_FILE`, `TOO_MANY_PAGES` or `NO_TEXT_FOUND`.
 */
export async function readPdf(
  context: CoachContext,
  bytes: Uint8Array,
  options: { abortSignal?: AbortSignal } = {},
): Promise<ReadPdfResult> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may transfer (detach) the buffer it is given; the caller keeps its bytes.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (error) {
    throw openError(error);
  }
  try {
    const maxPages = context.settings.maxResumePages;
    if (pdf.numPages > maxPages) {
      throw new ValidationError({
        code: 'TOO_MANY_PAGES',
        message: `This PDF has ${pdf.numPages} pages; resumes can have at most ${maxPages}. Please upload a shorter version.`,
        issues: [{ path: 'resume', message: `at most ${maxPages} pages` }],
      });
    }
    options.abortSignal?.throwIfAborted();
    let pages: string[];
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } catch (error) {
      throw unreadable(error);
    }
    const text = pages.join('\n\n');
    if (countLetters(text) >= MIN_TEXT_LAYER_LETTERS) return { text, pageCount: pdf.numPages, source: 'pdf-text' };
    return { text: await readScannedPages(context, pdf, options), pageCount: pdf.numPages, source: 'pdf-ocr' };
  } finally {
    await pdf.destroy();
  }
}

async function readScannedPages(
  context: CoachContext,
  pdf: PdfDocument,
  options: { abortSignal?: AbortSignal },
): Promise<string> {
  if (!canReadImages(context)) {
    throw noTextFound(
      'This PDF has no text layer (it looks like a scan or a photo), and no OCR or vision model is configured to read it. Please upload a PDF exported from a word processor, or a Word document.',
    );
  }
  const canvasImport = await loadCanvas();
  if (canvasImport === null) {
    throw noTextFound(
      'This PDF has no text layer (it looks like a scan or a photo) and cannot be rendered for reading here because @napi-rs/canvas is not installed. Please upload a PDF exported from a word processor, or a Word document.',
    );
  }
  const { renderPageAsImage } = await import('unpdf');
  const texts: string[] = [];
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
    options.abortSignal?.throwIfAborted();
    let image: ArrayBuffer;
    try {
      // unpdf's declared parameter is pdf.js's own proxy type; this is that object.
      image = await renderPageAsImage(pdf as Parameters<typeof renderPageAsImage>[0], pageNumber, { canvasImport, scale: RENDER_SCALE });
    } catch (error) {
      throw unreadable(error);
    }
    const { text } = await readImage(context, { image: new Uint8Array(image), mediaType: 'image/png', abortSignal: options.abortSignal });
    texts.push(text);
  }
  const text = texts.join('\n\n');
  if (countLetters(text) === 0) {
    throw noTextFound('This PDF has no text layer and no readable text was found on its pages. Please upload a clearer scan, or a PDF exported from a word processor.');
  }
  return text;
}

type CanvasModule = typeof import('@napi-rs/canvas');

/** @napi-rs/canvas is an optional peer: without it scanned PDFs cannot be rendered. */
async function loadCanvas(): Promise<(() => Promise<CanvasModule>) | null> {
  try {
    const canvas = await import('@napi-rs/canvas');
    return async () => canvas;
  } catch {
    return null;
  }
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function openError(error: unknown): ValidationError {
  if (error instanceof Error && error.name === 'PasswordException') {
    return new ValidationError({
      code: 'ENCRYPTED_FILE',
      message: 'This PDF is password-protected. Please remove the password (or print it to a new PDF) and upload it again.',
      issues: [{ path: 'resume', message: 'password-protected PDF' }],
      cause: error,
    });
  }
  return unreadable(error);
}

function unreadable(error: unknown): ValidationError {
  return new ValidationError({
    code: 'UNREADABLE_FILE',
    message: 'This PDF appears to be damaged and cannot be read. Please export it again and upload the new file.',
    issues: [{ path: 'resume', message: 'damaged PDF' }],
    cause: error,
  });
}

function noTextFound(message: string): ValidationError {
  return new ValidationError({ code: 'NO_TEXT_FOUND', message, issues: [{ path: 'resume', message: 'no text found' }] });
}
