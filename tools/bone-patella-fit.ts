/**
 * Dev: fit the patella's path over knee flexion to the bones (the table PATELLA_PATH in
 * src/anatomy/model/joints.ts). At each knee angle the patella (its pose in the tibia frame: x, y and a
 * rotation about the knee axis) is placed so that
 *   - the patellar ligament keeps its length (patella apex → tibial tuberosity, as at full extension),
 *   - its articular surface hugs the femur (mean gap of the articular points ≈ 1 mm), and
 *   - it does not sink into the femur (no point more than 0.3 mm inside),
 * by Nelder–Mead from the previous angle's answer. Prints the table to paste into joints.ts.
 *   npx tsx tools/bone-patella-fit.ts
 */
import { poseFrom } from '../src/anatomy/model/coordinates';
import { JOINT_OF } from '../src/anatomy/model/joints';
import { computeFrames, toSegment, toWorld } from '../src/anatomy/model/kinematics';
import { landmark } from '../src/anatomy/model/landmarks';
import { boneField } from '../src/geometry/bones';
import { insidePoint, surfacePoints, type V } from '../tests/unit/bonesMeasure';

const femur = (p: V) => boneField('femur_r', p[0], p[1], p[2]);
const patellaPts = surfacePoints('patella_r', insidePoint('patella_r'), 700);
const apex = landmark('patella_apex_r').at as V;
const tt = landmark('tibial_tuberosity_r').at as V;
// Articular points: the back of the patella above its apex (normal pointing back, by a small probe).
const articular = patellaPts.filter((p) => {
  const n = boneField('patella_r', p[0] + 0.001, p[1], p[2]) - boneField('patella_r', p[0] - 0.001, p[1], p[2]);
  return n > 0.0008 && p[1] > apex[1] + 0.009;
});
const zOffset = JOINT_OF.patella_r!.location[2];

/** Patella points in the femur frame for knee angle k (deg) and patella pose (x, y, φ) in the tibia frame. */
function place(k: number, pose: [number, number, number], pts: V[]): V[] {
  const frames = computeFrames(poseFrom({ knee_angle_r: k }));
  const [x, y, phi] = pose;
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  return pts.map((p) => {
    const t: V = [c * p[0] - s * p[1] + x, s * p[0] + c * p[1] + y, p[2] + zOffset];
    return toSegment(frames, 'femur_r', toWorld(frames, 'tibia_r', t)) as V;
  });
}

function ligament(pose: [number, number, number]): number {
  const [x, y, phi] = pose;
  const a: V = [Math.cos(phi) * apex[0] - Math.sin(phi) * apex[1] + x, Math.sin(phi) * apex[0] + Math.cos(phi) * apex[1] + y, 0];
  return Math.hypot(a[0] - tt[0], a[1] - tt[1]);
}

/** gait2392's rectus femoris insertion at full extension (tibia frame): the patella base there. */
const start: [number, number, number] = [0.0617576, 0.020984, 0];
const L0 = ligament(start);
const GAP = 0.001;

let previousPhi = 0;
function cost(k: number, pose: [number, number, number]): number {
  const art = place(k, pose, articular).map((q) => -femur(q));
  const all = place(k, pose, patellaPts).map((q) => femur(q));
  const mean = art.reduce((s, g) => s + Math.min(g, 0.006), 0) / art.length;
  const deepest = Math.max(...all);
  const lig = ligament(pose) - L0;
  // The patella flexes about a quarter less than the tibia, so relative to the tibia it turns forward by
  // ≈ 0.25 × the knee angle (patellar flexion ≈ 0.7–0.8 × knee flexion; recalled); kept near that.
  const turn = (pose[2] + 0.25 * ((k * Math.PI) / 180)) * 0.01 + (pose[2] - previousPhi) * 0.002;
  return (mean - GAP) ** 2 * 4 + lig ** 2 * 10 + Math.max(0, deepest + 0.0003) ** 2 * 400 + turn ** 2;
}

function nelderMead(f: (p: [number, number, number]) => number, x0: [number, number, number], steps: [number, number, number]) {
  let simplex: [number, number, number][] = [x0, ...[0, 1, 2].map((i) => x0.map((v, j) => (j === i ? v + steps[i]! : v)) as [number, number, number])];
  let values = simplex.map(f);
  for (let it = 0; it < 400; it++) {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    simplex = order.map(([, i]) => simplex[i]!);
    values = order.map(([v]) => v);
    const c = [0, 1, 2].map((j) => (simplex[0]![j]! + simplex[1]![j]! + simplex[2]![j]!) / 3) as [number, number, number];
    const worst = simplex[3]!;
    const at = (t: number) => c.map((v, j) => v + t * (v - worst[j]!)) as [number, number, number];
    const r = at(1);
    const fr = f(r);
    if (fr < values[0]!) {
      const e = at(2);
      const fe = f(e);
      [simplex[3], values[3]] = fe < fr ? [e, fe] : [r, fr];
    } else if (fr < values[2]!) {
      [simplex[3], values[3]] = [r, fr];
    } else {
      const ct = at(-0.5);
      const fc = f(ct);
      if (fc < values[3]!) [simplex[3], values[3]] = [ct, fc];
      else {
        simplex = simplex.map((p) => p.map((v, j) => simplex[0]![j]! + 0.5 * (v - simplex[0]![j]!)) as [number, number, number]);
        values = simplex.map(f);
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return simplex[best]!;
}

const rows: string[] = [];
let pose = start;
for (const k of [10, 0, -10, -20, -30, -40, -50, -60, -70, -80, -90, -100, -110, -120]) {
  if (k === 10) {
    pose = nelderMead((p) => cost(k, p), start, [0.003, 0.003, 0.05]);
  } else if (k === 0) {
    // At full extension the base stays on gait2392's rectus femoris insertion: only the tilt is fitted.
    const tilt = nelderMead((p) => cost(k, [start[0], start[1], p[2]]), start, [0, 0, 0.05])[2];
    pose = [start[0], start[1], tilt];
  } else {
    pose = nelderMead((p) => cost(k, p), pose, [0.003, 0.003, 0.05]);
  }
  previousPhi = pose[2];
  const gaps = place(k, pose, patellaPts).map((q) => -femur(q));
  rows.push(
    `  [${k}, ${pose[0].toFixed(5)}, ${pose[1].toFixed(5)}, ${((pose[2] * 180) / Math.PI).toFixed(2)}], // gap ${(Math.min(...gaps) * 1000).toFixed(1)} mm, ligament ${((ligament(pose) - L0) * 1000).toFixed(1)} mm`,
  );
  if (k === 10) {
    pose = start;
    previousPhi = 0;
  }
}
console.log(`ligament ${(L0 * 1000).toFixed(1)} mm, ${articular.length} articular points`);
console.log(rows.join('\n'));
