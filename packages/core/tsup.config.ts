import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'storage-kysely': 'src/adapters/storage-kysely/index.ts',
    gemini: 'src/adapters/gemini/index.ts',
    'openai-compatible': 'src/adapters/openai-compatible/index.ts',
    elevenlabs: 'src/adapters/elevenlabs/index.ts',
    'email-nodemailer': 'src/adapters/email-nodemailer/index.ts',
    'ocr-tesseract': 'src/adapters/ocr-tesseract/index.ts',
    'code-runner-quickjs': 'src/adapters/code-runner-quickjs/index.ts',
    'code-runner-pyodide': 'src/adapters/code-runner-pyodide/index.ts',
    testing: 'src/testing/index.ts',
    // Not a subpath: the resume reader starts it as a worker thread from beside its own chunk.
    'document-worker': 'src/resume/document-worker.ts',
  },
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  // vitest is only needed by the conformance suites a user runs in their own tests.
  external: [
    'vitest',
    'pg',
    '@google/genai',
    'nodemailer',
    'tesseract.js',
    '@tesseract.js-data/eng',
    '@napi-rs/canvas',
    'better-sqlite3',
    'espeak-ng',
    'unpdf',
    'mammoth',
    'yauzl',
    'image-size',
    'kysely',
    'zod',
    'quickjs-emscripten-core',
    '@jitl/quickjs-wasmfile-release-sync',
    'pyodide',
  ],
  // The sandboxes' own entry files are plain JavaScript loaded by URL next to the bundle: the
  // QuickJS worker thread and the Python child process (which sees only its own file inside
  // bubblewrap, so it must stay a single file that imports nothing but Node and Pyodide).
  async onSuccess() {
    copyFileSync('src/adapters/code-runner-quickjs/quickjs-worker.js', 'dist/quickjs-worker.js');
    copyFileSync('src/adapters/code-runner-pyodide/pyodide-child.js', 'dist/pyodide-child.js');
  },
});
