import { describe, expect, it } from 'vitest';
import { defaultStrings, formatString, resolveStrings } from './strings.js';

describe('formatString', () => {
  it('should fill placeholders and keep unknown ones visible', () => {
    expect(formatString('Question {number} of {total}', { number: 2, total: 5 })).toBe('Question 2 of 5');
    expect(formatString('Hello {name}', {})).toBe('Hello {name}');
  });
});

describe('resolveStrings', () => {
  it('should merge string overrides and ignore anything else', () => {
    const strings = resolveStrings({ answerSubmit: 'Senden', retry: 42 as unknown as string });
    expect(strings.answerSubmit).toBe('Senden');
    expect(strings.retry).toBe(defaultStrings.retry);
  });
});
