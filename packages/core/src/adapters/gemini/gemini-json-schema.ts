import type { JsonSchema } from '../../ports/language-model.js';

// The JSON Schema keywords Gemini's `responseJsonSchema` documents. Others are dropped before
// sending: Gemini ignores or rejects them, and Coach validates the reply with the task's
// full schema anyway.
const SUPPORTED = new Set([
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
]);
// Keywords whose value maps names to subschemas rather than being a schema itself.
const SCHEMA_MAPS = new Set(['properties', '$defs']);

/**
 * Reduces a JSON Schema to the subset Gemini's structured output supports. String length
 * limits, which Gemini cannot enforce, are kept as a description so the model still sees them.
 */
export function toGeminiJsonSchema(schema: JsonSchema): JsonSchema {
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!SUPPORTED.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, isObject(child) ? toGeminiJsonSchema(child) : child]));
    } else if (Array.isArray(value)) {
      result[key] = value.map((item) => (isObject(item) && key !== 'enum' ? toGeminiJsonSchema(item) : item));
    } else if (isObject(value)) {
      result[key] = toGeminiJsonSchema(value);
    } else {
      result[key] = value;
    }
  }
  const limits = [
    typeof schema.minLength === 'number' && schema.minLength > 0 ? `at least ${schema.minLength}` : '',
    typeof schema.maxLength === 'number' ? `at most ${schema.maxLength}` : '',
  ].filter(Boolean);
  if (limits.length && result.description === undefined) result.description = `${limits.join(' and ')} characters`;
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
