import { readFileSync } from 'node:fs';
import { describeTextRecognizerConformance } from '../../src/testing/conformance/text-recognizer-conformance.js';
import { createMockTextRecognizer } from '../../src/testing/mocks/mock-text-recognizer.js';
import { IMAGE_RESUME_LINES } from '../fixtures/resume-fixture-text.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/resume/${name}`, import.meta.url)));

describeTextRecognizerConformance({
  name: 'mock',
  create: () => createMockTextRecognizer({ text: IMAGE_RESUME_LINES.join('\n') }),
  samples: [
    { image: fixture('resume.png'), mediaType: 'image/png', lines: [...IMAGE_RESUME_LINES] },
    { image: fixture('resume.jpg'), mediaType: 'image/jpeg', lines: [...IMAGE_RESUME_LINES] },
  ],
});
