declare const __COACH_SELF_CONTAINED_BUNDLE__: boolean | undefined;

/** Where the self-contained widget bundle finds the DSA round: the file beside it, as the server serves it. */
export const DSA_ROUND_BUNDLE_FILE = 'coach-dsa-round.bundle.js';

/** Where the self-contained widget bundle finds the report. */
export const REPORT_BUNDLE_FILE = 'coach-report.bundle.js';

/** The self-contained bundle loads its parts from beside itself (`/widget/` on the Coach server, or the same folder of a CDN). */
const besideBundle = (file: string): Promise<unknown> => import(/* @vite-ignore */ new URL(`./${file}`, import.meta.url).href);

/**
 * Defines `<coach-dsa-round>` when the round starts: candidates who stop after the questions
 * never load it, and the widget's first load stays within its size budget. From npm, a bundler
 * splits it off.
 */
export function loadDsaRound(): Promise<unknown> {
  // The check stays inline so that the bundler drops the branch the build does not take.
  return typeof __COACH_SELF_CONTAINED_BUNDLE__ === 'boolean' && __COACH_SELF_CONTAINED_BUNDLE__
    ? besideBundle(DSA_ROUND_BUNDLE_FILE)
    : import('../components/coach-dsa-round/coach-dsa-round.js');
}

/** Defines `<coach-report>` when the report is shown, for the same reason. */
export function loadReport(): Promise<unknown> {
  return typeof __COACH_SELF_CONTAINED_BUNDLE__ === 'boolean' && __COACH_SELF_CONTAINED_BUNDLE__
    ? besideBundle(REPORT_BUNDLE_FILE)
    : import('../components/coach-report/coach-report.js');
}
