// `npm run bench:judge`: the offline judge measured on the labelled corpus in
// packages/core/test/judge-corpus. Prints what the corpus tests assert, with the details.
import { measureAnswers, measureDsa } from '../packages/core/test/judge-corpus/measure.js';

const verbose = process.argv.includes('--verbose');
const answers = await measureAnswers();
console.log(`\n=== answers (${answers.answers}) ===`);
console.log(`denials of present elements: ${answers.denials.length}`);
for (const finding of answers.denials) console.log(`  ${finding.id}: ${finding.detail}`);
console.log(`mislabelled quotes: ${answers.mislabelledQuotes.length}`);
for (const finding of answers.mislabelledQuotes) console.log(`  ${finding.id}: ${finding.detail}`);
console.log(`quotes not verbatim or cut without "…": ${answers.notVerbatim.length}`);
for (const finding of answers.notVerbatim) console.log(`  ${finding.id}: ${finding.detail}`);
console.log(`grammar issues in generated text: ${answers.grammar.length}`);
for (const finding of answers.grammar) console.log(`  ${finding.id}: ${finding.detail}`);
const byLabels = new Map<number, number[]>();
for (const entry of answers.scores) byLabels.set(entry.labelled, [...(byLabels.get(entry.labelled) ?? []), entry.score]);
console.log('mean answer score by number of labelled elements:');
for (const [labels, scores] of [...byLabels.entries()].sort((a, b) => a[0] - b[0])) {
  console.log(`  ${labels} elements: ${(scores.reduce((sum, value) => sum + value, 0) / scores.length).toFixed(2)} (n=${scores.length})`);
}
if (verbose) for (const entry of answers.scores) console.log(`  ${entry.id}: ${entry.score}`);

const dsa = await measureDsa();
console.log(`\n=== DSA submissions (${dsa.results.length}, ${new Set(dsa.results.map((result) => result.entry.problemId)).size} problems) ===`);
for (const kind of Object.keys(dsa.meanByClass) as (keyof typeof dsa.meanByClass)[]) {
  console.log(`  ${kind}: mean ${dsa.meanByClass[kind]}, min ${dsa.minByClass[kind]}, max ${dsa.maxByClass[kind]}`);
}
console.log(`separation (lowest correct − highest other-problem/words-only): ${dsa.separation}`);
const optimalClaims = dsa.results.filter((result) => (result.entry.class === 'other-problem' || result.entry.class === 'words-only') && result.calledOptimal);
console.log(`other-problem or words-only called optimal: ${optimalClaims.length}`);
for (const result of optimalClaims) console.log(`  ${result.entry.id}: ${result.output.reply}`);
console.log(`complexity misquotes: ${dsa.misquotes.length}`);
for (const result of dsa.misquotes) console.log(`  ${result.entry.id}: stated ${result.entry.stated}; reply: ${result.output.reply}`);
const grammar = dsa.results.filter((result) => result.grammar.length > 0);
console.log(`DSA replies with grammar issues: ${grammar.length}`);
for (const result of grammar) console.log(`  ${result.entry.id}: ${result.grammar.join('; ')}`);
if (verbose) for (const result of dsa.results) console.log(`  [${result.entry.class}] ${result.entry.id}: ${result.output.score} — ${result.output.reply}`);
