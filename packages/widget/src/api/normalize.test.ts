import { describe, expect, it } from 'vitest';
import { readCombinedReport, readFinalFeedback, readSessionState } from './normalize.js';

describe('readCombinedReport', () => {
  it('should read the per-part scores and the questions under behavioral', () => {
    const report = readCombinedReport(
      {
        report_id: 'r1',
        overall_score: 7.4,
        behavioral_score: 8,
        technical_score: 6.5,
        dsa_score: 7,
        behavioral: {
          summary: 'Good.',
          strengths: ['a'],
          improvements: ['b'],
          questions: [{ question: 'Q', kind: 'technical', answer: 'A', score: 6.5, feedback: 'F', evidence: ['A'] }],
        },
        dsa: { problem_title: 'Two Sum', score: 7, feedback: 'ok', approach: 'hash map', time_complexity: 'O(n)' },
      },
      null,
    );
    expect(report).toMatchObject({
      reportId: 'r1',
      overallScore: 7.4,
      behavioralScore: 8,
      technicalScore: 6.5,
      dsaScore: 7,
      summary: 'Good.',
      strengths: ['a'],
    });
    expect(report.questions).toEqual([{ question: 'Q', kind: 'technical', answer: 'A', score: 6.5, feedback: 'F', evidence: ['A'] }]);
    expect(report.dsa).toEqual({ title: 'Two Sum', score: 7, feedback: 'ok', approach: 'hash map', timeComplexity: 'O(n)', code: null });
  });

  it('should compute part scores from the questions when the server leaves them out', () => {
    const finalFeedback = readFinalFeedback({
      overall_score: 6,
      summary: 'S',
      strengths: [],
      improvements: [],
      report_id: 'r2',
      questions: [
        { question: 'a', kind: 'behavioral', answer: '', score: 4, feedback: '' },
        { question: 'b', kind: 'behavioral', answer: '', score: 7, feedback: '' },
        { question: 'c', kind: 'technical', answer: '', score: 9, feedback: '' },
      ],
    });
    const report = readCombinedReport({ overall_score: 6, behavioral: {}, dsa: null }, finalFeedback);
    expect(report).toMatchObject({ reportId: 'r2', behavioralScore: 5.5, technicalScore: 9, dsaScore: null, summary: 'S', dsa: null });
  });
});

describe('readSessionState', () => {
  it('should read a session waiting for an answer, skipping unanswered turns', () => {
    const state = readSessionState({
      session_id: 's',
      demo_id: 'swe',
      state: 'interviewing',
      role: 'Backend Engineer',
      candidate: { name: 'J', email: 'j@example.com' },
      include_dsa: true,
      question: { id: 'q2', text: 'Why?', kind: 'technical', is_follow_up: true },
      question_number: 2,
      total_questions: 5,
      turns: [
        {
          id: 'q1',
          number: 1,
          kind: 'behavioral',
          question: 'Who?',
          answer: 'Me',
          evaluation: { score: 6, feedback: 'ok', strengths: [], improvements: [], evidence: ['Me'] },
        },
        { id: 'q2', number: 2, kind: 'technical', question: 'Why?', answer: null, evaluation: null },
      ],
      dsa: null,
      report_id: null,
    });
    expect(state).toMatchObject({
      sessionId: 's',
      templateId: 'swe',
      includeDsa: true,
      questionNumber: 2,
      totalQuestions: 5,
      question: { id: 'q2', isFollowUp: true },
    });
    expect(state.turns).toHaveLength(1);
    expect(state.turns[0]?.evaluation?.evidence).toEqual(['Me']);
  });

  it('should refuse an unknown state', () => {
    expect(() => readSessionState({ session_id: 's', state: 'paused' })).toThrow(/session state/);
  });
});
