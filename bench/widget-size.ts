import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The size of one embeddable bundle, or null sizes when it is not built. */
export interface BundleSize {
  name: string;
  path: string;
  minifiedBytes: number | null;
  gzippedBytes: number | null;
}

/** The gzipped size each widget bundle should stay under, Lit included. */
export const BUNDLE_BUDGET_GZIPPED_BYTES = 25 * 1024;

const bundles = [
  { name: '<coach-interview>', path: 'packages/widget/dist/coach-interview.bundle.js' },
  { name: '<coach-recruiter-dashboard>', path: 'packages/recruiter-ui/dist/coach-recruiter-dashboard.bundle.js' },
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
  console.log(`Widget bundle sizes (budget ${formatKilobytes(BUNDLE_BUDGET_GZIPPED_BYTES)} gzipped)`);
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
    const verdict = gzipped <= BUNDLE_BUDGET_GZIPPED_BYTES ? 'within budget' : 'OVER BUDGET';
    console.log(
      `  ${bundle.name.padEnd(30)} ${String(contents.byteLength).padStart(8)} bytes minified (${formatKilobytes(contents.byteLength)}), ` +
        `${String(gzipped).padStart(7)} bytes gzipped (${formatKilobytes(gzipped)}) — ${verdict}`,
    );
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runBundleSizeBench();
