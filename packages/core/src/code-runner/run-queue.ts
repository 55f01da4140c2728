/**
 * A bounded, first-in-first-out gate: at most `limit` holders at once, the rest wait in
 * arrival order, so one candidate's burst cannot starve others.
 */
export interface RunQueue {
  /** Waits for a slot; the returned function frees it. Rejects if `abortSignal` fires while waiting. */
  acquire(abortSignal?: AbortSignal): Promise<() => void>;
  readonly active: number;
  readonly waiting: number;
}

export function createRunQueue(limit: number): RunQueue {
  let active = 0;
  const waiters: { grant: () => void }[] = [];

  const release = () => {
    const next = waiters.shift();
    if (next) next.grant();
    else active -= 1;
  };
  const once = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiters.length;
    },
    acquire(abortSignal) {
      if (abortSignal?.aborted) return Promise.reject(abortSignal.reason);
      if (active < limit) {
        active += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve, reject) => {
        const waiter = {
          grant: () => {
            abortSignal?.removeEventListener('abort', onAbort);
            resolve(once());
          },
        };
        const onAbort = () => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(abortSignal?.reason);
        };
        abortSignal?.addEventListener('abort', onAbort, { once: true });
        waiters.push(waiter);
      });
    },
  };
}
