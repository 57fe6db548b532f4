/**
 * Dev report: how far muscle bodies pass into one another, in standing and at a few phases of each
 * motion, posed as the app poses them. For every pair of bodies whose boxes meet, the vertices of one
 * that lie inside the other (by ray parity) and how deep (distance to the other's nearest vertex).
 *   npx tsx tools/muscle-overlap.ts [min depth mm, default 3]
 */
import { neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames } from '../src/anatomy/model/kinematics';
import { MOTION_IDS, MOTIONS } from '../src/anatomy/motions';
import { deformBody } from '../src/geometry/bodies/deform';
import { loadMuscleBodies } from '../scripts/models/loadMuscleBodies';

const minDepth = Number(process.argv[2] ?? 3) / 1000;
const { poser, bodies } = await loadMuscleBodies();
const posed = bodies.map((b) => new Float32Array(b.bound.positions.length));

function box(p: Float32Array) {
  const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let i = 0; i < p.length; i++) {
    b[i % 3] = Math.min(b[i % 3]!, p[i]!);
    b[(i % 3) + 3] = Math.max(b[(i % 3) + 3]!, p[i]!);
  }
  return b;
}

/** Inside a closed mesh: crossings of the +x ray from the point. */
function inside(p: Float32Array, idx: Uint32Array, x: number, y: number, z: number): boolean {
  let n = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3;
    const b = idx[t + 1]! * 3;
    const c = idx[t + 2]! * 3;
    const d = (p[b + 2]! - p[c + 2]!) * (p[a + 1]! - p[c + 1]!) + (p[c + 1]! - p[b + 1]!) * (p[a + 2]! - p[c + 2]!);
    if (Math.abs(d) < 1e-16) continue;
    const u = ((p[b + 2]! - p[c + 2]!) * (y - p[c + 1]!) + (p[c + 1]! - p[b + 1]!) * (z - p[c + 2]!)) / d;
    const v = ((p[c + 2]! - p[a + 2]!) * (y - p[c + 1]!) + (p[a + 1]! - p[c + 1]!) * (z - p[c + 2]!)) / d;
    if (u < 0 || v < 0 || u + v > 1) continue;
    if (u * p[a]! + v * p[b]! + (1 - u - v) * p[c]! > x) n++;
  }
  return n % 2 === 1;
}

const worst = new Map<string, { depth: number; where: string }>();
const poses: [string, number][] = [['standing', 0], ...MOTION_IDS.flatMap((m) => [0.25, 0.5, 0.75].map((t) => [m, t] as [string, number]))];
for (const [name, t] of poses) {
  const pose = neutralPose();
  if (name !== 'standing') MOTIONS[name as keyof typeof MOTIONS].evaluate(t, pose);
  poser.update(computeFrames(pose), pose);
  bodies.forEach((b, k) => {
    deformBody(poser.data, b.bound.binding, posed[k]!);
  });
  const boxes = posed.map(box);
  for (let i = 0; i < bodies.length; i++) {
    for (let j = 0; j < bodies.length; j++) {
      if (i === j) continue;
      const A = boxes[i]!;
      const B = boxes[j]!;
      if (A[0]! > B[3]! || B[0]! > A[3]! || A[1]! > B[4]! || B[1]! > A[4]! || A[2]! > B[5]! || B[2]! > A[5]!) continue;
      const pa = posed[i]!;
      const pb = posed[j]!;
      let deepest = 0;
      for (let v = 0; v < pa.length; v += 3) {
        const x = pa[v]!;
        const y = pa[v + 1]!;
        const z = pa[v + 2]!;
        if (x < B[0]! || x > B[3]! || y < B[1]! || y > B[4]! || z < B[2]! || z > B[5]!) continue;
        if (!inside(pb, bodies[j]!.indices, x, y, z)) continue;
        let d = Infinity;
        for (let w = 0; w < pb.length; w += 3) d = Math.min(d, (pb[w]! - x) ** 2 + (pb[w + 1]! - y) ** 2 + (pb[w + 2]! - z) ** 2);
        deepest = Math.max(deepest, Math.sqrt(d));
      }
      const key = `${bodies[i]!.muscle.id} in ${bodies[j]!.muscle.id}`;
      if (deepest > (worst.get(key)?.depth ?? minDepth)) worst.set(key, { depth: deepest, where: name === 'standing' ? name : `${name} ${t}` });
    }
  }
}
const rows = [...worst].filter(([k]) => k.includes('_r in')).sort((a, b) => b[1].depth - a[1].depth);
for (const [k, w] of rows) console.log(`${(w.depth * 1000).toFixed(1).padStart(5)} mm  ${k}  (${w.where})`);
console.log(`${rows.length} pairs (right side) pass more than ${(minDepth * 1000).toFixed(0)} mm into one another`);
