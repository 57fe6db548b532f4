/**
 * The JS budget of the first load (issue 14): the app is built (`vite build` with the project's config)
 * into a temporary folder, and the scripts index.html loads up front — its module script and the
 * modulepreload links Vite writes for every chunk that script imports statically — are gzipped
 * (node:zlib, default level) and summed. Chunks fetched later with import() do not count.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * 471,870 bytes when set (uPlot loaded with the motion plot, zod/mini); 477,037 once the structures'
 * drawing arrived as a lazy chunk (the split moves the store and kinematics into chunks of their own, with
 * their wrappers); 480,479 once every structure could be selected (issue 11: the structure directory of
 * ids, names and synonyms, 1.3 KB, which links, the list and its search read at once, and the code that
 * selects and lists them; their facts stay in a lazy chunk); 452,459 once the muscles' texts moved to the
 * details panel's chunk (the first load keeps their synonyms, groups and trigger-point places, from
 * src/anatomy/muscleDirectory.json) and the presenter and compare modes load when opened; rounded up to the
 * next 5 KB. The target is 380 KB: what is left is mostly three.js (≈ 174 KB), react-dom (57),
 * React Three Fiber (46), three-mesh-bvh (13), camera-controls (12), the zone patterns (12) and our code.
 */
const FIRST_LOAD_BUDGET = 455_000;

let outDir = '';
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'myomap-bundle-'));
  // Vitest sets NODE_ENV=test, and Vite keeps it: React would be bundled in its development build.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, write: true, copyPublicDir: false },
    });
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
}, 60_000);
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The scripts index.html loads before anything runs: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
function upFront(html: string): string[] {
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const module = /^<script\b/.test(tag) && /\btype="module"/.test(tag) ? /\bsrc="([^"]+)"/.exec(tag) : null;
    const preload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag) ? /\bhref="([^"]+)"/.exec(tag) : null;
    const src = (module ?? preload)?.[1];
    if (src) files.push(src.replace(/^\.\//, ''));
  }
  return files;
}

describe('bundle', () => {
  it(`the JS loaded up front by / is at most ${FIRST_LOAD_BUDGET.toLocaleString('en')} bytes gzip`, () => {
    const files = upFront(readFileSync(join(outDir, 'index.html'), 'utf8'));
    expect(files.some((f) => /^assets\/main-[\w-]+\.js$/.test(f)), files.join(', ')).toBe(true);
    const sizes = files.map((f) => [f, gzipSync(readFileSync(join(outDir, f))).length] as const);
    const total = sizes.reduce((n, [, b]) => n + b, 0);
    expect(total, sizes.map(([f, b]) => `${f}: ${b}`).join(', ')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});
