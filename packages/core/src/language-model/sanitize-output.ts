import type { PromptTask } from '../prompts/task-types.js';

/** The highest score an answer keeps when no quoted evidence backs it. */
export const INSUFFICIENT_EVIDENCE_SCORE_CAP = 4;

/** What `sanitizeOutput` changed, for logs (never content). */
export interface SanitizeAdjustments {
  /** Evidence quotes dropped because they do not occur in the candidate's text. */
  evidenceDropped: number;
  /** The score was lowered to the cap because no evidence remained. */
  scoreCapped: boolean;
  /** `evidenceStatus` was changed from `sufficient` to `insufficient_evidence`. */
  evidenceDowngraded: boolean;
}

// Quotes made of an instruction to the grader are not evidence of anything the candidate did.
const INSTRUCTION_LIKE = [
  /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules?)\b/i,
  /\b(rate|score|grade|mark)\b.{0,40}\b(10|ten)\s*(\/|out of)\s*10\b/i,
  /\bsystem prompt\b/i,
];

// Models tidy punctuation when quoting; compare on letters, digits and single spaces.
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[^\p{L}\p{N}%$€£+#./'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when `quote` occurs in `source`, ignoring case, whitespace and punctuation; a quote
 * elided with "..." must have every fragment in the source, in order.
 */
export function quoteOccursIn(quote: string, source: string): boolean {
  const haystack = normalise(source);
  const fragments = quote
    .split(/\.{3,}|…/)
    .map((fragment) =>
      normalise(fragment)
        .replace(/^[.'"]+|[.'"]+$/g, '')
        .trim(),
    )
    .filter((fragment) => fragment.length > 0);
  if (fragments.length === 0 || fragments.join(' ').replace(/[^\p{L}\p{N}]/gu, '').length < 3) return false;
  let from = 0;
  for (const fragment of fragments) {
    const index = haystack.indexOf(fragment, from);
    if (index < 0) return false;
    from = index + fragment.length;
  }
  return true;
}

/** Rounds a score to one decimal inside 0–10. */
export function normaliseScore(score: number): number {
  const clamped = Math.min(10, Math.max(0, Number.isFinite(score) ? score : 0));
  return Math.round(clamped * 10) / 10;
}

/**
 * Post-validation clean-up of a task's output: scores rounded to one decimal inside 0–10,
 * and for tasks with an `evidenceSource`, evidence reduced to quotes that really occur in the
 * candidate's text. When none remain, a `sufficient` verdict becomes `insufficient_evidence`;
 * with no backing evidence the score is capped, so a model (or an injected instruction)
 * cannot lift a score with invented quotes.
 */
export function sanitizeOutput<Input, Output>(
  task: PromptTask<Input, Output>,
  input: Input,
  output: Output,
): { output: Output; adjustments: SanitizeAdjustments } {
  const adjustments: SanitizeAdjustments = { evidenceDropped: 0, scoreCapped: false, evidenceDowngraded: false };
  if (output === null || typeof output !== 'object' || Array.isArray(output)) return { output, adjustments };
  const result: Record<string, unknown> = { ...(output as Record<string, unknown>) };

  if (typeof result.score === 'number') result.score = normaliseScore(result.score);

  if (task.evidenceSource && Array.isArray(result.evidence)) {
    const source = task.evidenceSource(input);
    const kept: string[] = [];
    for (const quote of result.evidence) {
      if (typeof quote !== 'string') continue;
      const trimmed = quote.trim();
      const usable =
        quoteOccursIn(trimmed, source) &&
        !INSTRUCTION_LIKE.some((pattern) => pattern.test(trimmed)) &&
        !kept.some((other) => normalise(other) === normalise(trimmed));
      if (usable) kept.push(trimmed);
    }
    adjustments.evidenceDropped = result.evidence.length - kept.length;
    result.evidence = kept;
    if (kept.length === 0 && result.evidenceStatus === 'sufficient') {
      result.evidenceStatus = 'insufficient_evidence';
      adjustments.evidenceDowngraded = true;
    }
    if (kept.length === 0 && typeof result.score === 'number' && result.score > INSUFFICIENT_EVIDENCE_SCORE_CAP) {
      result.score = INSUFFICIENT_EVIDENCE_SCORE_CAP;
      adjustments.scoreCapped = true;
    }
  }
  return { output: result as Output, adjustments };
}
