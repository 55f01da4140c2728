/** The outcome of reading a model's reply as JSON. */
export type ParsedModelJson = { ok: true; value: unknown } | { ok: false };

// Reasoning models served through generic endpoints may put their thinking in the reply.
const THINKING = /^\s*<think(?:ing)?>[\s\S]*?<\/think(?:ing)?>\s*/i;
const FENCED = /^\s*```(?:json|JSON)?\s*\n?([\s\S]*?)\n?\s*```\s*$/;

/**
 * Parses a model's reply as JSON, tolerating what models commonly wrap around it: a leading
 * thinking block, a Markdown code fence, or prose before the first `{` and after the last `}`.
 */
export function parseModelJson(text: string): ParsedModelJson {
  let candidate = text.replace(THINKING, '').trim();
  const fenced = FENCED.exec(candidate);
  if (fenced?.[1] !== undefined) candidate = fenced[1].trim();
  const direct = tryParse(candidate);
  if (direct.ok) return direct;
  const start = candidate.indexOf('{');
  const end = candidate.lastIndexOf('}');
  if (start >= 0 && end > start) return tryParse(candidate.slice(start, end + 1));
  return { ok: false };
}

function tryParse(text: string): ParsedModelJson {
  if (text === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
