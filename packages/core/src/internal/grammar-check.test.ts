import { describe, expect, it } from 'vitest';
import { checkGrammar, tidyGeneratedText, withArticle } from './grammar-check.js';

describe('checkGrammar', () => {
  it('should find doubled full stops, doubled words, spaces before punctuation and wrong articles', () => {
    expect(checkGrammar('Good answer. . Next.').map((issue) => issue.rule)).toContain('double-punctuation');
    expect(checkGrammar('Handle the the empty input.').map((issue) => issue.rule)).toContain('doubled-word');
    expect(checkGrammar('It covers the result , and more.').map((issue) => issue.rule)).toContain('space-before-punctuation');
    expect(checkGrammar('Give a example.').map((issue) => issue.rule)).toContain('article');
    expect(checkGrammar('An user story.').map((issue) => issue.rule)).toContain('article');
    expect(checkGrammar('A strong answer. It is an honest one, a unique one, an O(n) idea.')).toEqual([]);
  });

  it('should leave quoted candidate words alone', () => {
    const text = 'States the outcome: "we we shipped it . ." and more.';
    expect(checkGrammar(text)).toEqual([]);
    expect(tidyGeneratedText(text)).toBe(text);
  });
});

describe('tidyGeneratedText', () => {
  it('should fix what checkGrammar reports outside quotes', () => {
    const fixed = tidyGeneratedText('Good answer. . Handle the the empty input , then give a example..');
    expect(fixed).toBe('Good answer. Handle the empty input, then give an example.');
    expect(checkGrammar(fixed)).toEqual([]);
  });

  it('should keep an ellipsis', () => {
    expect(tidyGeneratedText('It covers… the rest.')).toBe('It covers… the rest.');
  });
});

describe('withArticle', () => {
  it('should put an article before a singular countable label only', () => {
    expect(withArticle('concurrency model')).toBe('the concurrency model');
    expect(withArticle('trade-offs')).toBe('trade-offs');
    expect(withArticle('data locality')).toBe('data locality');
    expect(withArticle('how retries work')).toBe('how retries work');
    expect(withArticle('the disagreement')).toBe('the disagreement');
  });
});
