import { describe, expect, it } from 'vitest';
import { isoWeekStart, lastWeeks } from './weeks.js';

describe('lastWeeks', () => {
  it('should find the Monday of a date', () => {
    expect(isoWeekStart(new Date('2026-11-25T14:00:00Z'))).toBe('2026-11-23');
    expect(isoWeekStart(new Date('2026-11-29T23:59:00Z'))).toBe('2026-11-23');
    expect(isoWeekStart(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
  });

  it('should fill the weeks without reports with zero, ending with this week', () => {
    const weeks = lastWeeks(
      [
        { week_start: '2026-11-02', count: 3 },
        { week_start: '2026-11-16', count: 1 },
      ],
      new Date('2026-11-25T10:00:00Z'),
      5,
    );
    expect(weeks).toEqual([
      { weekStart: '2026-10-26', count: 0 },
      { weekStart: '2026-11-02', count: 3 },
      { weekStart: '2026-11-09', count: 0 },
      { weekStart: '2026-11-16', count: 1 },
      { weekStart: '2026-11-23', count: 0 },
    ]);
  });

  it('should end with the newest week of the server when the browser clock is behind', () => {
    const weeks = lastWeeks([{ week_start: '2026-12-07', count: 2 }], new Date('2026-11-25T10:00:00Z'), 2);
    expect(weeks).toEqual([
      { weekStart: '2026-11-30', count: 0 },
      { weekStart: '2026-12-07', count: 2 },
    ]);
  });
});
