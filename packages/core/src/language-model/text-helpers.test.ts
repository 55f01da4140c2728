import { describe, expect, it } from 'vitest';
import { parseModelJson } from './parse-model-json.js';
import { parseRetryAfter, safeProviderDetail } from './provider-messages.js';
import { quoteOccursIn } from './sanitize-output.js';
import { stripHtml } from './strip-html.js';

describe('stripHtml', () => {
  it('should remove tags, script content and comments', () => {
    expect(stripHtml('<p>Hello <strong>there</strong></p><!-- x --><script>alert(1)</script>')).toBe('Hello there');
    expect(stripHtml('<custom onclick="x()">hi</custom>')).toBe('hi</custom>');
  });

  it('should keep angle brackets that are operators or generics', () => {
    const text = 'while i < n && j > 0 use Map<String, Integer> since O(n) < O(n^2)';
    expect(stripHtml(text)).toBe(text);
  });
});

describe('parseModelJson', () => {
  it('should parse JSON wrapped in a code fence, a thinking block or prose', () => {
    expect(parseModelJson('```json\n{"a":1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseModelJson('<think>hmm {no}</think>\n{"a":2}')).toEqual({ ok: true, value: { a: 2 } });
    expect(parseModelJson('Here you go: {"a":3} hope it helps')).toEqual({ ok: true, value: { a: 3 } });
  });

  it('should report text that holds no JSON', () => {
    expect(parseModelJson('I cannot help with that.')).toEqual({ ok: false });
    expect(parseModelJson('{"a": 1, "b": "unterminated')).toEqual({ ok: false });
    expect(parseModelJson('')).toEqual({ ok: false });
  });
});

describe('safeProviderDetail', () => {
  it('should remove the configured key and credential-shaped strings', () => {
    const detail = safeProviderDetail('Incorrect API key provided: sk-abc***wxyz. Key my-secret-key-123 rejected, AIzaSyA1234567890abcdefghijk', [
      'my-secret-key-123',
    ]);
    expect(detail).not.toContain('sk-abc');
    expect(detail).not.toContain('my-secret-key-123');
    expect(detail).not.toContain('AIzaSy');
    expect(detail).toContain('Incorrect API key provided');
  });

  it('should shorten long details', () => {
    expect(safeProviderDetail('x'.repeat(1000)).length).toBeLessThanOrEqual(300);
  });
});

describe('parseRetryAfter', () => {
  it('should read seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '7' }))).toBe(7);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '1500' }))).toBe(1.5);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:20 GMT' }), () => now)).toBe(20);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
});

describe('quoteOccursIn', () => {
  it('should reject quotes too short to be evidence', () => {
    expect(quoteOccursIn('I', 'I did it')).toBe(false);
    expect(quoteOccursIn('...', 'I did it')).toBe(false);
  });

  it('should require elided fragments in order', () => {
    expect(quoteOccursIn('found the bug ... fixed it', 'I found the bug and then fixed it')).toBe(true);
    expect(quoteOccursIn('fixed it ... found the bug', 'I found the bug and then fixed it')).toBe(false);
  });
});
