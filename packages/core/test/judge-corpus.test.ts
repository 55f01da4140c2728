import { describe, expect, it } from 'vitest';
import { ANSWERS } from './judge-corpus/answers.js';
import { SUBMISSIONS } from './judge-corpus/dsa-submissions.js';
import { measureAnswers, measureDsa } from './judge-corpus/measure.js';

describe('the judge corpus', () => {
  it('should be large and varied enough to measure the judge', () => {
    expect(ANSWERS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ANSWERS.map((entry) => entry.kind))).toEqual(new Set(['behavioral', 'technical']));
    expect(new Set(ANSWERS.map((entry) => entry.style)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(ANSWERS.map((entry) => entry.id)).size).toBe(ANSWERS.length);
    expect(SUBMISSIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SUBMISSIONS.map((entry) => entry.problemId)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(SUBMISSIONS.map((entry) => entry.class))).toEqual(new Set(['correct', 'slow', 'other-problem', 'words-only']));
  });

  it('should label every element with phrases copied from the answer', () => {
    for (const entry of ANSWERS) {
      for (const phrase of [...Object.values(entry.present).flat(), ...Object.values(entry.concepts ?? {}).flat()]) {
        expect(entry.answer, `${entry.id}: "${phrase}"`).toContain(phrase);
      }
    }
    for (const entry of SUBMISSIONS) if (entry.stated) expect(entry.code, entry.id).toContain(entry.stated);
  });
});

describe('the offline judge on the corpus', () => {
  it('should never deny an element the answer contains, nor quote a sentence under the wrong label', async () => {
    const report = await measureAnswers();
    expect(report.denials).toEqual([]);
    expect(report.mislabelledQuotes).toEqual([]);
    // Quotes are verbatim: whole sentences, or cut and marked with "…".
    expect(report.notVerbatim).toEqual([]);
    expect(report.grammar).toEqual([]);
  });

  it('should score code for another problem and words without an algorithm at most 2, never calling them optimal', async () => {
    const report = await measureDsa();
    for (const result of report.results.filter((entry) => entry.entry.class === 'other-problem' || entry.entry.class === 'words-only')) {
      expect(result.output.score, result.entry.id).toBeLessThanOrEqual(2);
      expect(result.calledOptimal, result.entry.id).toBe(false);
    }
    expect(report.meanByClass.correct).toBeGreaterThanOrEqual(7.5);
    expect(report.meanByClass.slow).toBeLessThan(report.meanByClass.correct);
    expect(report.separation).toBeGreaterThan(0);
  });

  it('should quote stated complexities exactly', async () => {
    const report = await measureDsa();
    expect(report.misquotes.map((result) => result.entry.id)).toEqual([]);
    for (const result of report.results.filter((entry) => entry.entry.stated && (entry.entry.class === 'correct' || entry.entry.class === 'slow'))) {
      expect(result.output.reply, result.entry.id).toContain(result.entry.stated);
    }
    expect(report.results.flatMap((result) => result.grammar)).toEqual([]);
  });

  it('should give the same output for the same input', async () => {
    const [firstAnswers, secondAnswers] = [await measureAnswers(ANSWERS.slice(0, 20)), await measureAnswers(ANSWERS.slice(0, 20))];
    expect(secondAnswers).toEqual(firstAnswers);
    const [firstDsa, secondDsa] = [await measureDsa(), await measureDsa()];
    expect(secondDsa.results.map((result) => result.output)).toEqual(firstDsa.results.map((result) => result.output));
  });
});
