declare const __COACH_SELF_CONTAINED_BUNDLE__: boolean | undefined;

/** Where the self-contained widget bundle finds the DSA round: the file beside it, as the server serves it. */
export const DSA_ROUND_BUNDLE_FILE = 'coach-dsa-round.bundle.js';

/**
 * Defines `<coach-dsa-round>` when the round starts: candidates who stop after the questions
 * never load it, and the widget's first load stays within its size budget. From npm, a bundler
 * splits it off; the self-contained bundle loads its own file from beside itself (`/widget/` on
 * the Coach server, or the same folder of a CDN).
 */
export function loadDsaRound(): Promise<unknown> {
  if (typeof __COACH_SELF_CONTAINED_BUNDLE__ === 'boolean' && __COACH_SELF_CONTAINED_BUNDLE__) {
    return import(/* @vite-ignore */ new URL(`./${DSA_ROUND_BUNDLE_FILE}`, import.meta.url).href);
  }
  return import('../components/coach-dsa-round/coach-dsa-round.js');
}
