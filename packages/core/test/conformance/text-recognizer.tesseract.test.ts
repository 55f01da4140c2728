import { readFileSync } from 'node:fs';
import { createTesseractRecognizer } from '../../src/adapters/ocr-tesseract/index.js';
import { describeTextRecognizerConformance } from '../../src/testing/conformance/text-recognizer-conformance.js';
import { IMAGE_RESUME_LINES } from '../fixtures/resume-fixture-text.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/resume/${name}`, import.meta.url)));

describeTextRecognizerConformance({
  name: 'tesseract',
  create: () => createTesseractRecognizer(),
  samples: [
    { image: fixture('resume.png'), mediaType: 'image/png', lines: [...IMAGE_RESUME_LINES] },
    { image: fixture('resume.jpg'), mediaType: 'image/jpeg', lines: [...IMAGE_RESUME_LINES] },
  ],
});
