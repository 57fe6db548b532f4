/**
 * Dev tool: where the posed body.glb passes through itself (src/geometry/skin/overlap.ts), at 90° of hip
 * flexion and through the kneeling lunge.   npx tsx tools/skin-overlap.ts [hip_flexion|kneeling_lunge|all] [--reweight]
 */
import { COORDINATE_INDEX, neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../src/anatomy/model/kinematics';
import { MOTIONS, type MotionId } from '../src/anatomy/motions';
import { loadBodyMesh } from '../scripts/models/readBody';
import { selfOverlaps } from '../src/geometry/skin/overlap';
import { skinPositions } from '../src/geometry/skin/pose';
import { skinWeights } from '../src/geometry/skin/weights';

const body = await loadBodyMesh();
const which = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'all';
// --reweight: weights from the current src/geometry/skin/weights.ts, without rebuilding the mesh.
if (process.argv.includes('--reweight')) {
  const w = skinWeights(body.positions, body.indices);
  body.skinJoints = w.joints;
  body.skinWeights = w.weights;
}
const dominant = (v: number) => body.joints[body.skinJoints[v * 4]!]!;

/** The phase of hip_flexion at which the right hip is at `deg` on the way up. */
function hipPhase(deg: number): number {
  let lo = 0;
  let hi = 0.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const v = MOTIONS.hip_flexion.evaluate(mid, neutralPose())[COORDINATE_INDEX.hip_flexion_r]!;
    if (v < deg) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const cases: [MotionId, number, string][] = [];
if (which !== 'kneeling_lunge') for (const d of [60, 90, 105, 120]) cases.push(['hip_flexion', hipPhase(d), `${d}°`]);
if (which !== 'hip_flexion') for (const p of [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875]) cases.push(['kneeling_lunge', p, `phase ${p}`]);
for (const [id, phase, label] of cases) {
  const frames = computeFrames(MOTIONS[id].evaluate(phase, neutralPose()), createFrames());
  const posed = skinPositions(body, frames);
  const t0 = Date.now();
  const hits = selfOverlaps({ rest: body.positions, posed, indices: body.indices }, (v) => body.positions[v * 3 + 1]! < 1.25);
  hits.sort((a, b) => b.depth - a.depth);
  const pairs = new Map<string, number>();
  for (const h of hits) {
    const k = `${dominant(h.vertex)} in ${dominant(body.indices[h.triangle * 3]!)}`;
    pairs.set(k, Math.max(pairs.get(k) ?? 0, h.depth));
  }
  console.log(
    `${id} ${label}: ${hits.length} vertices, worst ${((hits[0]?.depth ?? 0) * 1000).toFixed(1)} mm (${Date.now() - t0} ms)`,
    [...pairs].map(([k, d]) => `${k} ${(d * 1000).toFixed(1)}`).join('; '),
  );
  if (hits[0]) {
    const v = hits[0].vertex;
    console.log('   worst at rest', [...body.positions.slice(v * 3, v * 3 + 3)].map((x) => x.toFixed(3)).join(' '));
  }
}
