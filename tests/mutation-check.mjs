#!/usr/bin/env node
// The mutation check of docs/mutation-check.md: each mutation breaks one thing on purpose, runs the unit
// tests (or, with --e2e <file>, builds the app and runs that browser test), prints which tests failed, and
// puts the file back (git checkout). A mutation that fails no test is a test missing.
//
//   node tests/mutation-check.mjs [M1 M2 …]          unit tests, every mutation by default
//   node tests/mutation-check.mjs M8 --e2e tests/e2e/embedOrigin.test.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const MUTATIONS = {
  M1: {
    what: 'psoas major: origin and insertion swapped (each fibre runs femur → brim → vertebra)',
    file: 'src/anatomy/muscles/paths/hipFlexors.ts',
    from: `  points: [
    origin,
    { ...PSOAS_BRIM, at: [PSOAS_BRIM.at[0], PSOAS_BRIM.at[1], PSOAS_BRIM.at[2] - brimShift] as [number, number, number] },
    { ...PSOAS_INSERTION, at: [PSOAS_INSERTION.at[0], PSOAS_INSERTION.at[1], PSOAS_INSERTION.at[2] - brimShift * 0.3] as [number, number, number] },
  ],`,
    to: `  points: [
    { ...PSOAS_INSERTION, at: [PSOAS_INSERTION.at[0], PSOAS_INSERTION.at[1], PSOAS_INSERTION.at[2] - brimShift * 0.3] as [number, number, number] },
    { ...PSOAS_BRIM, at: [PSOAS_BRIM.at[0], PSOAS_BRIM.at[1], PSOAS_BRIM.at[2] - brimShift] as [number, number, number] },
    origin,
  ],`,
  },
  M2: {
    what: 'gluteus maximus TrP1: its spillover zone (top of the back of the thigh) dropped',
    file: 'src/anatomy/referral/patterns/gluteal.ts',
    from: `    {
      id: 'gmax1-upper-back-thigh',
      type: 'spillover',
      description: 'A short way onto the top of the back of the thigh.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('gluteusMaximus'), ...cite('BRS')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.22, to: 0.4, around: [160, 235] }],
    },
`,
    to: '',
  },
  M3: {
    what: 'iliopsoas thigh zone moved 10 cm down the thigh (0.2525 of the 0.396 m femur)',
    file: 'src/anatomy/referral/patterns/lowBack.ts',
    from: "regions: [{ kind: 'limb', limb: 'thigh', from: -0.04, to: 0.28, around: [295, 30] }],",
    to: "regions: [{ kind: 'limb', limb: 'thigh', from: 0.2125, to: 0.5325, around: [295, 30] }],",
  },
  M4: {
    what: 'moment arm sign flipped for one coordinate (left hip adduction), as a mirroring slip would',
    file: 'src/anatomy/path/mechanics.ts',
    from: '  return -(up - down) / dTheta;',
    to: "  return (coordinate === 'hip_adduction_l' ? 1 : -1) * (up - down) / dTheta;",
  },
  M5: {
    what: 'laterality broken: the iliopsoas back strip drawn on both sides',
    file: 'src/anatomy/referral/patterns/lowBack.ts',
    from: `      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('iliopsoas'), ...cite('NAMTPT', 'NAT', 'TPT')],`,
    to: `      laterality: 'bilateral',
      evidence: 'verified',
      citations: [ts2('iliopsoas'), ...cite('NAMTPT', 'NAT', 'TPT')],`,
  },
  M6: {
    what: 'left side mis-mirrored: patch offsets not mirrored for left muscles',
    file: 'src/anatomy/referral/evaluate.ts',
    from: "const c = [l[0] + o[0], l[1] + o[1], l[2] + (side === 'r' ? o[2] : -o[2])];",
    to: 'const c = [l[0] + o[0], l[1] + o[1], l[2] + o[2]];',
  },
  M7: {
    what: 'off by one in the motion CSV rows: the last row (100 %) dropped',
    file: 'src/anatomy/motions/table.ts',
    from: 'for (let i = 0; i <= n; i++) out.push',
    to: 'for (let i = 0; i < n; i++) out.push',
  },
  M8: {
    what: 'embed bridge accepts messages from a wrong origin (the origin check removed)',
    file: 'src/embed/bridge.ts',
    from: '    if (origin !== null && e.origin !== origin) return;\n',
    to: '',
  },
};

const args = process.argv.slice(2);
const e2e = args.includes('--e2e') ? args[args.indexOf('--e2e') + 1] : undefined;
const ids = args.filter((a, i) => a !== '--e2e' && args[i - 1] !== '--e2e');
const run = ids.length ? ids : Object.keys(MUTATIONS);

for (const id of run) {
  const m = MUTATIONS[id];
  if (!m) throw new Error(`unknown mutation ${id}; known: ${Object.keys(MUTATIONS).join(', ')}`);
  const text = readFileSync(m.file, 'utf8');
  if (text.split(m.from).length !== 2) throw new Error(`${id}: the text to change is not found once in ${m.file}`);
  const out = join(mkdtempSync(join(tmpdir(), 'myomap-mutation-')), 'result.json');
  writeFileSync(m.file, text.replace(m.from, m.to));
  try {
    const vitest = ['vitest', 'run', '--reporter=json', `--outputFile=${out}`];
    if (e2e) {
      execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
      vitest.push('--config', 'tests/e2e/vitest.config.ts', e2e);
    }
    spawnSync('npx', vitest, { stdio: 'ignore', env: { ...process.env, MYOMAP_SKIP_BUILD: '1' } });
  } finally {
    execFileSync('git', ['checkout', '--', m.file]);
  }
  const result = JSON.parse(readFileSync(out, 'utf8'));
  const failed = result.testResults.flatMap((f) =>
    f.assertionResults.filter((t) => t.status === 'failed').map((t) => `${relative('.', f.name)} › ${t.fullName}`),
  );
  console.log(`${id} (${m.what}): ${result.numFailedTests} of ${result.numTotalTests} failed`);
  for (const f of failed) console.log(`  ${f}`);
}
if (e2e) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
