import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ValidationError } from '../errors/index.js';
import { documentTooLarge, type DocumentLimits } from './document-limits.js';

/**
 * The file object mammoth reads a .docx through (its `{ file }` input): entries are looked up by
 * name and inflated on demand. Only `exists` and `read` are used for text extraction.
 */
export interface DocxArchive {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
  /** Closes the archive. */
  close(): void;
}

const TOO_LARGE_MESSAGE =
  'This Word document unpacks to far more content than a resume holds, so it was not read. Please save your resume again (or export it as PDF) and upload the new file.';

/**
 * Opens a Word document's ZIP archive with yauzl, refusing it before anything is inflated when the
 * central directory lists too many entries or declares inflated sizes over the limits. Each entry
 * is then inflated only when mammoth asks for it, as a stream that is destroyed as soon as it
 * passes the per-entry limit (or its declared size: yauzl's `validateEntrySizes`), so a lying
 * directory cannot make it inflate more. XML parts are counted for paragraphs and elements as they
 * are handed over, which bounds the work mammoth's parser is given.
 *
 * @throws ValidationError `DOCUMENT_TOO_LARGE` or `UNREADABLE_FILE`.
 */
export async function openDocxArchive(bytes: Uint8Array, limits: DocumentLimits): Promise<DocxArchive> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, autoClose: false, strictFileNames: false, decodeStrings: true },
      (error, zipFile) => (error ? reject(unreadable(error)) : resolve(zipFile)),
    );
  });
  try {
    const entries = await readEntries(zip, limits);
    return createArchive(zip, entries, limits);
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readEntries(zip: ZipFile, limits: DocumentLimits): Promise<Map<string, Entry>> {
  // The end-of-central-directory record states the count: refuse before walking it.
  if (zip.entryCount > limits.maxZipEntries) {
    throw documentTooLarge(TOO_LARGE_MESSAGE, `at most ${limits.maxZipEntries} archive entries (this one has ${zip.entryCount})`);
  }
  const entries = new Map<string, Entry>();
  let declaredTotal = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      if (entry.uncompressedSize > limits.maxZipEntryBytes) {
        reject(documentTooLarge(TOO_LARGE_MESSAGE, `an archive entry declares ${entry.uncompressedSize} inflated bytes; at most ${limits.maxZipEntryBytes}`));
        return;
      }
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxZipTotalBytes) {
        reject(documentTooLarge(TOO_LARGE_MESSAGE, `the archive declares more than ${limits.maxZipTotalBytes} inflated bytes`));
        return;
      }
      entries.set(entry.fileName.replace(/\\/g, '/'), entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', (error: unknown) => reject(unreadable(error)));
    zip.readEntry();
  });
  return entries;
}

function createArchive(zip: ZipFile, entries: Map<string, Entry>, limits: DocumentLimits): DocxArchive {
  const counter = createMarkupCounter(limits);
  return {
    exists: (name) => entries.has(name),
    async read(name, encoding) {
      const entry = entries.get(name);
      if (entry === undefined) throw unreadable(new Error(`missing archive entry ${name}`));
      const data = await inflateEntry(zip, entry, limits, /\.(xml|rels)$/i.test(name) ? counter : null);
      if (encoding === 'base64') return data.toString('base64');
      if (!encoding) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      return new TextDecoder(encoding).decode(data);
    },
    write() {
      throw new Error('the resume reader never writes to a Word document');
    },
    toArrayBuffer() {
      return Promise.reject(new Error('the resume reader never writes to a Word document'));
    },
    close: () => zip.close(),
  };
}

/** An element whose local name is `p`, under any namespace prefix (WordprocessingML or DrawingML). */
const PARAGRAPH_START = /<(?:[A-Za-z_][\w.-]{0,40}:)?p[\s/>]/g;
const ELEMENT_START = /<[A-Za-z_]/g;
/** Bytes of one chunk carried into the next, so a tag split between chunks is still seen. */
const CARRY = 48;

/**
 * Counts paragraphs and elements across the XML parts read, chunk by chunk while they inflate, and
 * throws as soon as a cap is passed, so a part with millions of paragraphs is never inflated whole.
 */
function createMarkupCounter(limits: DocumentLimits): (chunk: Buffer, carry: string) => string {
  let paragraphs = 0;
  let elements = 0;
  return (chunk, carry) => {
    // Tag syntax is ASCII, so latin1 decoding is exact for counting and never fails.
    const text = carry + chunk.toString('latin1');
    paragraphs += countEndingAfter(text, PARAGRAPH_START, carry.length);
    elements += countEndingAfter(text, ELEMENT_START, carry.length);
    if (paragraphs > limits.maxDocxParagraphs) {
      throw documentTooLarge(TOO_LARGE_MESSAGE, `at most ${limits.maxDocxParagraphs} paragraphs`);
    }
    if (elements > limits.maxDocxElements) {
      throw documentTooLarge(TOO_LARGE_MESSAGE, `at most ${limits.maxDocxElements} XML elements`);
    }
    return text.slice(-CARRY);
  };
}

/** Matches of `pattern` in `text` that end past `from` (those ending earlier were counted with the previous chunk). */
function countEndingAfter(text: string, pattern: RegExp, from: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index + match[0].length > from) count += 1;
  }
  return count;
}

function inflateEntry(zip: ZipFile, entry: Entry, limits: DocumentLimits, count: ((chunk: Buffer, carry: string) => string) | null): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(unreadable(error));
      const chunks: Buffer[] = [];
      let size = 0;
      let carry = '';
      const stop = (reason: unknown) => {
        stream.destroy();
        reject(reason);
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // yauzl already stops past the declared size; this holds even for a declared size it trusts.
        if (size > limits.maxZipEntryBytes) {
          stop(documentTooLarge(TOO_LARGE_MESSAGE, `an archive entry inflates past ${limits.maxZipEntryBytes} bytes`));
          return;
        }
        if (count) {
          try {
            carry = count(chunk, carry);
          } catch (limitError) {
            stop(limitError);
            return;
          }
        }
        chunks.push(chunk);
      });
      stream.once('error', (streamError: unknown) => reject(unreadable(streamError)));
      stream.once('end', () => resolve(Buffer.concat(chunks, size)));
    });
  });
}

function unreadable(error: unknown): ValidationError {
  return new ValidationError({
    code: 'UNREADABLE_FILE',
    message: 'This Word document appears to be damaged and cannot be read. Please save it again (or export it as PDF) and upload the new file.',
    issues: [{ path: 'resume', message: 'damaged Word document' }],
    cause: error,
  });
}
