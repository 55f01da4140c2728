/**
 * Big-O helpers for the DSA analyzer: a comparable rank for complexity strings, estimates
 * of the cost of pseudocode from its loop structure, and the complexities a candidate states.
 */

/** A comparable cost: polynomial degree in the input size, log factors, or exponential. */
export interface Cost {
  degree: number;
  logs: number;
  exponential: boolean;
}

/** Orders costs: O(1) < O(log n) < O(n) < O(n log n) < O(n^2) < … < exponential. */
export function costRank(cost: Cost): number {
  return cost.exponential ? 100 : cost.degree * 2 + Math.min(cost.logs, 1);
}

/** Formats a cost as Big-O. */
export function formatCost(cost: Cost): string {
  if (cost.exponential) return 'O(2^n)';
  const power = cost.degree === 0 ? '' : cost.degree === 1 ? 'n' : `n^${cost.degree}`;
  const log = cost.logs === 0 ? '' : 'log n';
  if (!power && !log) return 'O(1)';
  return `O(${[power, log].filter(Boolean).join(' ')})`;
}

const SIZE_VARIABLE = /^(n|m|v|e|k|l|w|h|amount|coins|capacity|\|s\||\|t\||rows|cols|length)$/i;

/**
 * The rank of a complexity string such as "O(n log n)", "O(m · n)", "O(V + E)", "O(2^n)";
 * null when it cannot be read. The first O(…) group is used.
 */
export function complexityRank(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = /\bo\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/i.exec(text);
  const raw = (match?.[1] ?? '').toLowerCase().trim();
  if (!raw) return /exponential/i.test(text) ? 100 : null;
  if (raw.includes('!')) return 200;
  const body = raw
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    // The inverse Ackermann factor of union-find is a constant in practice.
    .replace(/(α|alpha)\s*\([^)]*\)/g, ' ')
    .replace(/\b(min|max)\s*\(\s*([^,)]*)[^)]*\)/g, '$2');
  if (/\^\s*\(?\s*[a-z|]/.test(body) || /\d\s*\^\s*[a-z(]/.test(body)) return 100;
  let best = 0;
  for (const term of body.split('+')) {
    const hasLog = /\blog\b|\blg\b/.test(term);
    const withoutLog = term.replace(/\blog\s*\(?[a-z|]*\)?|\blg\s*[a-z]*/g, ' ');
    let degree = 0;
    for (const power of withoutLog.replace(/[()]/g, ' ').matchAll(/([a-z|]+)\s*\^\s*(\d+)/g)) {
      if (SIZE_VARIABLE.test(power[1] ?? '')) degree += Number(power[2]);
    }
    const bare = withoutLog.replace(/([a-z|]+)\s*\^\s*\d+/g, ' ').replace(/[()]/g, ' ');
    for (const token of bare.split(/[\s·*×⋅.,]+/)) {
      if (SIZE_VARIABLE.test(token)) degree += 1;
      // "O(nk)", "O(mn)": single-letter sizes written side by side multiply.
      else if (/^[nmkvelwh]{2,3}$/.test(token)) degree += token.length;
    }
    best = Math.max(best, degree * 2 + (hasLog ? 1 : 0));
  }
  return best;
}

/** A complexity the candidate stated, quoted exactly as written. */
export interface StatedComplexity {
  /** The whole O(…) expression, character for character. */
  text: string;
  /** Whether the candidate called it the time or space explicitly ("O(n) time", "space: O(1)"). */
  labelled: boolean;
  about: 'time' | 'space';
  rank: number | null;
  /**
   * A cost stated as a factor of another ("plus O(L) to build each string", "O(1) per
   * lookup") rather than as the total; it refines the total instead of replacing it.
   */
  factor: boolean;
}

const BIG_O = /\b[oO]\s*\(((?:[^()\n]|\([^()\n]*\)){1,60})\)/g;

/**
 * Finds the O(…) complexities in a text: each whole expression ("O(N * L * 26)",
 * "O(n log n)", "O(N·L²)", "O((V + E) log V)"), classified as time or space by its context
 * and marked as a factor when it is the cost of each step of something else.
 */
export function statedComplexities(text: string): StatedComplexity[] {
  const results: StatedComplexity[] = [];
  for (const match of text.matchAll(BIG_O)) {
    const index = match.index ?? 0;
    const sentenceStart = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), index - 80, 0);
    const before = text.slice(sentenceStart, index).toLowerCase();
    const after = text.slice(index + match[0].length, index + match[0].length + 40).toLowerCase();
    const lastTime = Math.max(before.lastIndexOf('time'), before.lastIndexOf('runtime'), before.lastIndexOf('runs in'));
    const lastSpace = Math.max(before.lastIndexOf('space'), before.lastIndexOf('memory'), before.lastIndexOf('extra'));
    const about: 'time' | 'space' =
      /^\s*(space|memory|extra space|auxiliary|extra|for the (output|result|answer|stack|map|set|table))\b/.test(after) || lastSpace > lastTime
        ? 'space'
        : 'time';
    const openParens = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
    const factor =
      /(\bplus|\+|\btimes|\bwith|\band)\s*$/.test(before.trimEnd()) ||
      /^\s*(?:(?:to|for)\s+(?:\w+\s+){0,2})?(?:each|per|every)\b/.test(after) ||
      /^\s*(?:\w+\s+)?(?:lookups?|operations?|accesses|access|checks?|inserts?|insertions?|comparisons?|work)\b/.test(after) ||
      (openParens > 0 && /\b(plus|each|per|every)\b/.test(before.slice(before.lastIndexOf('(')) + after));
    const labelled =
      /^\s*(time|space|memory|runtime|extra|auxiliary)\b/.test(after) ||
      /(time|space|memory|runtime)(\s+complexity)?(\s+(is|of|would be|will be))?\s*[:=-]?\s*$/.test(before);
    results.push({ text: match[0], about, rank: complexityRank(match[0]), factor, labelled });
  }
  return results;
}

/** The total time a candidate stated: the last total, refined by the factors stated with it. */
export interface StatedTotal {
  /** The stated total, quoted exactly. */
  primary: StatedComplexity;
  /** Factors stated with it ("plus O(L) to build each string"). */
  factors: StatedComplexity[];
}

/** The latest stated total of one kind across texts (later texts win), with its factors. */
export function statedTotal(texts: readonly string[], about: 'time' | 'space'): StatedTotal | null {
  for (let index = texts.length - 1; index >= 0; index -= 1) {
    const stated = statedComplexities(texts[index] ?? '').filter((entry) => entry.about === about);
    // The last total the candidate gave in that message is their conclusion.
    const totals = stated.filter((entry) => !entry.factor);
    const labelled = totals.filter((entry) => entry.labelled);
    const primary = labelled[labelled.length - 1] ?? totals[totals.length - 1] ?? null;
    if (!primary) continue;
    const position = stated.indexOf(primary);
    const factors = stated.slice(position + 1).filter((entry) => entry.factor);
    return { primary, factors };
  }
  return null;
}

/**
 * Whether a stated total agrees with an estimated rank: the same rank, or the same once the
 * per-step factors stated with it are multiplied in (O(N * L * 26) plus O(L) per string is
 * O(N · L²)).
 */
export function statedAgrees(total: StatedTotal | null, estimate: number | null): boolean {
  if (!total || estimate === null || total.primary.rank === null) return false;
  if (total.primary.rank === estimate) return true;
  const extra = total.factors.reduce((sum, factor) => sum + (factor.rank ?? 0), 0);
  return total.factors.length > 0 && total.primary.rank + extra === estimate;
}

/** How a stated total reads in feedback: the candidate's own words, factors included. */
export function formatStated(total: StatedTotal): string {
  const factors = total.factors.filter((factor) => (factor.rank ?? 0) > 0);
  return factors.length > 0 ? `${total.primary.text} with ${factors.map((factor) => factor.text).join(' and ')} per step` : total.primary.text;
}
