/**
 * The CLI as an installed package meets it: a separate process started from another directory, with
 * nothing but its production dependencies. Every module it loads is recorded (support/record-imports.mjs)
 * and checked against package-lock.json: no devDependency, no Node built-in outside src/cli (the other
 * layers run anywhere), nothing from the browser layers or the build scripts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ROOT_URL = pathToFileURL(`${ROOT}/`).href;
const elsewhere = () => mkdtempSync(join(tmpdir(), 'myomap-cwd-'));

/** Packages that package-lock.json marks as installed for development only. */
function devOnlyPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(([path, p]) => path.startsWith('node_modules/') && p.dev)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)),
  );
}

/** Run the CLI from `cwd` the way bin/myomap.mjs does, recording each (importer, module) it resolves. */
function runRecorded(cwd: string, ...argv: string[]) {
  const log = join(elsewhere(), 'imports.txt');
  const r = spawnSync(process.execPath, [join(ROOT, 'tests/unit/support/record-imports.mjs'), ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, MYOMAP_IMPORTS: log },
  });
  const edges = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [from = '', to = ''] = line.split(' ');
      return { from: from.replace(ROOT_URL, ''), to: to.replace(ROOT_URL, '') };
    });
  return { ...r, edges };
}

const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];

describe('the CLI as a separate process', () => {
  it('refer answers from any working directory (the skin data is found beside the code, not in the cwd)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/myomap.mjs'), 'refer', '--at', '-0.16,1.1,0.05'], {
      cwd: elsewhere(),
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as { muscle: string; zone: string }[];
    expect(hits.slice(0, 2).map((h) => h.muscle).sort()).toEqual(['iliacus_r', 'psoas_major_r']);
  });

  it.each([
    [['refer', '--at', '-0.16,1.1,0.05']],
    [['muscle', 'psoas_major_r']],
    [['motion', 'gait', '--step', '50', '--muscles', 'psoas_major_r', '--moment-arms']],
    [['muscles']],
    [['structure', 'femoral_nerve_r']],
    [['structures']],
  ])('%j loads no devDependency, and Node built-ins only in src/cli', (argv) => {
    const { status, edges } = runRecorded(elsewhere(), ...argv);
    expect(status).toBe(0);
    const modules = new Set(edges.map((e) => e.to));
    // The record is real: the command's own modules are in it.
    const file = { muscles: 'musclesCommand', muscle: 'musclesCommand', structures: 'structuresCommand', structure: 'structuresCommand' }[argv[0]!];
    expect(modules.has(`src/cli/${file ?? `${argv[0]}Command`}.ts`)).toBe(true);
    const dev = devOnlyPackages();
    expect(dev.has('@gltf-transform/core') && dev.has('meshoptimizer') && dev.has('vitest')).toBe(true);
    expect([...modules].filter((m) => dev.has(packageOf(m) ?? ''))).toEqual([]);
    expect(edges.filter((e) => e.to.startsWith('node:') && !e.from.startsWith('src/cli/')).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
    expect([...modules].filter((m) => /^(src\/(ui|scene|state|embed)|scripts|tests)\//.test(m))).toEqual([]);
  });

  it('the check can fail: the build’s glb reader reaches devDependencies and node:fs outside src/cli', () => {
    const { status, edges } = runRecorded(ROOT, '--only-import', join(ROOT, 'scripts/models/readBody.ts'));
    expect(status).toBe(0);
    const dev = devOnlyPackages();
    const reached = new Set(edges.map((e) => packageOf(e.to)).filter((p) => p && dev.has(p)));
    expect([...reached]).toEqual(expect.arrayContaining(['@gltf-transform/core', 'meshoptimizer']));
    expect(edges.some((e) => e.to === 'node:fs/promises' && e.from === 'scripts/models/readBody.ts')).toBe(true);
  });
});
