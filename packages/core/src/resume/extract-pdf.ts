import { ValidationError } from '../errors/index.js';
import type { DocumentLimits } from './document-limits.js';
import { checkPdfInflatedSize } from './pdf-inflate-budget.js';

/** What {@link extractPdf} is asked to do. */
export interface ExtractPdfOptions {
  limits: DocumentLimits;
  maxPages: number;
  /** Render the pages as PNG images when the text layer is (nearly) empty. */
  renderScans: boolean;
}

/** The text layer of a PDF, and its pages as images when it is a scan. */
export interface PdfExtraction {
  pageCount: number;
  /** Text per page, cut once `limits.maxExtractedCharacters` is reached. */
  pages: string[];
  /** PNG images of the pages, when the PDF is a scan and rendering was asked for and possible. */
  scans: Uint8Array[] | null;
  /** Rendering was needed but `@napi-rs/canvas` is not installed. */
  canvasMissing: boolean;
}

/**
 * Fewer letters than this across the whole text layer means the PDF is a scan (a page number or
 * a stray header is all some scanners leave behind), so the pages are read as images instead.
 */
export const MIN_TEXT_LAYER_LETTERS = 30;
/** Pages are rendered at twice their nominal size: small resume fonts need it for OCR. */
const RENDER_SCALE = 2;

/**
 * Extracts a PDF's text with unpdf (pdf.js, script evaluation off), and renders scanned pages.
 * Runs inside the extraction worker: the Flate streams are measured first, the page cap is checked
 * from the page count before any page is parsed, extraction stops at the character cap, and
 * rendered pages are scaled down to stay within the pixel cap.
 *
 * @throws ValidationError `DOCUMENT_TOO_LARGE`, `ENCRYPTED_FILE`, `UNREADABLE_FILE` or `TOO_MANY_PAGES`.
 */
export async function extractPdf(bytes: Uint8Array, options: ExtractPdfOptions): Promise<PdfExtraction> {
  const { limits, maxPages } = options;
  await checkPdfInflatedSize(bytes, limits);
  const { getDocumentProxy, renderPageAsImage } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (error) {
    throw openError(error);
  }
  try {
    if (pdf.numPages > maxPages) {
      throw new ValidationError({
        code: 'TOO_MANY_PAGES',
        message: `This PDF has ${pdf.numPages} pages; resumes can have at most ${maxPages}. Please upload a shorter version.`,
        issues: [{ path: 'resume', message: `at most ${maxPages} pages` }],
      });
    }
    const pages: string[] = [];
    let characters = 0;
    try {
      for (let pageNumber = 1; pageNumber <= pdf.numPages && characters < limits.maxExtractedCharacters; pageNumber += 1) {
        const page = await pdf.getPage(pageNumber);
        const content = await page.getTextContent();
        let text = '';
        for (const item of content.items) {
          if (!('str' in item)) continue;
          text += item.str + (item.hasEOL ? '\n' : '');
          if (characters + text.length >= limits.maxExtractedCharacters) break;
        }
        text = text.slice(0, limits.maxExtractedCharacters - characters);
        characters += text.length;
        pages.push(text);
        page.cleanup();
      }
    } catch (error) {
      throw unreadable(error);
    }
    const result: PdfExtraction = { pageCount: pdf.numPages, pages, scans: null, canvasMissing: false };
    if (!options.renderScans || countLetters(pages.join('')) >= MIN_TEXT_LAYER_LETTERS) return result;
    const canvas = await loadCanvas();
    if (canvas === null) return { ...result, canvasMissing: true };
    const scans: Uint8Array[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      try {
        const page = await pdf.getPage(pageNumber);
        const { width, height } = page.getViewport({ scale: 1 });
        // A page may declare an enormous media box; never render more pixels than an image upload may have.
        const scale = Math.min(RENDER_SCALE, Math.sqrt(limits.maxImagePixels / Math.max(1, width * height)));
        const image = await renderPageAsImage(pdf as Parameters<typeof renderPageAsImage>[0], pageNumber, { canvasImport: async () => canvas, scale });
        scans.push(new Uint8Array(image));
      } catch (error) {
        throw unreadable(error);
      }
    }
    return { ...result, scans };
  } finally {
    await pdf.destroy();
  }
}

type CanvasModule = typeof import('@napi-rs/canvas');

/** @napi-rs/canvas is an optional peer: without it scanned PDFs cannot be rendered. */
async function loadCanvas(): Promise<CanvasModule | null> {
  try {
    return await import('@napi-rs/canvas');
  } catch {
    return null;
  }
}

/** Letters (of any script) in `text`. */
export function countLetters(text: string): number {
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

/** `UNREADABLE_FILE` for a PDF. */
export function unreadable(error: unknown): ValidationError {
  return new ValidationError({
    code: 'UNREADABLE_FILE',
    message: 'This PDF appears to be damaged and cannot be read. Please export it again and upload the new file.',
    issues: [{ path: 'resume', message: 'damaged PDF' }],
    cause: error,
  });
}
