// Builds the server's OpenAPI document in process (no port, no network) and turns it into the
// TypeScript types of src/generated/openapi.d.ts. Shared by the `generate` script, which writes
// the file, and the drift test, which compares it with the checked-in copy.
import { fileURLToPath } from 'node:url';
import { createCoach, silentLogger } from '@coach/core';
import { createSqliteStorage } from '@coach/core/storage/kysely';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createApp } from '../../server/src/index.js';

/** The checked-in file the types are written to. */
export const GENERATED_TYPES_FILE = fileURLToPath(new URL('../src/generated/openapi.d.ts', import.meta.url));

/** The command that rewrites {@link GENERATED_TYPES_FILE}. */
export const GENERATE_COMMAND = 'npm run generate -w @coach/client';

const HEADER = `// Generated from the OpenAPI document of @coach/server (GET /api/openapi.json) by
// packages/client/scripts/generate.ts with openapi-typescript. Do not edit: run
// \`${GENERATE_COMMAND}\` after changing a route or schema of the server.

`;

/**
 * The document that \`GET /api/openapi.json\` serves, asked of an app over an in-memory SQLite
 * Coach: the routes register their schemas when the app is created, whatever the Coach holds.
 */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const coach = await createCoach({
    storage: createSqliteStorage({ filename: ':memory:' }),
    speechModel: null,
    textRecognizer: null,
    mailer: null,
    logger: silentLogger,
  });
  try {
    const app = createApp(coach, { secretKey: 'openapi-generator-secret-key', rateLimit: false, pages: false, logger: silentLogger });
    const response = await app.request('/api/openapi.json');
    if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as OpenAPI3;
  } finally {
    await coach.close();
  }
}

/** The contents of {@link GENERATED_TYPES_FILE} for the server as it is now. */
export async function generateTypes(document?: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document ?? (await buildOpenApiDocument()), { silent: true });
  return HEADER + astToString(ast);
}
