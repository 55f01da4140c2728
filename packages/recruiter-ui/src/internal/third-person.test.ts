import { describe, expect, it } from 'vitest';
import { toThirdPerson } from './third-person.js';

describe('toThirdPerson', () => {
  it('should write feedback to the candidate as a line about them', () => {
    expect(toThirdPerson('Your answers were specific. You explained the trade-offs, and you were clear about what you did yourself.')).toBe(
      'Their answers were specific. They explained the trade-offs, and they were clear about what they did themselves.',
    );
    expect(toThirdPerson("You're strongest on design; you've shown depth.")).toBe("They're strongest on design; they've shown depth.");
  });

  it('should leave words that only contain "you" alone', () => {
    expect(toThirdPerson('A youthful team on the layout of Youtube-like feeds.')).toBe('A youthful team on the layout of Youtube-like feeds.');
  });

  // Regression: the quoted question "… best prepares you for …" became "… prepares they for …".
  it('should leave quoted words as they were written', () => {
    expect(toThirdPerson('Strongest answer: "Walk me through your background and what prepares you for it." You were concise.')).toBe(
      'Strongest answer: "Walk me through your background and what prepares you for it." They were concise.',
    );
    expect(toThirdPerson('You said “I led it myself”, which your team confirmed.')).toBe('They said “I led it myself”, which their team confirmed.');
  });
});
