import type { CodeRunLimits } from '../ports/code-runner.js';

/** The limits a run gets when neither the runner nor the call sets them. */
export const DEFAULT_CODE_RUN_LIMITS: Required<CodeRunLimits> = {
  caseTimeMs: 2000,
  wallTimeMs: 5000,
  memoryMb: 64,
};

/** Merges a call's limits over the runner's over the defaults, rejecting nonsense values. */
export function resolveCodeRunLimits(...layers: (CodeRunLimits | undefined)[]): Required<CodeRunLimits> {
  const merged = { ...DEFAULT_CODE_RUN_LIMITS };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of ['caseTimeMs', 'wallTimeMs', 'memoryMb'] as const) {
      const value = layer[key];
      if (value !== undefined && Number.isFinite(value) && value > 0) merged[key] = value;
    }
  }
  return merged;
}
