#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit tests, browser tests — in that order, each step's own output shown —
 * then one summary line `N passed, N failed`. Typecheck and lint count as one check each; the test
 * runners report their own counts. Exit code 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function vitest(label, config, report) {
  rmSync(report, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    // Each test as it finishes, a line every 20 s while one runs long, the summary with any failures, and
    // a JSON report for the counts.
    '--reporter=./scripts/lib/heartbeat-reporter.mjs',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${label} (did not run)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A test file that failed to load counts as a failure too.
  const broken = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  failed += broken;
  // A runner that exits non-zero with no failed test (an error in its global setup: no Chromium, a build
  // that failed) still failed: count it, so the summary line never reads "0 failed" over a broken run.
  if (!ok && !r.numFailedTests && !broken) failed++;
  if (!ok || r.numFailedTests || broken) failures.push(label);
}

mkdirSync('.cache', { recursive: true });
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['biome', 'lint', '.']);
vitest('unit tests', 'vite.config.ts', '.cache/unit-report.json');
if (existsSync('tests/e2e') && readdirSync('tests/e2e').some((f) => f.endsWith('.test.ts'))) {
  vitest('browser tests', 'tests/e2e/vitest.config.ts', '.cache/e2e-report.json');
}

if (failures.length) console.log(`\nfailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
