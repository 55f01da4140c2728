/**
 * Small, deterministic text helpers shared by the rubric, the question bank and the DSA
 * analyzer: normalisation, cue matching, sentence spans for verbatim quotes, stable hashes.
 */

/** Lower-cases and normalises quotes, dashes and whitespace so cue matching is predictable. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');
}

const cueCache = new Map<string, RegExp>();

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of a lower-case cue. Cues of five or more characters that end in a letter or
 * digit also match longer words ("idempoten" → "idempotency"); shorter ones match whole
 * words (with an optional plural "s"); cues that start or end with a symbol match as written.
 */
export function cuePattern(cue: string): RegExp {
  const cached = cueCache.get(cue);
  if (cached) return cached;
  const normalized = normalizeText(cue).trim();
  // "client-side" also matches "client side" and "clientside"; spaces also match hyphens.
  const body = escapeRegExp(normalized).replace(/-/g, '[\\s-]?').replace(/ /g, '[\\s-]+');
  const startsWord = /^[a-z0-9]/.test(normalized);
  const endsWord = /[a-z0-9]$/.test(normalized);
  const start = startsWord ? '(?<![a-z0-9])' : '';
  let end = '';
  if (endsWord) end = normalized.length >= 5 ? '[a-z0-9]*' : '(?:s|es)?(?![a-z0-9])';
  const pattern = new RegExp(`${start}${body}${end}`, 'g');
  cueCache.set(cue, pattern);
  return pattern;
}

/** Whether normalised text contains the cue. */
export function hasCue(normalized: string, cue: string): boolean {
  const pattern = cuePattern(cue);
  pattern.lastIndex = 0;
  return pattern.test(normalized);
}

/** The first cue of a list found in normalised text, or null. */
export function firstCue(normalized: string, cues: readonly string[]): string | null {
  return cues.find((cue) => hasCue(normalized, cue)) ?? null;
}

/** Number of words in a text. */
export function countWords(text: string): number {
  return text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
}

/** A sentence of a text with its position, so quotes stay verbatim. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Splits text into sentences (on . ! ? and line breaks), keeping offsets into the original. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (trimmed.length === 0) return;
    const start = from + (raw.length - raw.trimStart().length);
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  };
  let from = 0;
  for (const match of text.matchAll(/[.!?]+(?=\s|$)|\n/g)) {
    const index = match.index ?? 0;
    push(from, match[0] === '\n' ? index : index + match[0].length);
    from = index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

/**
 * A verbatim quote of at most `max` characters: the text itself when short enough, else its
 * beginning cut at a word boundary. Always a substring of the input.
 */
export function quote(text: string, max = 200): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:(-]+$/, '');
}

/** 32-bit FNV-1a hash of a string, with a final avalanche so similar strings spread evenly. */
export function stableHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  // MurmurHash3's finaliser: without it, strings differing in their last character share high bits.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A deterministic number in [0, 1) for a seed and a key. */
export function seededUnit(seed: string, key: string): number {
  return stableHash(`${seed}\u0000${key}`) / 0x100000000;
}

/** Removes duplicates (case- and punctuation-insensitive), keeping the first occurrence. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    result.push(item);
  }
  return result;
}

/** A key for de-duplicating sentences: lower case, letters and digits only. */
export function looseKey(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Joins labels as "a, b and c". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Caps a string at `max` characters, ending on a word boundary with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Rounds to the nearest half point and clamps to 0–10. */
export function toScore(value: number): number {
  return Math.min(10, Math.max(0, Math.round(value * 2) / 2));
}

const stemCache = new Map<string, RegExp>();

/**
 * Like {@link cuePattern}, but short word cues also match their inflections ("lock" matches
 * "locks", "locked", "locking"), so concept coverage does not depend on one exact word form.
 */
export function stemmedCuePattern(cue: string): RegExp {
  const cached = stemCache.get(cue);
  if (cached) return cached;
  const normalized = normalizeText(cue).trim();
  let pattern = cuePattern(cue);
  if (/^[a-z]{3,4}$/.test(normalized)) {
    // A final "e" drops before -ing/-ed ("use" → "using"), a final consonant may double ("cut" → "cutting").
    const base = normalized.endsWith('e') ? normalized.slice(0, -1) : normalized;
    const last = normalized.slice(-1);
    pattern = new RegExp(`(?<![a-z0-9])(?:${normalized}(?:s|es|d|ed|er|ers)?|${base}(?:ing|ed|er)|${normalized}${last}(?:ing|ed|er))(?![a-z0-9])`, 'g');
  }
  stemCache.set(cue, pattern);
  return pattern;
}

/** The first cue found in normalised text, inflections of short cues included, or null. */
export function firstStemmedCue(normalized: string, cues: readonly string[]): string | null {
  return (
    cues.find((cue) => {
      const pattern = stemmedCuePattern(cue);
      pattern.lastIndex = 0;
      return pattern.test(normalized);
    }) ?? null
  );
}

/** Number words a candidate may write instead of digits ("two weeks", "a dozen services"). */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a dozen|dozens of|hundreds of|thousands of|a couple of|half an?';
