import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachContext, CoachSettings } from '../internal/context.js';
import type { DescribeImageOptions, LanguageModel } from '../ports/language-model.js';
import type { TextRecognizer } from '../ports/text-recognizer.js';
import { CoachError, ProviderError, UnsupportedFeatureError, ValidationError } from '../errors/index.js';
import { silentLogger } from '../internal/logger.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { createTesseractRecognizer, type TesseractRecognizer } from '../adapters/ocr-tesseract/index.js';
import { DEFAULT_RESUME_EMAIL, DEFAULT_RESUME_NAME, DEFAULT_RESUME_PHONE, makeResumePdf } from '../../test/fixtures/make-resume-pdf.js';
import { DOCX_RESUME_LINES, IMAGE_RESUME_LINES } from '../../test/fixtures/resume-fixture-text.js';
import { MAX_RESUME_TEXT_LENGTH, normalizeResumeText, readResume } from './resume-reader.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/resume/${name}`, import.meta.url)));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

const SETTINGS: CoachSettings = {
  sessionIdleMinutes: 1440,
  retentionDays: null,
  recruiterName: 'The Hiring Team',
  meetingLink: null,
  senderEmail: null,
  replyToEmail: null,
  maxResumeBytes: 10 * 1024 * 1024,
  maxResumePages: 10,
  resumeReadTimeoutMs: 15_000,
  maxAnswerLength: 8000,
  maxSpeechLength: 1000,
  maxDsaTurns: 4,
  modelTimeoutMs: 30_000,
  modelMaxAttempts: 1,
  inviteMaxAttempts: 8,
  webhookAllowPrivateTargets: false,
  webhookAllowedHttpHosts: [],
  webhookTimeoutMs: 15_000,
};

/** A language model that cannot see: resumes are never sent to it by the reader. */
const blindModel: LanguageModel = {
  specificationVersion: 'v1',
  provider: 'blind',
  modelId: 'blind-1',
  capabilities: { vision: false, streaming: false },
  async generateObject() {
    throw new Error('the resume reader must not call generateObject');
  },
};

/** A vision model that returns `transcript` and records what it was shown. */
function visionModel(transcript: string | (() => never)) {
  const seen: DescribeImageOptions[] = [];
  const model: LanguageModel = {
    ...blindModel,
    provider: 'seeing',
    capabilities: { vision: true, streaming: false },
    async describeImage(options) {
      seen.push(options);
      return { text: typeof transcript === 'string' ? transcript : transcript(), warnings: [] };
    },
  };
  return { model, seen };
}

const VISION_TRANSCRIPT = 'Wei Chen\nwei.chen@example.com\n+1 206 555 0199\nMobile engineer: Kotlin, Swift, Android, iOS.\n5 years of experience.';

let testStorage: TestStorage;
let recognizer: TesseractRecognizer;

beforeAll(async () => {
  testStorage = await createTestSqliteStorage();
  recognizer = createTesseractRecognizer();
});

afterAll(async () => {
  await recognizer.close();
  await testStorage.cleanup();
});

function contextWith(parts: { languageModel?: LanguageModel; textRecognizer?: TextRecognizer | null; settings?: Partial<CoachSettings> } = {}): CoachContext {
  return {
    storage: testStorage.storage,
    languageModel: parts.languageModel ?? blindModel,
    speechModel: null,
    mailer: null,
    textRecognizer: parts.textRecognizer === undefined ? null : parts.textRecognizer,
    settings: { ...SETTINGS, ...parts.settings },
    now: () => new Date('2025-06-01T00:00:00Z'),
    logger: silentLogger,
  };
}

async function failure(promise: Promise<unknown>): Promise<CoachError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(CoachError.isInstance(error), `expected a CoachError, got ${String(error)}`).toBe(true);
  return error as CoachError;
}

describe('readResume', () => {
  describe('PDF', () => {
    it('should read the text layer and the profile of a two-page resume', async () => {
      const profile = await readResume(contextWith(), { bytes: await makeResumePdf(), fileName: 'resume.pdf' });
      expect(profile.source).toBe('pdf-text');
      expect(profile.pageCount).toBe(2);
      expect(profile.name).toBe(DEFAULT_RESUME_NAME);
      expect(profile.email).toBe(DEFAULT_RESUME_EMAIL);
      expect(profile.phone).toBe(DEFAULT_RESUME_PHONE);
      expect(profile.skills).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL', 'Kubernetes', 'Kafka']));
      expect(profile.yearsOfExperience).toBe(7);
      // Text from both pages.
      expect(profile.text).toContain('Streamline Payments');
      expect(profile.text).toContain('AWS Certified Solutions Architect');
    });

    it('should leave the caller’s bytes intact', async () => {
      const bytes = await makeResumePdf({ lines: ['Ada Lovelace', 'Analytical engine programmer with a long list of notes.'] });
      const copy = bytes.slice();
      await readResume(contextWith(), { bytes });
      expect(bytes.byteLength).toBe(copy.byteLength);
      expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
    });

    it('should reject a PDF with more pages than allowed', async () => {
      const error = await failure(readResume(contextWith(), { bytes: await makeResumePdf({ pages: 11 }) }));
      expect(error.code).toBe('TOO_MANY_PAGES');
      expect(error.message).toMatch(/11 pages/);
      expect(error.message).toMatch(/at most 10/);
    });

    it('should apply the configured page cap', async () => {
      const context = contextWith({ settings: { maxResumePages: 1 } });
      expect((await failure(readResume(context, { bytes: await makeResumePdf() }))).code).toBe('TOO_MANY_PAGES');
    });

    it('should report a password-protected PDF as encrypted', async () => {
      const error = await failure(readResume(contextWith(), { bytes: fixture('encrypted.pdf') }));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(error.code).toBe('ENCRYPTED_FILE');
      expect(error.message).toMatch(/password/i);
    });

    it('should report a damaged PDF as unreadable', async () => {
      const pdf = await makeResumePdf();
      const truncated = pdf.subarray(0, Math.floor(pdf.length / 3));
      expect((await failure(readResume(contextWith(), { bytes: truncated }))).code).toBe('UNREADABLE_FILE');
      const garbage = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Uint8Array(2000).fill(7)]);
      expect((await failure(readResume(contextWith(), { bytes: garbage }))).code).toBe('UNREADABLE_FILE');
    });
  });

  describe('scanned PDF (no text layer)', () => {
    it('should render the pages and read them with OCR', async () => {
      const profile = await readResume(contextWith({ textRecognizer: recognizer }), { bytes: fixture('scanned.pdf') });
      expect(profile.source).toBe('pdf-ocr');
      expect(profile.pageCount).toBe(1);
      expect(profile.name).toBe(IMAGE_RESUME_LINES[0]);
      expect(profile.email).toBe(IMAGE_RESUME_LINES[1]);
      expect(profile.text).toContain('Riverbank');
      expect(profile.skills).toEqual(expect.arrayContaining(['Python', 'Apache Spark', 'Airflow']));
    });

    it('should render the pages as PNG for a vision model', async () => {
      const { model, seen } = visionModel(VISION_TRANSCRIPT);
      const profile = await readResume(contextWith({ languageModel: model, textRecognizer: recognizer }), { bytes: fixture('scanned.pdf') });
      expect(profile.source).toBe('pdf-ocr');
      expect(profile.name).toBe('Wei Chen');
      expect(seen).toHaveLength(1);
      expect(seen[0]!.mediaType).toBe('image/png');
      expect([...seen[0]!.image.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    });

    it('should explain that the PDF has no text layer when nothing can read images', async () => {
      const error = await failure(readResume(contextWith(), { bytes: fixture('scanned.pdf') }));
      expect(error.code).toBe('NO_TEXT_FOUND');
      expect(error.message).toMatch(/no text layer/);
    });

    it('should not invent text when OCR finds none', async () => {
      const empty: TextRecognizer = {
        specificationVersion: 'v1',
        adapterId: 'empty',
        offline: true,
        async recognize() {
          return { text: '  \n ', confidence: 0 };
        },
      };
      const error = await failure(readResume(contextWith({ textRecognizer: empty }), { bytes: fixture('scanned.pdf') }));
      expect(error.code).toBe('NO_TEXT_FOUND');
    });
  });

  describe('DOCX', () => {
    it('should read the text and profile of a Word document', async () => {
      const profile = await readResume(contextWith(), { bytes: fixture('resume.docx') });
      expect(profile.source).toBe('docx');
      expect(profile.pageCount).toBeNull();
      expect(profile.name).toBe('Marcus Lee');
      expect(profile.email).toBe('marcus.lee@example.net');
      expect(profile.phone).toBe('(212) 555-0187');
      expect(profile.skills).toEqual(expect.arrayContaining(['TypeScript', 'React', 'GraphQL']));
      for (const line of DOCX_RESUME_LINES) expect(profile.text).toContain(line);
    });

    it('should report a damaged Word document as unreadable', async () => {
      const docx = fixture('resume.docx');
      const error = await failure(readResume(contextWith(), { bytes: docx.subarray(0, docx.length - 200) }));
      expect(error.code).toBe('UNREADABLE_FILE');
    });
  });

  describe('images', () => {
    it('should read a PNG with OCR when the model has no vision', async () => {
      const profile = await readResume(contextWith({ textRecognizer: recognizer }), { bytes: fixture('resume.png') });
      expect(profile.source).toBe('image-ocr');
      expect(profile.pageCount).toBe(1);
      expect(profile.name).toBe('Priya Raman');
      expect(profile.email).toBe('priya.raman@example.org');
      expect(profile.phone).toBe('+44 20 7946 0958');
    });

    it('should read a JPEG with OCR', async () => {
      const profile = await readResume(contextWith({ textRecognizer: recognizer }), { bytes: fixture('resume.jpg') });
      expect(profile.source).toBe('image-ocr');
      expect(profile.text).toContain('Riverbank');
    });

    it('should prefer the vision model and pass it the image and its media type', async () => {
      const { model, seen } = visionModel(VISION_TRANSCRIPT);
      const profile = await readResume(contextWith({ languageModel: model, textRecognizer: recognizer }), { bytes: fixture('resume.jpg') });
      expect(profile.source).toBe('image-vision');
      expect(profile.name).toBe('Wei Chen');
      expect(profile.skills).toEqual(expect.arrayContaining(['Kotlin', 'Swift']));
      expect(profile.yearsOfExperience).toBe(5);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.mediaType).toBe('image/jpeg');
      expect(seen[0]!.prompt).toMatch(/transcribe/i);
    });

    it('should fall back to OCR when the vision provider fails', async () => {
      const { model } = visionModel(() => {
        throw new ProviderError({ message: 'bad request', provider: 'seeing', statusCode: 400 });
      });
      const profile = await readResume(contextWith({ languageModel: model, textRecognizer: recognizer }), { bytes: fixture('resume.png') });
      expect(profile.source).toBe('image-ocr');
      expect(profile.name).toBe('Priya Raman');
    });

    it('should say so when neither vision nor OCR is available', async () => {
      const error = await failure(readResume(contextWith(), { bytes: fixture('resume.png') }));
      expect(UnsupportedFeatureError.isInstance(error)).toBe(true);
      expect(error.code).toBe('NOT_CONFIGURED');
      expect(error.message).toMatch(/PDF or Word/);
    });
  });

  describe('file type from bytes, not names', () => {
    it('should read a PNG named resume.pdf and declared as a PDF as an image', async () => {
      const { model } = visionModel(VISION_TRANSCRIPT);
      const profile = await readResume(contextWith({ languageModel: model }), {
        bytes: fixture('resume.png'),
        fileName: 'resume.pdf',
        declaredType: 'application/pdf',
      });
      expect(profile.source).toBe('image-vision');
    });

    it('should read a PDF named resume.docx as a PDF', async () => {
      const profile = await readResume(contextWith(), {
        bytes: await makeResumePdf(),
        fileName: 'resume.docx',
        declaredType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      expect(profile.source).toBe('pdf-text');
    });

    it('should reject an executable named resume.pdf', async () => {
      const executable = new Uint8Array(4096);
      executable.set([0x4d, 0x5a, 0x90, 0x00]);
      const error = await failure(readResume(contextWith(), { bytes: executable, fileName: 'resume.pdf', declaredType: 'application/pdf' }));
      expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
      expect(error.message).toMatch(/PDF/);
    });
  });

  describe('size limits', () => {
    it('should reject an empty file', async () => {
      const error = await failure(readResume(contextWith(), { bytes: new Uint8Array(), fileName: 'resume.pdf' }));
      expect(error.code).toBe('EMPTY_FILE');
    });

    it('should reject a file over the byte cap before reading it', async () => {
      const bytes = await makeResumePdf();
      const error = await failure(readResume(contextWith({ settings: { maxResumeBytes: 1024 } }), { bytes }));
      expect(error.code).toBe('FILE_TOO_LARGE');
      expect(error.message).toMatch(/at most 1 KB/);
    });

    it('should reject an 11 MB upload under the default 10 MB cap', async () => {
      const bytes = new Uint8Array(11 * 1024 * 1024);
      bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
      const error = await failure(readResume(contextWith(), { bytes }));
      expect(error.code).toBe('FILE_TOO_LARGE');
      expect(error.message).toMatch(/11 MB/);
      expect(error.message).toMatch(/10 MB/);
    });
  });

  describe('text input', () => {
    it('should read pasted text and normalise its whitespace', async () => {
      const profile = await readResume(contextWith(), {
        text: '\r\n  Grace  Hopper \r\n\r\n\r\n\r\ngrace@example.com\t|\u00a0+1 212 555 0100\nCOBOL and ﬁne compilers\u00ad, 30 years of experience  ',
      });
      expect(profile.source).toBe('text');
      expect(profile.pageCount).toBeNull();
      expect(profile.text).toBe('Grace Hopper\n\ngrace@example.com | +1 212 555 0100\nCOBOL and fine compilers, 30 years of experience');
      expect(profile.name).toBe('Grace Hopper');
      expect(profile.yearsOfExperience).toBe(30);
    });

    it('should reject empty text', async () => {
      const error = await failure(readResume(contextWith(), { text: ' \n\t ' }));
      expect(error.code).toBe('NO_TEXT_FOUND');
    });

    it('should cap very long text', async () => {
      const line = 'Built reliable distributed systems in Go and Rust for many years. ';
      const profile = await readResume(contextWith(), { text: `Ada Lovelace\n${line.repeat(2000)}` });
      expect(profile.text.length).toBeLessThanOrEqual(MAX_RESUME_TEXT_LENGTH);
      expect(profile.text.length).toBeGreaterThan(MAX_RESUME_TEXT_LENGTH * 0.9);
      expect(profile.text.startsWith('Ada Lovelace')).toBe(true);
    });

    it('should reject input that is neither a file nor text', async () => {
      const error = await failure(readResume(contextWith(), { bytes: 'not bytes' } as never));
      expect(error.code).toBe('VALIDATION_FAILED');
    });
  });

  it('should stop when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(readResume(contextWith(), { bytes: await makeResumePdf() }, { abortSignal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('normalizeResumeText', () => {
  it('should drop control characters but keep line structure', () => {
    expect(normalizeResumeText('a\u0000b\u200bc\n\n\n\nd \u2028e')).toBe('abc\n\nd\ne');
  });
});
