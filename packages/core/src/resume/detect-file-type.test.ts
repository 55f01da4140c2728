import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { makeResumePdf } from '../../test/fixtures/make-resume-pdf.js';
import { detectFileType } from './detect-file-type.js';
import { makeZip } from '../../test/support/document-bombs.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/resume/${name}`, import.meta.url)));

async function rejection(bytes: Uint8Array): Promise<ValidationError> {
  try {
    await detectFileType(bytes);
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    return error as ValidationError;
  }
  throw new Error('expected detectFileType to throw');
}

describe('detectFileType', () => {
  it('should recognise PDF, DOCX, PNG and JPEG from their bytes', async () => {
    expect(await detectFileType(await makeResumePdf())).toBe('pdf');
    expect(await detectFileType(fixture('resume.docx'))).toBe('docx');
    expect(await detectFileType(fixture('resume.png'))).toBe('png');
    expect(await detectFileType(fixture('resume.jpg'))).toBe('jpeg');
    expect(await detectFileType(fixture('encrypted.pdf'))).toBe('pdf');
  });

  it('should accept a PDF header preceded by a few junk bytes, as PDF readers do', async () => {
    const pdf = await makeResumePdf({ lines: ['Ada Lovelace'] });
    const prefixed = new Uint8Array([...new TextEncoder().encode('\r\n\r\n'), ...pdf]);
    expect(await detectFileType(prefixed)).toBe('pdf');
  });

  it('should recognise a truncated DOCX (no central directory) as DOCX', async () => {
    const docx = fixture('resume.docx');
    expect(await detectFileType(docx.subarray(0, docx.length - 30))).toBe('docx');
  });

  it('should reject a ZIP that is not a Word document', async () => {
    const error = await rejection(fixture('not-a-docx.zip'));
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/PDF/);
  });

  it('should reject a Windows executable and say which types are accepted', async () => {
    const executable = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const error = await rejection(executable);
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/PDF/);
    expect(error.message).toMatch(/\.docx/);
    expect(error.message).toMatch(/PNG or JPEG/);
  });

  it('should reject legacy .doc files with advice to convert them', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await rejection(doc);
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/\.doc\b/);
  });

  it('should reject GIFs, plain text and short garbage', async () => {
    for (const bytes of [
      makeZip({ 'notes.txt': 'Jane Doe' }),
      new TextEncoder().encode('GIF89a\x01\x00'),
      new TextEncoder().encode('Jane Doe\njane@example.com'),
      new Uint8Array([0xff]),
      new Uint8Array([0x50, 0x4b]),
      // a WebP and an HTML page that mentions %PDF- past the first KiB
      new Uint8Array([...new TextEncoder().encode('RIFF'), 0x24, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]),
      new TextEncoder().encode('<html>' + ' '.repeat(2048) + '%PDF-1.7</html>'),
    ]) {
      expect((await rejection(bytes)).code).toBe('UNSUPPORTED_FILE_TYPE');
    }
  });

  it('should name a spreadsheet or a plain ZIP as "not a Word document" whatever it is called', async () => {
    const xlsx = makeZip({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      'xl/workbook.xml': '<workbook/>',
    });
    const error = await rejection(xlsx);
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/not a Word document/);
  });
});
