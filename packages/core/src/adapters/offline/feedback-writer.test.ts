import { describe, expect, it } from 'vitest';
import type { DetectedRole } from '../../domain/index.js';
import { combinedFeedbackOutput, finalFeedbackOutput, inviteEmailOutput, type FinalFeedbackInput } from '../../prompts/tasks.js';
import { writeCombinedFeedback, writeFinalFeedback, writeInviteEmail } from './feedback-writer.js';

const ROLE: DetectedRole = { title: 'Senior Backend Engineer', family: 'backend', seniority: 'senior', matchedSkills: [] };

const TURNS: FinalFeedbackInput['turns'] = [
  {
    question: 'Tell me about a time you disagreed with a teammate. How did you handle it?',
    kind: 'behavioral',
    answer: '…',
    score: 8.5,
    feedback: 'A strong answer.',
    strengths: [
      'States the outcome: "we shipped 2 weeks early"',
      'Backs the story with figures (35%, 2 weeks).',
      'Shows clear personal ownership of the work.',
    ],
    improvements: ['A stronger answer would also cover relationship kept.'],
  },
  {
    question: 'A query on a large PostgreSQL table has become slow. How do you find out why?',
    kind: 'technical',
    answer: '…',
    score: 4,
    feedback: 'A partial answer.',
    strengths: ['Covers indexing.'],
    improvements: ['Add a concrete example from a system you worked on.', 'Name the trade-offs and when you would choose differently.'],
  },
  {
    question: 'Describe a project that failed. What was your part in it?',
    kind: 'behavioral',
    answer: '…',
    score: 6,
    feedback: 'A solid answer.',
    strengths: ['States the outcome: "we rolled back within an hour"', 'Shows clear personal ownership of the work.'],
    improvements: ['Add concrete numbers: sizes, durations, percentages, before-and-after figures.', 'Add a concrete example from a system you worked on.'],
  },
  {
    question: 'How do you design an idempotent payment API?',
    kind: 'technical',
    answer: "I don't know",
    score: 1,
    feedback: 'Not enough to assess.',
    strengths: [],
    improvements: ['What the question looks for: an idempotency key stored atomically.'],
  },
];

describe('writeFinalFeedback', () => {
  const output = writeFinalFeedback({ role: ROLE, turns: TURNS, overallScore: 4.9, jobDescription: null });

  it('should name the strongest and weakest answers with their scores', () => {
    expect(finalFeedbackOutput.safeParse(output).success).toBe(true);
    expect(output.summary).toContain('4.9/10');
    expect(output.summary).toContain('Strongest answer: question 1 (behavioral, 8.5/10)');
    expect(output.summary).toContain('Weakest answer: question 4 (technical, 1/10)');
    expect(output.summary).toContain('Q1 8.5/10, Q2 4/10, Q3 6/10, Q4 1/10');
    expect(output.summary).toMatch(/behavioral answers average 7.3\/10, technical answers average 2.5\/10/);
  });

  it('should aggregate and de-duplicate strengths and improvements across answers', () => {
    expect(output.strengths).toContain('States the outcome (in 2 answers).');
    expect(output.strengths).toContain('Shows clear personal ownership of the work (in 2 answers).');
    expect(output.strengths.filter((item) => item.startsWith('States the outcome'))).toHaveLength(1);
    expect(output.improvements).toContain('Add a concrete example from a system you worked on (in 2 answers).');
  });

  it('should not take strengths from answers too thin to assess', () => {
    const thin = writeFinalFeedback({ role: ROLE, turns: [{ ...TURNS[3]!, strengths: ['Mentions idempotency.'] }], overallScore: 1, jobDescription: null });
    expect(thin.strengths).toEqual([]);
    expect(thin.summary).toMatch(/too thin to assess/);
  });

  it("should name a follow-up by what it asked, not by its recap of the candidate's words", () => {
    const followUp = {
      ...TURNS[0]!,
      question:
        'You said: "I led the migration of our billing service; because we rehearsed twice, downtime fell…". I\'d like to hear more about your own actions. Which steps did you take?',
      score: 9,
    };
    const output = writeFinalFeedback({ role: ROLE, turns: [followUp, ...TURNS.slice(1)], overallScore: 5, jobDescription: null });
    expect(output.summary).toContain('Strongest answer: question 1 (behavioral, 9/10), "I\'d like to hear more about your own actions."');
    expect(output.summary).not.toContain('You said');
  });

  it('should handle an interview without answers', () => {
    const empty = writeFinalFeedback({ role: ROLE, turns: [], overallScore: 0, jobDescription: null });
    expect(finalFeedbackOutput.safeParse(empty).success).toBe(true);
  });
});

describe('writeCombinedFeedback', () => {
  it('should merge both parts without changing the scores', () => {
    const output = writeCombinedFeedback({
      role: ROLE,
      behavioral: {
        score: 6.2,
        summary: 'A good interview with a few gaps. More text.',
        strengths: ['Quantifies results.'],
        improvements: ['Discuss trade-offs.'],
      },
      dsa: {
        score: 9,
        feedback: 'Approach recognised: hash map. That is an optimal approach.',
        approach: 'hash map',
        strengths: ['Chose an optimal approach (hash map).'],
        improvements: ['Quantifies results.'],
      },
      overallScore: 7.1,
    });
    expect(combinedFeedbackOutput.safeParse(output).success).toBe(true);
    expect(output.summary).toContain('7.1/10 overall');
    expect(output.summary).toContain('Interview questions: 6.2/10');
    expect(output.summary).toContain('Problem-solving round: 9/10 using hash map');
    expect(output.summary).toMatch(/stronger in problem solving/);
    expect(output.strengths).toEqual(['Quantifies results.', 'Chose an optimal approach (hash map).']);
    expect(output.improvements).toEqual(['Discuss trade-offs.', 'Quantifies results.']);
  });

  it('should leave the acknowledgement of a follow-up reply out of the summary, which has no conversation to refer to', () => {
    const output = writeCombinedFeedback({
      role: ROLE,
      behavioral: { score: 4, summary: 'Mixed.', strengths: [], improvements: [] },
      dsa: {
        score: 2,
        feedback: 'That answers the follow-up: it states a cost (O(n)). This does not solve Word Ladder. Keep going.',
        approach: 'not a solution to this problem',
        strengths: [],
        improvements: [],
      },
      overallScore: 3.4,
    });
    expect(output.summary).toContain('Problem-solving round: 2/10 (not a solution to this problem). This does not solve Word Ladder.');
    expect(output.summary).not.toContain('follow-up');
  });

  it('should say when there was no DSA round', () => {
    const output = writeCombinedFeedback({
      role: ROLE,
      behavioral: { score: 5, summary: 'Mixed.', strengths: [], improvements: [] },
      dsa: null,
      overallScore: 5,
    });
    expect(output.summary).toContain('no problem-solving round');
  });
});

describe('final state of each question', () => {
  it('should drop advice that a well-answered follow-up already fixed', () => {
    const turns = [
      {
        question: 'Tell me about a conflict.',
        kind: 'behavioral' as const,
        answer: 'x',
        score: 3.5,
        feedback: '',
        strengths: [],
        improvements: ['I could not find the result; close with it, ideally measurable (time saved, error rate, revenue, users).', 'Say "I" for what you did.'],
        questionKey: 'beh-conflict',
      },
      {
        question: 'What was the outcome?',
        kind: 'behavioral' as const,
        answer: 'y',
        score: 9.5,
        feedback: '',
        strengths: [],
        improvements: [],
        questionKey: 'beh-conflict#follow-up:result',
      },
    ];
    const output = writeFinalFeedback({ role: ROLE, turns, overallScore: 6.5, jobDescription: null });
    expect(output.improvements.some((item) => /result/.test(item))).toBe(false);
    expect(output.improvements).toContain('Say "I" for what you did.');
  });

  it('should not repeat the verdict and score in the combined summary', () => {
    const final = writeFinalFeedback({ role: ROLE, turns: TURNS, overallScore: 7.2, jobDescription: null });
    const output = writeCombinedFeedback({
      role: ROLE,
      behavioral: { score: 7.2, summary: final.summary, strengths: [], improvements: [] },
      dsa: null,
      overallScore: 7.2,
    });
    expect(output.summary.match(/This is a good interview/g)).toHaveLength(1);
    expect(output.summary.match(/7\.2\/10/g)).toHaveLength(1);
  });
});

describe('writeInviteEmail', () => {
  const input = {
    candidateName: 'María José García-López',
    role: 'Senior Backend Engineer',
    strengths: ['Backs the story with figures (in 3 answers).', 'States the outcome: "we cut costs by [redacted]"'],
    recruiterName: 'Priya Shah',
    meetingLink: 'https://cal.example.com/priya/interview?ref=coach&x=1',
  };
  const output = writeInviteEmail(input);

  it('should greet by the exact name, name the role, include the link verbatim and be signed', () => {
    expect(inviteEmailOutput.safeParse(output).success).toBe(true);
    expect(output.text.startsWith('Dear María José García-López,')).toBe(true);
    expect(output.subject).toContain('Senior Backend Engineer');
    expect(output.text).toContain('Senior Backend Engineer');
    expect(output.text).toContain('\nhttps://cal.example.com/priya/interview?ref=coach&x=1\n');
    expect(output.text.trimEnd().endsWith('Priya Shah')).toBe(true);
  });

  it('should contain no placeholders and no quoted answer text', () => {
    expect(output.text).not.toMatch(/\[[^\]]*\]|\{[^}]*\}|<[^>]*>/);
    expect(output.text).toContain('- Backs the story with figures');
    expect(output.text).not.toContain('redacted');
  });
});
