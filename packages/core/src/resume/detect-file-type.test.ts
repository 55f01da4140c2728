import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { makeResumePdf } from '../../test/fixtures/make-resume-pdf.js';
import { detectFileType } from './detect-file-type.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/resume/${name}`, import.meta.url)));

function rejection(bytes: Uint8Array): ValidationError {
  try {
    detectFileType(bytes);
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    return error as ValidationError;
  }
  throw new Error('expected detectFileType to throw');
}

describe('detectFileType', () => {
  it('should recognise PDF, DOCX, PNG and JPEG from their bytes', async () => {
    expect(detectFileType(await makeResumePdf())).toBe('pdf');
    expect(detectFileType(fixture('resume.docx'))).toBe('docx');
    expect(detectFileType(fixture('resume.png'))).toBe('png');
    expect(detectFileType(fixture('resume.jpg'))).toBe('jpeg');
    expect(detectFileType(fixture('encrypted.pdf'))).toBe('pdf');
  });

  it('should accept a PDF header preceded by a few junk bytes, as PDF readers do', async () => {
    const pdf = await makeResumePdf({ lines: ['Ada Lovelace'] });
    const prefixed = new Uint8Array([...new TextEncoder().encode('\r\n\r\n'), ...pdf]);
    expect(detectFileType(prefixed)).toBe('pdf');
  });

  it('should recognise a truncated DOCX (no central directory) as DOCX', () => {
    const docx = fixture('resume.docx');
    expect(detectFileType(docx.subarray(0, docx.length - 30))).toBe('docx');
  });

  it('should reject a ZIP that is not a Word document', () => {
    const error = rejection(fixture('not-a-docx.zip'));
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/PDF/);
  });

  it('should reject a Windows executable and say which types are accepted', () => {
    const executable = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const error = rejection(executable);
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/PDF/);
    expect(error.message).toMatch(/\.docx/);
    expect(error.message).toMatch(/PNG or JPEG/);
  });

  it('should reject legacy .doc files with advice to convert them', () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = rejection(doc);
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(error.message).toMatch(/\.doc\b/);
  });

  it('should reject GIFs, plain text and short garbage', () => {
    for (const bytes of [
      new TextEncoder().encode('GIF89a\x01\x00'),
      new TextEncoder().encode('Jane Doe\njane@example.com'),
      new Uint8Array([0xff]),
      new Uint8Array([0x50, 0x4b]),
    ]) {
      expect(rejection(bytes).code).toBe('UNSUPPORTED_FILE_TYPE');
    }
  });
});
