// `npm run bench`: every benchmark, printing figures. Numbers are for reading, never asserted.
import { runStorageBench } from './storage-bench.js';
import { runInterviewBench } from './interview-bench.js';
import { runServerBench } from './server-bench.js';
import { runBundleSizeBench } from './widget-size.js';
import { runCodeRoundBench } from './code-round-bench.js';

const only = process.argv.slice(2);
const benches: [string, () => unknown][] = [
  ['bundle-size', runBundleSizeBench],
  ['interview', runInterviewBench],
  ['server', runServerBench],
  ['storage', runStorageBench],
  ['code-round', runCodeRoundBench],
];

for (const [name, run] of benches) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  await run();
}
