import { COORDINATE_INDEX, neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../src/anatomy/model/kinematics';
import { MOTIONS } from '../src/anatomy/motions';
import { loadBodyMesh } from '../scripts/models/readBody';
import { selfOverlaps } from '../src/geometry/skin/overlap';
import { skinPositions } from '../src/geometry/skin/pose';
const body = await loadBodyMesh();
if (process.argv.includes('--reweight')) { const w = (await import('../src/geometry/skin/weights')).skinWeights(body.positions, body.indices); body.skinJoints = w.joints; body.skinWeights = w.weights; }
const phase = Number(process.argv[2] ?? 0.35);
const id = (process.argv[3] ?? 'hip_flexion') as 'hip_flexion';
const frames = computeFrames(MOTIONS[id].evaluate(phase, neutralPose()), createFrames());
const posed = skinPositions(body, frames);
const hits = selfOverlaps({ rest: body.positions, posed, indices: body.indices }, (v) => body.positions[v * 3 + 1]! < 1.25);
const f = (a: ArrayLike<number>, i: number) => [a[i * 3]!, a[i * 3 + 1]!, a[i * 3 + 2]!].map((x) => x.toFixed(3)).join(',');
for (const h of hits.sort((a, b) => b.depth - a.depth).slice(0, 12)) {
  const w = [0, 1, 2, 3].map((k) => `${body.joints[body.skinJoints[h.vertex * 4 + k]!]}:${body.skinWeights[h.vertex * 4 + k]!.toFixed(2)}`).join(' ');
  const t = body.indices[h.triangle * 3]!;
  const wt = [0, 1].map((k) => `${body.joints[body.skinJoints[t * 4 + k]!]}:${body.skinWeights[t * 4 + k]!.toFixed(2)}`).join(' ');
  console.log((h.depth * 1000).toFixed(1), 'v rest', f(body.positions, h.vertex), 'posed', f(posed, h.vertex), w, '| tri rest', f(body.positions, t), 'posed', f(posed, t), wt);
}
