import { ValidationError } from '../errors/index.js';

/** The resume formats Coach reads. */
export type ResumeFileType = 'pdf' | 'docx' | 'png' | 'jpeg';

/** Shown when a file is of a type Coach does not read. */
export const ACCEPTED_TYPES_MESSAGE = 'Please upload your resume as a PDF, a Word document (.docx), or a PNG or JPEG image.';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MARKER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Readers such as Acrobat accept a PDF header anywhere in the first KiB (some generators prepend junk). */
const PDF_HEADER_WINDOW = 1024;
const DOCX_MAIN_PART = 'word/document.xml';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;

/**
 * Decides a resume's format from its bytes (magic numbers). The file name and declared content
 * type are deliberately not consulted: they are easy to get wrong and easy to forge.
 *
 * @throws ValidationError `UNSUPPORTED_FILE_TYPE` for anything but PDF, DOCX, PNG and JPEG.
 */
export function detectFileType(bytes: Uint8Array): ResumeFileType {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'jpeg';
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) {
    if (zipContains(bytes, DOCX_MAIN_PART)) return 'docx';
    throw unsupported('This archive is not a Word document. ' + ACCEPTED_TYPES_MESSAGE);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw unsupported('Older Word (.doc) files are not supported; save the resume as .docx or PDF and upload it again.');
  }
  if (indexOf(bytes, PDF_MARKER, PDF_HEADER_WINDOW) !== -1) return 'pdf';
  throw unsupported(`This file type is not supported. ${ACCEPTED_TYPES_MESSAGE}`);
}

function unsupported(message: string): ValidationError {
  return new ValidationError({ code: 'UNSUPPORTED_FILE_TYPE', message, issues: [{ path: 'resume', message }] });
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function indexOf(bytes: Uint8Array, needle: readonly number[], limit: number): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  for (let start = 0; start <= end; start += 1) {
    if (needle.every((byte, index) => bytes[start + index] === byte)) return start;
  }
  return -1;
}

/**
 * Whether a ZIP archive has an entry named `name`. The central directory is authoritative; when
 * it cannot be found (a truncated upload) the local headers are scanned instead, so a damaged
 * DOCX is still recognised as one and reported as unreadable rather than as the wrong type.
 */
function zipContains(bytes: Uint8Array, name: string): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = centralDirectoryNames(bytes, view) ?? localHeaderNames(bytes, view);
  return names.includes(name);
}

function centralDirectoryNames(bytes: Uint8Array, view: DataView): string[] | null {
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === -1) return null;
  const entryCount = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // ZIP64 archives mark these fields as 0xFFFF/0xFFFFFFFF; a resume never needs ZIP64.
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return null;
  const names: string[] = [];
  let offset = directoryOffset;
  for (let entry = 0; entry < entryCount; entry += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_SIZE - MAX_ZIP_COMMENT);
  for (let offset = view.byteLength - EOCD_MIN_SIZE; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

function localHeaderNames(bytes: Uint8Array, view: DataView): string[] {
  const names: string[] = [];
  for (let offset = 0; offset + 30 <= bytes.length; offset += 1) {
    if (view.getUint32(offset, true) !== LOCAL_HEADER_SIGNATURE) continue;
    const nameLength = view.getUint16(offset + 26, true);
    if (offset + 30 + nameLength > bytes.length) break;
    names.push(decodeName(bytes.subarray(offset + 30, offset + 30 + nameLength)));
  }
  return names;
}

function decodeName(bytes: Uint8Array): string {
  // Entry names are ASCII in every DOCX; backslashes appear in archives written on Windows.
  return new TextDecoder('utf-8').decode(bytes).replace(/\\/g, '/');
}
