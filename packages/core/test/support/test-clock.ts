/** A clock tests move by hand. */
export interface TestClock {
  now: () => Date;
  advanceMinutes(minutes: number): void;
}

/** A clock starting at `start` that only moves when told to. */
export function createTestClock(start = '2024-06-03T09:00:00.000Z'): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advanceMinutes(minutes) {
      current += minutes * 60_000;
    },
  };
}
