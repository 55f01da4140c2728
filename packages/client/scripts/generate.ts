// `npm run generate -w @coach/client`: rewrites src/generated/openapi.d.ts from the server's code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { GENERATED_TYPES_FILE, generateTypes } from './generate-types.js';

const contents = await generateTypes();
mkdirSync(dirname(GENERATED_TYPES_FILE), { recursive: true });
writeFileSync(GENERATED_TYPES_FILE, contents);
console.log(`Wrote ${relative(process.cwd(), GENERATED_TYPES_FILE)} (${contents.length} characters).`);
