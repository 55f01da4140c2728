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
    for (const token of bare.split(/[\s·*×,]+/)) {
      if (SIZE_VARIABLE.test(token)) degree += 1;
    }
    best = Math.max(best, degree * 2 + (hasLog ? 1 : 0));
  }
  return best;
}

/** A complexity the candidate stated, with whether it was about time or space. */
export interface StatedComplexity {
  text: string;
  about: 'time' | 'space';
  rank: number | null;
}

/** Finds the O(…) complexities in a text and classifies each as time or space by its context. */
export function statedComplexities(text: string): StatedComplexity[] {
  const results: StatedComplexity[] = [];
  for (const match of text.matchAll(/\b[oO]\s*\(([^()\n]{1,30}(?:\([^()\n]{0,10}\))?[^()\n]{0,10})\)/g)) {
    const index = match.index ?? 0;
    const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
    const after = text.slice(index + match[0].length, index + match[0].length + 25).toLowerCase();
    const lastTime = Math.max(before.lastIndexOf('time'), before.lastIndexOf('runtime'), before.lastIndexOf('runs in'));
    const lastSpace = Math.max(before.lastIndexOf('space'), before.lastIndexOf('memory'), before.lastIndexOf('extra'));
    const about: 'time' | 'space' = /^\s*(space|memory|extra space|auxiliary)/.test(after) || lastSpace > lastTime ? 'space' : 'time';
    results.push({ text: match[0].replace(/^o/, 'O'), about, rank: complexityRank(match[0]) });
  }
  return results;
}
