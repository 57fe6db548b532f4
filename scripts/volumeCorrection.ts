/**
 * Calibrates src/geometry/bodies/volumeCorrection.json: for each muscle body whose drawn volume leaves
 * ±NEEDS in some motion, the belly factor that brings it back (the exact solver of bodyVolumes.ts, at
 * PHASES phases of every motion), as a piecewise-linear table in one cheap key the poser has each frame:
 * the mean stretch L/L₀ of its fibres, or, for a body whose loss follows the bend at the hip rather than
 * its length (pectineus, obturator externus: the same stretch needs different factors in different
 * motions), the hip flexion of its side. The key with the smaller worst residual is kept.
 * Run with `npx tsx scripts/volumeCorrection.ts`; tests/unit/volumeCorrection.test.ts fails when the file
 * no longer matches the models or the posing code it was calibrated from.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { COORDINATE_INDEX, type CoordinateName, neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../src/anatomy/model/kinematics';
import { MOTION_IDS, MOTIONS } from '../src/anatomy/motions';
import { BodyVolume, relativeVolume, solveFactor } from '../src/geometry/bodies/bodyVolumes';
import type { VolumeCorrectionFile, VolumeKey } from '../src/geometry/bodies/volumeCorrection';
import { loadMuscleBodies } from './models/loadMuscleBodies';
import { sourceHash } from './lib/sourceHash';

export const VOLUME_CORRECTION_FILE = 'src/geometry/bodies/volumeCorrection.json';
const MODELS_FILE = 'public/models/muscles.glb';
/** What the calibration depends on besides the model: the posing, the deformation and the motions. */
const CODE = [
  'src/anatomy/motions',
  'src/anatomy/model',
  'src/anatomy/path',
  'src/anatomy/muscles/paths',
  'src/geometry/bodies/binding.ts',
  'src/geometry/bodies/bodyGeometry.ts',
  'src/geometry/bodies/bodyVolumes.ts',
  'src/geometry/bodies/deform.ts',
  'src/geometry/bodies/pathPoser.ts',
  'src/geometry/bodies/quat.ts',
  'src/geometry/bodies/stations.ts',
  'scripts/volumeCorrection.ts',
];
const PHASES = 40;
/**
 * Only a body leaving ±NEEDS somewhere is corrected, back to the edge of a band (as in the exact solve:
 * bodies are thickened no more than needed, since a thicker body sinks deeper into bone). The band starts
 * at ±NEEDS and narrows by BAND_STEP until the table's worst residual over all samples is within ±WORST
 * (inside issue 10's ±10 %, leaving room for the lookup's error).
 */
const NEEDS = 0.09;
const BAND_STEP = 0.005;
const WORST = 0.095;
/** Knot spacing per key. */
const STEP: Record<VolumeKey, number> = { stretch: 0.02, hip_flexion: 10 };

/** The hashes of what the tables are calibrated from. */
export function volumeCorrectionSource(): { models: string; code: string } {
  return {
    models: createHash('sha256').update(readFileSync(MODELS_FILE)).digest('hex').slice(0, 16),
    code: sourceHash(CODE),
  };
}

interface Sample {
  motion: string;
  key: Record<VolumeKey, number>;
  /** V(k)/V₀ as a cubic in k. */
  c: number[];
}

/** Every body's samples, by muscle name (both sides together). */
async function samples(): Promise<Map<string, Sample[]>> {
  const loaded = await loadMuscleBodies();
  const poser = loaded.poser;
  poser.keepVolumes = false;
  const volumes = loaded.bodies.map(
    (b) => new BodyVolume(b.rows, b.bound.binding, b.bound.positions, b.bound.geometry.index!.array),
  );
  const pose = neutralPose();
  const frames = createFrames();
  const c = new Float64Array(4);
  const out = new Map<string, Sample[]>();
  for (const motion of MOTION_IDS) {
    for (let i = 0; i < PHASES; i++) {
      MOTIONS[motion].evaluate(i / PHASES, pose);
      computeFrames(pose, frames);
      poser.update(frames, pose);
      loaded.bodies.forEach((b, n) => {
        volumes[n]!.cubic(poser.data, poser.rigid, poser.belly, c);
        let stretch = 0;
        for (const r of b.rows) stretch += poser.length[r]! / poser.restLength[r]!;
        const hip = pose[COORDINATE_INDEX[`hip_flexion_${b.muscle.side}` as CoordinateName]]!;
        const list = out.get(b.muscle.name) ?? [];
        list.push({ motion, key: { stretch: stretch / b.rows.length, hip_flexion: hip }, c: [...c] });
        out.set(b.muscle.name, list);
      });
    }
  }
  return out;
}

/** The factor a sample needs: none inside the band, else to the band's edge. */
function needed(s: Sample, band: number): number {
  const v = relativeVolume(s.c, 1);
  if (Math.abs(v - 1) <= band) return 1;
  return solveFactor(s.c, v < 1 ? 1 - band : 1 + band);
}

/** Knots by kernel average of the needed factors (each sample weighs its two knots by the hat functions). */
function fitTable(list: Sample[], key: VolumeKey, band: number): { x: number[]; k: number[] } {
  const xs = list.map((s) => s.key[key]);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const n = Math.max(2, Math.ceil((hi - lo) / STEP[key]) + 1);
  const knots = Array.from({ length: n }, (_, j) => lo + ((hi - lo) * j) / (n - 1));
  const sum = new Float64Array(n);
  const weight = new Float64Array(n);
  list.forEach((s, i) => {
    const t = hi > lo ? ((xs[i]! - lo) / (hi - lo)) * (n - 1) : 0;
    const j = Math.min(n - 2, Math.floor(t));
    const f = t - j;
    const k = needed(s, band);
    sum[j] = sum[j]! + (1 - f) * k;
    weight[j] = weight[j]! + 1 - f;
    sum[j + 1] = sum[j + 1]! + f * k;
    weight[j + 1] = weight[j + 1]! + f;
  });
  const x: number[] = [];
  const k: number[] = [];
  for (let j = 0; j < n; j++) {
    if (weight[j]! < 1e-6) continue;
    x.push(Number(knots[j]!.toFixed(4)));
    k.push(Number((sum[j]! / weight[j]!).toFixed(4)));
  }
  return { x, k };
}

/** The looked-up factor (as the poser does it). */
function lookUp(x: number[], k: number[], at: number): number {
  if (at <= x[0]!) return k[0]!;
  if (at >= x[x.length - 1]!) return k[k.length - 1]!;
  let i = 1;
  while (x[i]! < at) i++;
  return k[i - 1]! + ((k[i]! - k[i - 1]!) * (at - x[i - 1]!)) / (x[i]! - x[i - 1]!);
}

/** Worst relative volume change per motion with the table. */
function residuals(list: Sample[], key: VolumeKey, t: { x: number[]; k: number[] }): Record<string, number> {
  const worst: Record<string, number> = {};
  for (const s of list) {
    const r = relativeVolume(s.c, lookUp(t.x, t.k, s.key[key])) - 1;
    if (Math.abs(r) > Math.abs(worst[s.motion] ?? 0)) worst[s.motion] = r;
  }
  return worst;
}

const worstOf = (r: Record<string, number>) => Math.max(...Object.values(r).map(Math.abs));

export async function volumeCorrectionFile(log = false): Promise<VolumeCorrectionFile> {
  const bodies: VolumeCorrectionFile['bodies'] = {};
  for (const [name, list] of [...(await samples())].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.every((s) => Math.abs(relativeVolume(s.c, 1) - 1) <= NEEDS)) continue;
    let band = NEEDS;
    let fits: { key: VolumeKey; t: { x: number[]; k: number[] }; r: Record<string, number> }[] = [];
    let best: (typeof fits)[number];
    do {
      fits = (['stretch', 'hip_flexion'] as const).map((key) => {
        const t = fitTable(list, key, band);
        return { key, t, r: residuals(list, key, t) };
      });
      best = fits.reduce((a, b) => (worstOf(b.r) < worstOf(a.r) ? b : a));
      band -= BAND_STEP;
    } while (worstOf(best.r) > WORST && band > 0.02);
    bodies[name] = { key: best.key, x: best.t.x, factor: best.t.k };
    if (log) {
      const uncorrected = residuals(list, 'stretch', { x: [0], k: [1] });
      const show = (r: Record<string, number>) =>
        Object.entries(r)
          .map(([m, v]) => `${m} ${(v * 100).toFixed(1)}`)
          .join(', ');
      console.log(`${name}: uncorrected ${show(uncorrected)}; band ±${((band + BAND_STEP) * 100).toFixed(1)} %`);
      for (const f of fits) console.log(`  ${f.key}${f === best ? ' (kept)' : ''}: ${show(f.r)}`);
    }
  }
  return { source: volumeCorrectionSource(), bodies };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await volumeCorrectionFile(true);
  const about = 'Generated by `npx tsx scripts/volumeCorrection.ts` from public/models/muscles.glb. Do not edit.';
  writeFileSync(VOLUME_CORRECTION_FILE, `${JSON.stringify({ about, ...file }, null, 2)}\n`);
}
