import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { buildOpenApiDocument } from '../../../client/scripts/generate-types.js';

/** Checks one JSON answer against the server's OpenAPI document: the reasons it does not match, or null. */
export type ContractCheck = (method: string, path: string, status: number, body: unknown) => string | null;

/** `/api/sessions/{id}/` → a pattern that matches `/api/sessions/abc/`. */
function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
}

/**
 * Validates the answers of a stand-in server against the real server's OpenAPI document (built
 * in process, as the client's generator builds it), so the stand-in cannot drift from the
 * contract the widget is typed against.
 */
export async function createContractCheck(): Promise<ContractCheck> {
  const document = (await buildOpenApiDocument()) as unknown as { paths: Record<string, unknown> };
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document, 'openapi');
  const templates = Object.keys(document.paths).map((template) => ({ template, pattern: templatePattern(template) }));
  const compiled = new Map<string, ValidateFunction | null>();
  const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

  return (method, path, status, body) => {
    const template = templates.find((candidate) => candidate.pattern.test(path))?.template;
    if (!template) return `${path} is not a route of the API.`;
    const pointer = `openapi#/paths/${escape(template)}/${method.toLowerCase()}/responses/${status}/content/${escape('application/json')}/schema`;
    if (!compiled.has(pointer)) compiled.set(pointer, ajv.getSchema(pointer) ?? null);
    const validate = compiled.get(pointer);
    if (!validate) return `${method} ${template} has no ${status} JSON answer in the API.`;
    if (validate(body)) return null;
    return `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`;
  };
}
