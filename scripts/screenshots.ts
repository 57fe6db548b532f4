/**
 * `npm run screenshots`: build the app and render the standard views at 1280×720 in headless Chromium
 * into docs/images/ — anterior, posterior, right lateral, oblique, the right hip flexed to 90°, close
 * views of the hip muscles, the iliopsoas alone, the back stride with stretch colours, and the region
 * around them (the femoral triangle, the posterior abdominal wall, the thigh with the vasti, the
 * iliofemoral ligament in the back stride) — with the app's panels hidden so the model fills the frame.
 *
 *   npm run screenshots [-- --no-build] [-- --only name,name]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { COORDINATE_INDEX, neutralPose } from '../src/anatomy/model/coordinates';
import { MOTIONS } from '../src/anatomy/motions';
import { launch } from './lib/browser';
import { serve } from './lib/server';

/** The phase of hip_flexion at which the right hip reaches `deg` on the way up. */
function phaseAtHip(deg: number): number {
  let lo = 0;
  let hi = 0.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const h = MOTIONS.hip_flexion.evaluate(mid, neutralPose())[COORDINATE_INDEX.hip_flexion_r]!;
    if (h < deg) lo = mid;
    else hi = mid;
  }
  return Number(((lo + hi) / 2).toFixed(4));
}

/** Optional close camera [position, target] for a shot. */
const CLOSE: Record<string, [number[], number[]]> = {
  'hip-anterior-close': [
    [1.05, 0.98, 0.28],
    [0, 0.93, 0.03],
  ],
  'hip-posterior-close': [
    [-1.05, 0.98, 0.25],
    [0, 0.93, 0.03],
  ],
  'iliopsoas-front': [
    [0.75, 1.0, 0.12],
    [-0.03, 0.98, 0.07],
  ],
  'iliopsoas-side': [
    [-0.05, 1.0, 0.85],
    [-0.05, 0.98, 0.07],
  ],
  'femoral-triangle': [
    [0.5, 0.92, 0.17],
    [0.04, 0.86, 0.085],
  ],
  'posterior-abdominal-wall': [
    [0.95, 1.06, 0.0],
    [0.0, 1.04, 0.0],
  ],
  'thigh-vasti': [
    [1.5, 0.7, 0.24],
    [0.02, 0.66, 0.07],
  ],
  'back-stride-iliofemoral': [
    [0.36, 0.9, 0.33],
    [0.0, 0.87, 0.08],
  ],
};

/** The phase of gait at which the right hip is most extended (the back stride). */
function backStridePhase(): number {
  let best = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 200; i++) {
    const h = MOTIONS.gait.evaluate(i / 200, neutralPose())[COORDINATE_INDEX.hip_flexion_r]!;
    if (h < least) {
      least = h;
      best = i / 200;
    }
  }
  return best;
}

/** Shots that need the UI touched before they are taken: stretch colours are switched on in the timeline. */
const SETUP: Record<string, (page: import('playwright-core').Page) => Promise<void>> = {
  'back-stride-stretch': async (page) => {
    // On narrow screens the motion options sit behind an "Options" button.
    const options = page.getByRole('button', { name: 'Options', exact: true });
    if (await options.isVisible()) await options.click();
    await page.getByLabel('Colour by stretch').check();
  },
};

const SHOTS: [name: string, query: string][] = [
  ['anterior', 'view=anterior'],
  ['posterior', 'view=posterior'],
  ['right-lateral', 'view=right'],
  ['oblique', 'view=oblique'],
  ['hip-flexion-90', `view=right&motion=hip_flexion&t=${phaseAtHip(90)}`],
  ['psoas-selected', 'view=anterior&muscle=psoas_major_r&layers=bones,muscles'],
  ['hip-anterior-close', 'muscle=psoas_major_r&layers=bones,muscles'],
  ['hip-posterior-close', 'layers=bones,muscles'],
  ['back-stride', 'view=right&motion=gait&t=0.5&muscle=psoas_major_r&zones=1'],
  ['iliopsoas-front', 'isolate=psoas_major_r,iliacus_r&layers=bones,muscles'],
  ['iliopsoas-side', 'isolate=psoas_major_r,iliacus_r&layers=bones,muscles'],
  ['back-stride-stretch', `view=right&motion=gait&t=${backStridePhase()}&muscle=psoas_major_r&layers=bones,muscles`],
  // Issue 11's region: the femoral triangle (inguinal ligament above; nerve, artery and vein from outside in,
  // on iliopsoas and pectineus, between sartorius and adductor longus).
  [
    'femoral-triangle',
    'layers=bones,muscles,ligaments,nerves,vessels&isolate=psoas_major_r,iliacus_r,pectineus_r,sartorius_r,adductor_longus_r',
  ],
  // The posterior abdominal wall: psoas under the diaphragm's arcuate ligaments, QL to rib 12, the lumbar plexus.
  [
    'posterior-abdominal-wall',
    'layers=bones,muscles,ligaments,nerves&isolate=psoas_major_r,psoas_major_l,quadratus_lumborum_r,quadratus_lumborum_l,iliacus_r,iliacus_l',
  ],
  ['thigh-vasti', 'layers=bones,muscles,fascia'],
  // The back stride: the right hip extended, its iliofemoral ligament (selected) taut in front of the joint.
  ['back-stride-iliofemoral', `motion=gait&t=${backStridePhase()}&layers=bones,ligaments&select=iliofemoral_ligament_r`],
];
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1]?.split(',') : undefined;

if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
mkdirSync('docs/images', { recursive: true });
const served = await serve('dist');
const browser = await launch();
for (const [name, q] of SHOTS.filter(([n]) => !only || only.includes(n))) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    (window as unknown as { myomapTestHooks: boolean }).myomapTestHooks = true;
    // Pictures for the docs are worth the multisampling the viewer skips on a software renderer.
    (window as unknown as { myomapAntialias: boolean }).myomapAntialias = true;
  });
  await page.goto(`${served.url}/?${q}`);
  await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, { timeout: 120_000 });
  // Ligaments, fascia, nerves and vessels come in a chunk of their own once one of their layers is on:
  // wait for them, or their arrival refits the camera after the close view below was set.
  if (/layers=[^&]*(ligaments|fascia|nerves|vessels)/.test(q)) {
    await page.waitForFunction(
      () => (window as unknown as { myomapProbe: { visibleStructures(): string[] } }).myomapProbe.visibleStructures().length > 0,
      null,
      { timeout: 60_000 },
    );
  }
  await SETUP[name]?.(page);
  // Only the model: hide the chrome and let the view fill the page.
  await page.addStyleTag({
    content: '.topbar,.side,.timeline-slot,.disclaimer,.notices,.hover-label{display:none!important}.app{display:block!important}.stage{position:fixed!important;inset:0}',
  });
  const close = CLOSE[name];
  const place = () =>
    page.evaluate(([p, t]) => (window as unknown as { myomapProbe: { camera(p: number[], t: number[]): void } }).myomapProbe.camera(p!, t!), close!);
  // Twice: a selection or isolation turns the camera to its best view, smoothly, after the first frame.
  if (close) await place();
  await page.waitForTimeout(1500);
  if (close) {
    await place();
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: `docs/images/${name}.png` });
  console.log(`docs/images/${name}.png`);
  await page.close();
}
await browser.close();
await served.close();
