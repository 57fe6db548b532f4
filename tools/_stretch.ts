import { neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../src/anatomy/model/kinematics';
import { MOTIONS } from '../src/anatomy/motions';
import { loadBodyMesh } from '../scripts/models/readBody';
import { skinPositions } from '../src/geometry/skin/pose';
import { skinWeights } from '../src/geometry/skin/weights';
const body = await loadBodyMesh();
if (process.argv.includes('--reweight')) { const w = skinWeights(body.positions, body.indices); body.skinJoints = w.joints; body.skinWeights = w.weights; }
for (const [id, ph] of [['hip_flexion', 0.5], ['kneeling_lunge', 0.5], ['hip_flexion', 0.35]] as const) {
  const posed = skinPositions(body, computeFrames(MOTIONS[id].evaluate(ph, neutralPose()), createFrames()));
  const r = body.positions; const out: [number, number][] = [];
  for (let t = 0; t < body.indices.length; t += 3) for (let e = 0; e < 3; e++) {
    const a = body.indices[t + e]! * 3, b = body.indices[t + (e + 1) % 3]! * 3;
    const l0 = Math.hypot(r[a]! - r[b]!, r[a+1]! - r[b+1]!, r[a+2]! - r[b+2]!);
    const l1 = Math.hypot(posed[a]! - posed[b]!, posed[a+1]! - posed[b+1]!, posed[a+2]! - posed[b+2]!);
    if (l0 >= 0.004) out.push([l1 / l0, a / 3]);
  }
  out.sort((x, y) => y[0] - x[0]);
  console.log(id, ph, out.slice(0, 4).map(([s, v]) => `${s.toFixed(2)} @ ${[...r.slice(v * 3, v * 3 + 3)].map((x) => x.toFixed(3))}`).join(' | '), '99.9%', out[Math.floor(out.length * 0.001)]![0].toFixed(2));
}
