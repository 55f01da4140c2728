// Screenshots of themed résumés (rendered with Chromium by test/fixtures/generate-resume-images.ts):
// the name is a large heading on a tinted or dark band. Guards against OCR that dropped the name and
// read the email's dot as a space ("monica hall@raviga.io"), leaving reports without a name and
// invites without an address.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachContext } from '../../internal/context.js';
import { DEFAULT_SETTINGS } from '../../create-coach.js';
import { createOfflineInterviewer } from '../offline/index.js';
import { silentLogger } from '../../internal/logger.js';
import { createTestSqliteStorage, type TestStorage } from '../../testing/test-storage.js';
import { readResume } from '../../resume/resume-reader.js';
import { RESUME_IMAGE_VARIANTS } from '../../../test/fixtures/resume-image-variants.js';
import { createTesseractRecognizer, type TesseractRecognizer } from './index.js';

const image = (file: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/resume-images/${file}`, import.meta.url)));

describe('createTesseractRecognizer on themed résumé screenshots', () => {
  let recognizer: TesseractRecognizer;
  let testStorage: TestStorage;
  let context: CoachContext;

  beforeAll(async () => {
    recognizer = createTesseractRecognizer();
    testStorage = await createTestSqliteStorage();
    context = {
      storage: testStorage.storage,
      languageModel: createOfflineInterviewer(),
      speechModel: null,
      mailer: null,
      textRecognizer: recognizer,
      settings: DEFAULT_SETTINGS,
      now: () => new Date('2025-06-01T00:00:00Z'),
      logger: silentLogger,
    };
  });
  afterAll(async () => {
    await recognizer.close();
    await testStorage.cleanup();
  });

  it.each(RESUME_IMAGE_VARIANTS.map((variant) => [variant.file, variant] as const))(
    'should read the name heading and the exact email of %s',
    { timeout: 120_000 },
    async (_file, variant) => {
      const profile = await readResume(context, { bytes: image(variant.file) });
      expect(profile.source).toBe('image-ocr');
      expect(profile.text).toContain(variant.name);
      expect(profile.text).toContain(variant.email);
      expect(profile.name).toBe(variant.name);
      expect(profile.email).toBe(variant.email);
    },
  );
});
