/**
 * The real clock, the default `now` of a Coach. Exported so that code on hot paths can tell
 * it from a clock a test injected and read the time as a number (`Date.now()`) instead of
 * allocating a `Date` per call.
 */
export const systemClock = (): Date => new Date();
