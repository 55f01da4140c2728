import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, GENERATE_COMMAND, GENERATED_TYPES_FILE, generateTypes } from '../scripts/generate-types.js';

describe('src/generated/openapi.d.ts', () => {
  // Guards against a server route or schema changing while the client's types stay behind.
  it('should match the types generated from the server as it is now', async () => {
    const document = await buildOpenApiDocument();
    const checkedIn = readFileSync(GENERATED_TYPES_FILE, 'utf8');
    const expected = await generateTypes(document);
    if (checkedIn !== expected) {
      expect.fail(`The checked-in client types differ from the server's OpenAPI document. Run \`${GENERATE_COMMAND}\` and commit the result.`);
    }
    // Every route of the document is a key of the generated `paths`.
    for (const path of Object.keys(document.paths ?? {})) expect(checkedIn, path).toContain(`    "${path}": {`);
  });

  it('should type a nullable named schema as nullable', async () => {
    // A named schema's `.nullable()` once reached the document as a bare $ref, and the types lost the null.
    const types = await generateTypes();
    expect(types).toContain('next_question: components["schemas"]["Question"] | null;');
    expect(types).toMatch(/CombinedReport: \{[\s\S]*?dsa: components\["schemas"\]\["ReportDsa"\] \| null;/);
  });
});
