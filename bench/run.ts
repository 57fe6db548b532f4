/**
 * `npm run bench [-- --json] [-- --runs N]`: sizes, time to first frame and per-frame CPU of the app,
 * compared in the same run with the bare three.js baseline page (bench/baseline.html) that loads the same
 * models with the same renderer settings and does the same per-frame work without React. Loads alternate
 * (app, baseline, app, …; N of each, default 7) so that a machine busy for a while slows both alike.
 * Timings are medians in headless Chromium (software WebGL here, so absolute numbers are slow; the
 * ratios are what count). Beside wall time: main-thread CPU up to the first frame (script, all tasks),
 * what the app spends while nothing moves (frames drawn and CPU in 5 idle seconds), a pick while a motion
 * plays, and the first load's JS by package.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../scripts/lib/browser';
import { buildApp, bytesByPackage } from './packages';
import { serve } from '../scripts/lib/server';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runs = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 7);
const log = (s: string) => {
  if (!asJson) console.log(s);
};

log('building the app and the baseline…');
const chunks = await buildApp();
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const jsIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, bytes: statSync(join(dir, f)).size, gzip: gz(join(dir, f)) }));

/** The JS a page loads at first: its entry script and the chunks it imports statically (not lazy ones). */
function entryGzip(dir: string, html: string): number {
  const page = readFileSync(join(dir, html), 'utf8');
  const scripts = [...page.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((n, f) => n + gz(join(dir, f)), 0);
}

const manifest = JSON.parse(readFileSync('public/models/manifest.json', 'utf8')) as {
  models: Record<string, { bytes: number; triangles: number }>;
};
const models = Object.entries(manifest.models).map(([name, m]) => ({ name, bytes: m.bytes, triangles: m.triangles }));
const publicModelBytes = readdirSync('public/models').reduce((n, f) => n + statSync(join('public/models', f)).size, 0);

interface PageResult {
  firstFrameMs: number;
  /** Main-thread CPU until the first frame: JavaScript, and all tasks (script, style, layout, GL calls). */
  scriptMs: number;
  taskMs: number;
  updateMs: number;
  frameMs: number;
  /** CPU per frame posing all muscles (their paths into the path texture, and their bounds), median. */
  musclesMs: number;
  /** Bytes allocated per frame by the whole page, and by the per-frame posing (pose, frames, lengths, muscles). */
  bytesPerFrame: number;
  posingBytesPerFrame: number;
  /** A pointer move over the body while the motion plays (R3F's raycast, the hover), median ms; 0 where nothing picks. */
  pickMs: number;
  /** The same over the first 40 moves of the page: the pick structures built and the code compiled on first use. */
  firstPicksMs: number;
}

interface HeapNode {
  callFrame: { functionName: string };
  selfSize: number;
  children: HeapNode[];
}

/**
 * The functions of the per-frame posing, by names a minifier keeps (methods): the runtime's pose step
 * (poseAt: segment frames, muscle lengths) and the muscle bodies' posing (pose: every path into the
 * texture, the bounds), with everything they call. Not `update`: React Three Fiber's frame loop has that
 * name too, and counting it charged the whole frame's work to posing on the app's side only.
 */
const POSING = new Set(['poseAt', 'pose', 'updateRow', 'updateBounds']);

/** Bytes in a sampled heap profile: all of it, and what the posing functions (and their callees) allocated. */
function heapBytes(head: HeapNode): { all: number; posing: number } {
  let all = 0;
  let posing = 0;
  const walk = (n: HeapNode, inPosing: boolean) => {
    const here = inPosing || POSING.has(n.callFrame.functionName);
    all += n.selfSize;
    if (here) posing += n.selfSize;
    for (const c of n.children) walk(c, here);
  };
  walk(head, false);
  return { all, posing };
}

/** Playback before each measurement, ms. */
const WARM_UP_MS = 15_000;
/** Playback before the steady-state heap sampling, ms (see steadyBytesPerFrame). */
const STEADY_WARM_UP_MS = 45_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

const app = await serve('dist');
const base = await serve('bench/dist', { '/models/': 'public/models' });
const browser = await launch();

/** CDP's cumulative main-thread durations (seconds) → ms. */
async function cpu(cdp: import('playwright-core').CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/**
 * A fresh page (own context, CPU metrics on) at `url`, once it has drawn its first frame with the models;
 * with the test probe unless `hooks` is false (the probe is a chunk of its own that only such pages load).
 */
async function openReady(url: string, hooks = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  if (hooks) {
    await page.addInitScript(() => {
      (window as unknown as { myomapTestHooks: boolean }).myomapTestHooks = true;
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, {
    timeout: 120_000,
  });
  return { context, page, cdp };
}

/** Sampled heap profile over `ms` of the page, counting objects already collected too. */
async function sampleHeap(
  page: import('playwright-core').Page,
  cdp: import('playwright-core').CDPSession,
  ms: number,
): Promise<{ head: HeapNode }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 64,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  await page.waitForTimeout(ms);
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
  return profile;
}

/**
 * Bytes allocated per frame in steady playback: one load per page, gait playing for STEADY_WARM_UP_MS
 * before 5 s of heap sampling. At the 6–7 frames a second of a software renderer, 15 s of playback still
 * leaves the posing code in V8's lower tiers, which box doubles on the heap (about 3 KB a frame in
 * wrapCylinder and the muscles' bounds); 45 s (about 300 frames) is what 5 s is on a GPU at 60 frames a
 * second.
 */
async function steadyBytesPerFrame(url: string): Promise<{ posing: number; all: number; frames: number }> {
  const { context, page, cdp } = await openReady(url);
  await page.waitForTimeout(STEADY_WARM_UP_MS);
  type Probe = { myomapProbe: { perf(): { enabled: boolean; interval: number[] } } };
  await page.evaluate(() => {
    (window as unknown as Probe).myomapProbe.perf().enabled = true;
  });
  const profile = await sampleHeap(page, cdp, 5000);
  const frames = Math.max(1, await page.evaluate(() => (window as unknown as Probe).myomapProbe.perf().interval.length));
  await context.close();
  const heap = heapBytes(profile.head);
  return { posing: heap.posing / frames, all: heap.all / frames, frames };
}

/** One load of a page playing gait: first frame, CPU to get there, then 5 s of frames with heap sampling. */
async function measureOnce(url: string): Promise<PageResult> {
  const { context, page, cdp } = await openReady(url);
  const atReady = await cpu(cdp);
  const firstFrameMs = await page.evaluate(() => (window as unknown as { myomapReadyAt: number }).myomapReadyAt);
  // Let playback settle (code optimised, caches warm) before measuring. On a software renderer a frame
  // takes ~150 ms, so 2 s was 14 frames: too few for V8 to optimise the posing loops, whose numbers were
  // still boxed (16 KB a frame counted in the muscles' bounds after 2 s, none after 20 s).
  await page.waitForTimeout(WARM_UP_MS);
  await page.evaluate(() => {
    const p = (window as unknown as { myomapProbe: { perf(): { enabled: boolean } } }).myomapProbe.perf();
    p.enabled = true;
  });
  // Heap sampling over the same 5 s of gait.
  const profile = await sampleHeap(page, cdp, 5000);
  const perf = await page.evaluate(() => {
    const p = (
      window as unknown as { myomapProbe: { perf(): { update: number[]; interval: number[]; muscles: number[] } } }
    ).myomapProbe.perf();
    return { update: p.update, interval: p.interval, muscles: p.muscles };
  });
  const heap = heapBytes(profile.head);
  const frames = Math.max(1, perf.interval.length);
  const firstPicksMs = await pickTime(page);
  const pickMs = await pickTime(page);
  await context.close();
  return {
    firstFrameMs,
    scriptMs: atReady.script,
    taskMs: atReady.task,
    updateMs: median(perf.update),
    frameMs: median(perf.interval),
    musclesMs: median(perf.muscles),
    bytesPerFrame: heap.all / frames,
    posingBytesPerFrame: heap.posing / frames,
    pickMs,
    firstPicksMs,
  };
}

/**
 * Picking while the motion plays: pointer moves across the middle of the view, each timed around its
 * dispatch (R3F raycasts in the handler, synchronously), a frame apart so the pose moves between them.
 * Each is sent after its frame has been laid out and drawn, as the browser delivers input (at the start of
 * a frame, before its animation callbacks): sent from inside an animation frame, straight after the
 * viewer changed the page, R3F's copying of the event's offsetX/Y would make the browser lay the page out
 * again in the middle of the pick, which no real pointer move pays. Run twice per page: the first 40 moves
 * build each muscle's pick groups as the pointer first crosses it; the next 40 are the steady cost.
 */
async function pickTime(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(async () => {
    const target = document.querySelector('.viewer-canvas') ?? document.querySelector('canvas');
    if (!target) return 0;
    const r = target.getBoundingClientRect();
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      await new Promise((frameDone) => requestAnimationFrame(() => setTimeout(frameDone, 0)));
      const x = r.left + r.width * (0.4 + 0.2 * ((i * 7) % 40) / 40);
      const y = r.top + r.height * (0.3 + 0.5 * (i % 40) / 40);
      const t0 = performance.now();
      target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerId: 1 }));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[times.length >> 1]!;
  });
}

/** The app at rest (no motion): frames drawn and main-thread CPU over 5 idle seconds after it settles. */
async function measureIdle(url: string): Promise<{ frames: number; taskMs: number }> {
  const { context, page, cdp } = await openReady(url);
  await page.waitForTimeout(2000);
  const frames = () => page.evaluate(() => (window as unknown as { myomapProbe: { frames(): number } }).myomapProbe.frames());
  const f0 = await frames();
  const c0 = await cpu(cdp);
  await page.waitForTimeout(5000);
  const result = { frames: (await frames()) - f0, taskMs: (await cpu(cdp)).task - c0.task };
  await context.close();
  return result;
}

/**
 * The JS a page really fetched before its first frame (entry, static imports and the lazy chunks it asked
 * for on the way), gzip as served by a static host: resource timing entries that started before
 * `myomapReady`, mapped back to the built files in `dir`.
 */
async function jsBeforeFirstFrame(url: string, dir: string): Promise<{ gzip: number; files: string[] }> {
  const { context, page } = await openReady(url, false);
  const paths = await page.evaluate(() => {
    const ready = (window as unknown as { myomapReadyAt: number }).myomapReadyAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < ready && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
  });
  await context.close();
  const files = [...new Set(paths)];
  return { gzip: files.reduce((n, p) => n + gz(join(dir, p)), 0), files };
}

const summary = (results: PageResult[]): PageResult => ({
  firstFrameMs: median(results.map((r) => r.firstFrameMs)),
  scriptMs: median(results.map((r) => r.scriptMs)),
  taskMs: median(results.map((r) => r.taskMs)),
  updateMs: median(results.map((r) => r.updateMs)),
  frameMs: median(results.map((r) => r.frameMs)),
  musclesMs: median(results.map((r) => r.musclesMs)),
  bytesPerFrame: median(results.map((r) => r.bytesPerFrame)),
  posingBytesPerFrame: median(results.map((r) => r.posingBytesPerFrame)),
  pickMs: median(results.map((r) => r.pickMs)),
  firstPicksMs: median(results.map((r) => r.firstPicksMs)),
});

log(`measuring ${runs} loads of each page, alternating…`);
// The viewer without the app's panels (embed.html) fills the window like the baseline, so both draw
// the same number of pixels and the per-frame figures compare like with like.
const appRuns: PageResult[] = [];
const baseRuns: PageResult[] = [];
for (let i = 0; i < runs; i++) {
  appRuns.push(await measureOnce(`${app.url}/embed.html?motion=gait&play=1&view=oblique`));
  baseRuns.push(await measureOnce(`${base.url}/baseline.html`));
}
const appResult = summary(appRuns);
const baseResult = summary(baseRuns);
const idle = await measureIdle(`${app.url}/embed.html?view=oblique`);
log('steady playback: bytes per frame after 45 s of gait…');
const steady = {
  app: await steadyBytesPerFrame(`${app.url}/embed.html?motion=gait&play=1&view=oblique`),
  baseline: await steadyBytesPerFrame(`${base.url}/baseline.html`),
};
const fetchedFiles = {
  app: await jsBeforeFirstFrame(`${app.url}/`, 'dist'),
  embed: await jsBeforeFirstFrame(`${app.url}/embed.html?view=oblique`, 'dist'),
  baseline: await jsBeforeFirstFrame(`${base.url}/baseline.html`, 'bench/dist'),
};
const fetched = { app: fetchedFiles.app.gzip, embed: fetchedFiles.embed.gzip, baseline: fetchedFiles.baseline.gzip };
/** The JS fetched before the first frame of / and of /embed.html, by package (gzip bytes). */
const packages = { app: bytesByPackage(chunks, fetchedFiles.app.files), embed: bytesByPackage(chunks, fetchedFiles.embed.files) };
await browser.close();
await app.close();
await base.close();

const report = {
  js: {
    app: { firstLoadGzip: entryGzip('dist', 'index.html'), files: jsIn('dist') },
    embed: { firstLoadGzip: entryGzip('dist', 'embed.html') },
    baseline: { firstLoadGzip: entryGzip('bench/dist', 'baseline.html') },
    fetchedBeforeFirstFrameGzip: fetched,
    packages,
  },
  models,
  totalModelBytes: models.reduce((n, m) => n + m.bytes, 0),
  totalTriangles: models.reduce((n, m) => n + m.triangles, 0),
  publicModelBytes,
  app: appResult,
  baseline: baseResult,
  idle,
  steady,
  ratios: {
    jsGzip: entryGzip('dist', 'index.html') / entryGzip('bench/dist', 'baseline.html'),
    firstFrame: appResult.firstFrameMs / baseResult.firstFrameMs,
    script: appResult.scriptMs / baseResult.scriptMs,
    update: appResult.updateMs / baseResult.updateMs,
    frame: appResult.frameMs / baseResult.frameMs,
  },
  runs,
  note: 'Headless Chromium with SwiftShader (software WebGL) on this machine: absolute times are pessimistic; compare the ratios.',
};

if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const ms2 = (n: number) => `${n.toFixed(2)} ms`;
  const b = (n: number) => `${Math.round(n)} B`;
  const x = (n: number) => `${n.toFixed(2)}×`;
  const rows: [string, string, string, string][] = [
    ['', 'myomap viewer', 'bare three.js', 'ratio'],
    ['JS in the HTML (entry + static imports), app',  kb(report.js.app.firstLoadGzip), kb(report.js.baseline.firstLoadGzip), x(report.ratios.jsGzip)],
    [
      'JS in the HTML (entry + static imports), embed',
      kb(report.js.embed.firstLoadGzip),
      kb(report.js.baseline.firstLoadGzip),
      x(report.js.embed.firstLoadGzip / report.js.baseline.firstLoadGzip),
    ],
    ['JS fetched before the first frame, / (gzip)', kb(fetched.app), kb(fetched.baseline), x(fetched.app / fetched.baseline)],
    [
      'JS fetched before the first frame, /embed.html',
      kb(fetched.embed),
      kb(fetched.baseline),
      x(fetched.embed / fetched.baseline),
    ],
    ['time to first frame (embed page)', ms(appResult.firstFrameMs), ms(baseResult.firstFrameMs), x(report.ratios.firstFrame)],
    ['script CPU to first frame', ms(appResult.scriptMs), ms(baseResult.scriptMs), x(report.ratios.script)],
    ['all main-thread tasks to first frame', ms(appResult.taskMs), ms(baseResult.taskMs), x(appResult.taskMs / baseResult.taskMs)],
    ['per-frame update CPU (median, gait)', ms(appResult.updateMs), ms(baseResult.updateMs), x(report.ratios.update)],
    ['frame interval (median, gait)', ms(appResult.frameMs), ms(baseResult.frameMs), x(report.ratios.frame)],
    ['posing all muscles, CPU per frame (median)', ms2(appResult.musclesMs), ms2(baseResult.musclesMs), ''],
    ['bytes allocated per frame, posing (after 15 s of gait)', b(appResult.posingBytesPerFrame), b(baseResult.posingBytesPerFrame), ''],
    ['bytes allocated per frame, whole page (after 15 s)', b(appResult.bytesPerFrame), b(baseResult.bytesPerFrame), ''],
    ['bytes allocated per frame, posing, steady (after 45 s)', b(steady.app.posing), b(steady.baseline.posing), ''],
    ['bytes allocated per frame, whole page, steady (after 45 s)', b(steady.app.all), b(steady.baseline.all), ''],
    ['picking: one pointer move while gait plays (median, moves 41–80)', ms2(appResult.pickMs), ms2(baseResult.pickMs), ''],
    ['picking: the same, first 40 moves (structures built on first use)', ms2(appResult.firstPicksMs), ms2(baseResult.firstPicksMs), ''],
    ['frames drawn in 5 idle seconds (app at rest)', String(idle.frames), '', ''],
    ['main-thread CPU in 5 idle seconds', ms(idle.taskMs), '', ''],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  '));
  console.log('');
  for (const m of models) console.log(`model ${m.name}.glb: ${kb(m.bytes)}, ${m.triangles} triangles`);
  console.log(`models total: ${kb(report.totalModelBytes)}, ${report.totalTriangles} triangles`);
  console.log(`public/models on disk: ${kb(publicModelBytes)} (budget 400,000 B)`);
  for (const f of report.js.app.files) console.log(`dist/${f.file}: ${kb(f.bytes)} (${kb(f.gzip)} gzip)`);
  console.log('\nJS fetched before the first frame, by package (gzip, shared within each chunk by code size):');
  const embedBy = new Map(packages.embed.map((p) => [p.name, p.gzip]));
  console.log(`${'package'.padEnd(28)}  ${'/'.padStart(9)}  ${'/embed.html'.padStart(11)}`);
  for (const p of packages.app.filter((q) => q.gzip >= 512)) {
    console.log(`${p.name.padEnd(28)}  ${kb(p.gzip).padStart(9)}  ${kb(embedBy.get(p.name) ?? 0).padStart(11)}`);
  }
  console.log(`\nmedians of ${runs} alternating loads of each page. ${report.note}`);
}
