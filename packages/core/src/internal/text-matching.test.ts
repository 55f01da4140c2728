import { describe, expect, it } from 'vitest';
import { hasCue, normalizeText, quote, seededUnit, splitSentences } from './text-matching.js';

describe('hasCue', () => {
  it('should match long cues as word prefixes and short cues as whole words', () => {
    expect(hasCue('we made the endpoint idempotent', 'idempoten')).toBe(true);
    expect(hasCue('a lock was taken', 'lock')).toBe(true);
    expect(hasCue('the blocked thread', 'lock')).toBe(false);
    expect(hasCue(normalizeText('Client side rendering'), 'client-side')).toBe(true);
    expect(hasCue('p99 latency of 200 ms', 'p99')).toBe(true);
  });
});

describe('splitSentences', () => {
  it('should keep offsets so sentences are verbatim slices of the text', () => {
    const text = 'First point. Latency fell 40.5% in Q2!\nThen we shipped v2.3 to 10 users?  Done';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['First point.', 'Latency fell 40.5% in Q2!', 'Then we shipped v2.3 to 10 users?', 'Done']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('quote', () => {
  it('should shorten on a word boundary and stay a substring', () => {
    const text = 'I rebuilt the billing pipeline so that every invoice is generated exactly once, even when retries happen.';
    const short = quote(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(text).toContain(short);
  });
});

describe('seededUnit', () => {
  it('should be stable for a seed and key and spread across keys', () => {
    expect(seededUnit('seed', 'a')).toBe(seededUnit('seed', 'a'));
    const values = new Set(Array.from({ length: 50 }, (_, index) => Math.floor(seededUnit('seed', `k${index}`) * 10)));
    expect(values.size).toBeGreaterThan(5);
  });
});
