// Decompression bombs, generated at run time (none is committed): small files that unpack to far
// more than they weigh. Each is a valid file of its kind, so only limits stop a reader.
import { createDeflate, createDeflateRaw, deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

/** CRC-32 (ZIP, PNG), continued from `previous` over `bytes`. */
function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (let index = 0; index < bytes.length; index += 1) crc = CRC_TABLE[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** A long repetition of `unit`, compressed as it is produced (never held whole in memory). */
async function compressRepeated(
  unit: string,
  count: number,
  options: { raw: boolean; prefix?: string; suffix?: string },
): Promise<{ compressed: Buffer; size: number; crc: number }> {
  // The CRC only matters inside a ZIP (raw deflate); a PDF stream has none.
  const withCrc = options.raw;
  const stream = options.raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.once('end', resolve);
    stream.once('error', reject);
  });
  let size = 0;
  let crc = 0;
  const write = async (buffer: Buffer) => {
    size += buffer.length;
    if (withCrc) crc = crc32(buffer, crc);
    if (!stream.write(buffer)) await new Promise((resolve) => stream.once('drain', resolve));
  };
  if (options.prefix) await write(Buffer.from(options.prefix));
  const perBlock = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = Buffer.from(unit.repeat(perBlock));
  let left = count;
  while (left >= perBlock) {
    await write(block);
    left -= perBlock;
  }
  if (left > 0) await write(Buffer.from(unit.repeat(left)));
  if (options.suffix) await write(Buffer.from(options.suffix));
  stream.end();
  await done;
  return { compressed: Buffer.concat(chunks), size, crc };
}

interface ZipEntry {
  name: string;
  compressed: Buffer;
  size: number;
  crc: number;
  /** The inflated size written in the headers (a liar's archive states less than the truth). */
  declaredSize?: number;
}

/** A ZIP archive of deflated entries. */
function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const declared = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A plain ZIP of small text files, e.g. an archive that is not a Word document. */
export function makeZip(files: Record<string, string>): Uint8Array {
  return zip(Object.entries(files).map(([name, text]) => smallEntry(name, text)));
}

function smallEntry(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text);
  return { name, compressed: deflateSync(bytes, { level: 9 }).subarray(2, -4), size: bytes.length, crc: crc32(bytes) };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_END = '</w:body></w:document>';
/** The paragraph of the reported attack: one letter, 34 bytes of XML. */
export const TINY_PARAGRAPH = '<w:p><w:r><w:t>A</w:t></w:r></w:p>';

/** Options of {@link makeParagraphBombDocx}. */
export interface ParagraphBombOptions {
  /** @default 3_000_000 (about 100 MB of XML in a ~300 KB file) */
  paragraphs?: number;
  /** Inflated size stated in the ZIP headers for the document part; the truth by default. */
  declaredSize?: number;
}

/**
 * A valid .docx whose document part repeats {@link TINY_PARAGRAPH}. With the default 3 million
 * paragraphs it is the 291 KB file that once took a server to 4 GB and killed it.
 */
export async function makeParagraphBombDocx(options: ParagraphBombOptions = {}): Promise<Uint8Array> {
  const document = await compressRepeated(TINY_PARAGRAPH, options.paragraphs ?? 3_000_000, {
    raw: true,
    prefix: DOCUMENT_START,
    suffix: DOCUMENT_END,
  });
  return zip([
    smallEntry('[Content_Types].xml', CONTENT_TYPES),
    smallEntry('_rels/.rels', ROOT_RELS),
    { name: 'word/document.xml', ...document, declaredSize: options.declaredSize },
  ]);
}

/**
 * A one-page PDF whose content stream inflates to `inflatedBytes` of drawing operators
 * (`q Q`, save and restore state): about 1/1000 of that on disk.
 *
 * @param inflatedBytes @default 200 MiB
 */
export async function makeContentStreamBombPdf(inflatedBytes = 200 * 1024 * 1024): Promise<Uint8Array> {
  const unit = 'q Q\n';
  const stream = await compressRepeated(unit, Math.ceil(inflatedBytes / unit.length), { raw: false });
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: Buffer | string) => {
    const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(buffer);
    length += buffer.length;
  };
  const object = (body: (Buffer | string)[]) => {
    offsets.push(length);
    for (const part of body) push(part);
  };
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  object(['1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n']);
  object(['2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n']);
  object(['3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>\nendobj\n']);
  object([`4 0 obj\n<< /Length ${stream.compressed.length} /Filter /FlateDecode >>\nstream\n`, stream.compressed, '\nendstream\nendobj\n']);
  const xref = length;
  push(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A PNG that declares `width`×`height` pixels (grayscale, 8 bits) but holds only a few bytes of
 * image data: a decoder allocates for the declared size before finding the data short.
 */
export function makeHugePng(width = 30_000, height = 30_000): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(data.length, 0);
    header.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])), 0);
    return Buffer.concat([header, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  // The first rows, white: filter byte 0 and `width` bytes of 0xff each.
  const rows = Buffer.alloc((width + 1) * 64, 0xff);
  for (let row = 0; row < 64; row += 1) rows[row * (width + 1)] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
