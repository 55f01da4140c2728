import { createInflate } from 'node:zlib';
import { documentTooLarge, type DocumentLimits } from './document-limits.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/**
 * Inflates every zlib (Flate) stream of a PDF once, counting and discarding the output, and refuses
 * the document when their total passes `limits.maxPdfInflatedBytes`. pdf.js has no such limit: it
 * would inflate a page's whole content stream into memory and then parse it, which is how a 700 KB
 * file became a 200 MB content stream and a crashed process. Counting is streamed (constant memory)
 * and stops at the limit, so a bomb costs a fraction of a second.
 *
 * Streams are found by their `stream`/`endstream` keywords rather than by parsing objects: data that
 * is not zlib (JPEG images, encrypted streams) simply fails to inflate and is skipped. What this
 * cannot see (for example an encrypted bomb) is still bounded by the extraction worker's heap and
 * time limits.
 *
 * @throws ValidationError `DOCUMENT_TOO_LARGE`.
 */
export async function checkPdfInflatedSize(bytes: Uint8Array, limits: DocumentLimits): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let remaining = limits.maxPdfInflatedBytes;
  let from = 0;
  for (;;) {
    const keyword = buffer.indexOf(STREAM, from);
    if (keyword === -1) return;
    from = keyword + STREAM.length;
    if (isEndStream(buffer, keyword)) continue;
    const start = dataStart(buffer, from);
    if (start === -1) continue;
    const end = buffer.indexOf(END_STREAM, start);
    const data = buffer.subarray(start, end === -1 ? buffer.length : end);
    remaining -= await inflatedSize(data, remaining);
    if (remaining < 0) {
      throw documentTooLarge(
        'This PDF unpacks to far more content than a resume holds, so it was not read. Please export your resume to PDF again, or upload it as a Word document.',
        `its compressed streams inflate past ${limits.maxPdfInflatedBytes} bytes`,
      );
    }
    if (end !== -1) from = end + END_STREAM.length;
  }
}

function isEndStream(buffer: Buffer, keyword: number): boolean {
  return keyword >= 3 && buffer.toString('latin1', keyword - 3, keyword) === 'end';
}

/** The stream keyword is followed by CRLF or LF (a lone CR is tolerated, as readers do). */
function dataStart(buffer: Buffer, afterKeyword: number): number {
  if (buffer[afterKeyword] === 0x0d) return buffer[afterKeyword + 1] === 0x0a ? afterKeyword + 2 : afterKeyword + 1;
  if (buffer[afterKeyword] === 0x0a) return afterKeyword + 1;
  return -1;
}

/**
 * Bytes `data` inflates to, counted up to `budget + 1` (then inflation stops). Output produced before
 * a zlib error still counts: pdf.js keeps what it decoded before a damaged block too.
 */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  if (data.length < 2 || !looksLikeZlib(data)) return Promise.resolve(0);
  return new Promise((resolve) => {
    const inflate = createInflate();
    let size = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) finish();
    });
    inflate.once('end', finish);
    inflate.once('error', finish);
    inflate.end(data);
  });
}

/** A zlib header: deflate method and a check value the header bytes satisfy. */
function looksLikeZlib(data: Buffer): boolean {
  const first = data[0] ?? 0;
  const second = data[1] ?? 0;
  return (first & 0x0f) === 8 && (first * 256 + second) % 31 === 0;
}
