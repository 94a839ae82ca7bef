/**
 * `npm run test:unit`: runs Vitest with its usual console output plus a JSON report, then
 * prints one plain summary line, `unit: N passed, N failed[, N skipped]`, because the CI log
 * reader does not understand Vitest's own summary (toolchain.md §7). Exits with Vitest's code.
 * Extra arguments are passed on to Vitest (e.g. a file filter).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORT = join(ROOT, '.vitest-report.json');

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
}

// A stale report from an earlier run must not be mistaken for this run's.
rmSync(REPORT, { force: true });

const vitestBin = join(ROOT, 'node_modules/vitest/vitest.mjs');
const args = ['run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`, ...process.argv.slice(2)];
const child = existsSync(vitestBin)
  ? spawn(process.execPath, [vitestBin, ...args], { cwd: ROOT, stdio: 'inherit' })
  : spawn('npx', ['vitest', ...args], { cwd: ROOT, stdio: 'inherit' });

child.on('error', (err) => {
  console.error(`could not start vitest: ${err.message}`);
  console.log('unit: 0 passed, 1 failed');
  process.exit(1);
});

child.on('exit', (code, signal) => {
  let line = 'unit: 0 passed, 1 failed';
  try {
    const r = JSON.parse(readFileSync(REPORT, 'utf8')) as VitestJsonReport;
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    line = `unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
  } catch {
    // No (readable) report: vitest crashed before writing it; count that as one failure.
  }
  console.log(`\n${line}`);
  process.exit(code ?? (signal ? 1 : 0));
});
