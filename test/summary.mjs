// Prints the plain closing line that CI reads ("N passed, N failed, N skipped") from Vitest's JSON report.
// A suite that failed to load, or a failed type check (--typecheck-or-run-failed), counts as one failure each,
// so the line can never say "0 failed" while the run failed.
import { readFileSync } from 'node:fs';

const [file, flag] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const suites = report.testResults ?? [];
const brokenSuites = suites.filter(
  (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
).length;
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + brokenSuites + (flag ? 1 : 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
