import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The size of one embeddable bundle, or null sizes when it is not built. */
export interface BundleSize {
  name: string;
  path: string;
  /** Gzipped bytes the bundle should stay under; null for the parts loaded on first use (printed for information). */
  budget: number | null;
  minifiedBytes: number | null;
  gzippedBytes: number | null;
}

/** The gzipped size `<coach-interview>`'s first load should stay under, Lit included. */
export const BUNDLE_BUDGET_GZIPPED_BYTES = 25 * 1024;

/** The gzipped size `<coach-recruiter-dashboard>`'s first load should stay under, Lit included. */
export const DASHBOARD_BUDGET_GZIPPED_BYTES = 30 * 1024;

const bundles = [
  { name: '<coach-interview>', path: 'packages/widget/dist/coach-interview.bundle.js', budget: BUNDLE_BUDGET_GZIPPED_BYTES },
  { name: '  then <coach-dsa-round>', path: 'packages/widget/dist/coach-dsa-round.bundle.js', budget: null },
  { name: '  then <coach-report>', path: 'packages/widget/dist/coach-report.bundle.js', budget: null },
  { name: '<coach-recruiter-dashboard>', path: 'packages/recruiter-ui/dist/coach-recruiter-dashboard.bundle.js', budget: DASHBOARD_BUDGET_GZIPPED_BYTES },
  { name: '  then Interviews view', path: 'packages/recruiter-ui/dist/coach-interviews-panel.bundle.js', budget: null },
  { name: '  then Webhooks view', path: 'packages/recruiter-ui/dist/coach-webhooks-panel.bundle.js', budget: null },
];

function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Measures the self-contained widget bundles (minified as built, and gzipped at level 9)
 * and prints one line per bundle, or "not built" when a bundle is missing.
 */
export function runBundleSizeBench(root: string = fileURLToPath(new URL('../', import.meta.url))): BundleSize[] {
  const results: BundleSize[] = [];
  console.log('Widget bundle sizes (first loads have a gzipped budget; the parts they load on first use are listed under them)');
  for (const bundle of bundles) {
    const file = new URL(bundle.path, pathToFileURL(root.endsWith('/') ? root : `${root}/`));
    if (!existsSync(file)) {
      results.push({ ...bundle, minifiedBytes: null, gzippedBytes: null });
      console.log(`  ${bundle.name.padEnd(30)} not built (${bundle.path})`);
      continue;
    }
    const contents = readFileSync(file);
    const gzipped = gzipSync(contents, { level: 9 }).byteLength;
    results.push({ ...bundle, minifiedBytes: contents.byteLength, gzippedBytes: gzipped });
    const verdict =
      bundle.budget === null
        ? 'loaded on first use'
        : gzipped <= bundle.budget
          ? `within its ${formatKilobytes(bundle.budget)} budget`
          : `OVER its ${formatKilobytes(bundle.budget)} budget`;
    console.log(
      `  ${bundle.name.padEnd(30)} ${String(contents.byteLength).padStart(8)} bytes minified (${formatKilobytes(contents.byteLength)}), ` +
        `${String(gzipped).padStart(7)} bytes gzipped (${formatKilobytes(gzipped)}) — ${verdict}`,
    );
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runBundleSizeBench();
