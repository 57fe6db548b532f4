/**
 * Dev: fit the patella's path over knee flexion to the bones (the table PATELLA_PATH in
 * src/anatomy/model/joints.ts). The patella's pose in the tibia frame is x, y and a tilt about the knee
 * axis. The tilt follows a straight line in the knee angle: the patella flexes about three-quarters as
 * far as the tibia, so relative to the tibia it turns forward by 0.25 × the knee flexion (patellar flexion
 * ≈ 0.7–0.8 × knee flexion; recalled), from its fitted tilt at full extension. At every 5° from +10° to
 * −120° the base is then placed (x, y, by Nelder–Mead from the previous angle's answer) so that
 *   - the patellar ligament keeps its length (patella apex → tibial tuberosity, as at full extension), and
 *   - the patella's nearest point lies GAP off the femur (on the trochlea, then the condyles).
 * Those placements wobble by a few tenths of a millimetre with the surface points that touch, and the
 * quadriceps' moment arms (the derivative of the path) wobble with them; so x and y are least-squares
 * fitted by polynomials of degree DEGREE in the knee angle, through the base's place at full extension,
 * and the table is read off those. Prints the table to paste into joints.ts, with the
 * smoothed path's gap and ligament error per row.
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
const rad = (deg: number) => (deg * Math.PI) / 180;

type Pose3 = [x: number, y: number, phi: number];

/** Patella points in the femur frame for knee angle k (deg) and patella pose (x, y, φ) in the tibia frame. */
function place(k: number, pose: Pose3, pts: V[]): V[] {
  const frames = computeFrames(poseFrom({ knee_angle_r: k }));
  const [x, y, phi] = pose;
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  return pts.map((p) => {
    const t: V = [c * p[0] - s * p[1] + x, s * p[0] + c * p[1] + y, p[2] + zOffset];
    return toSegment(frames, 'femur_r', toWorld(frames, 'tibia_r', t)) as V;
  });
}

function ligament(pose: Pose3): number {
  const [x, y, phi] = pose;
  const a: V = [
    Math.cos(phi) * apex[0] - Math.sin(phi) * apex[1] + x,
    Math.sin(phi) * apex[0] + Math.cos(phi) * apex[1] + y,
    0,
  ];
  return Math.hypot(a[0] - tt[0], a[1] - tt[1]);
}

/** Nearest approach of the patella to the femur (m; negative: it sinks in). */
const gapOf = (k: number, pose: Pose3) => -Math.max(...place(k, pose, patellaPts).map(femur));

/**
 * The patella base at full extension (tibia frame): gait2392's rectus femoris insertion raised 25 mm.
 * At gait2392's own height the apex sits at the joint line, and by 90° of flexion the patella has rolled
 * under these condyles so that the quadriceps' moment arm collapses (joints.ts, PATELLA_PATH).
 */
const start: Pose3 = [0.0617576, 0.045984, 0];
const GAP = 0.0005;
const DEGREE = 4;

function nelderMead<P extends number[]>(f: (p: P) => number, x0: P, steps: number[], iterations = 300): P {
  const n = x0.length;
  let simplex: P[] = [x0, ...steps.map((st, i) => x0.map((v, j) => (j === i ? v + st : v)) as P)];
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    simplex = order.map(([, i]) => simplex[i]!);
    values = order.map(([v]) => v);
    const c = x0.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j]!, 0) / n);
    const worst = simplex[n]!;
    const at = (t: number) => c.map((v, j) => v + t * (v - worst[j]!)) as P;
    const r = at(1);
    const fr = f(r);
    if (fr < values[0]!) {
      const e = at(2);
      const fe = f(e);
      [simplex[n], values[n]] = fe < fr ? [e, fe] : [r, fr];
    } else if (fr < values[n - 1]!) {
      [simplex[n], values[n]] = [r, fr];
    } else {
      const ct = at(-0.5);
      const fc = f(ct);
      if (fc < values[n]!) [simplex[n], values[n]] = [ct, fc];
      else {
        simplex = simplex.map((p) => p.map((v, j) => simplex[0]![j]! + 0.5 * (v - simplex[0]![j]!)) as P);
        values = simplex.map(f);
      }
    }
  }
  return simplex[values.indexOf(Math.min(...values))]!;
}

// At full extension the base stays on gait2392's insertion; its tilt hugs the trochlea (mean gap of the
// articular points ≈ 1 mm, none sunk in more than 0.3 mm).
const tilt0 = nelderMead(
  ([phi]: [number]) => {
    const art = place(0, [start[0], start[1], phi], articular).map((q) => -femur(q));
    const mean = art.reduce((s, g) => s + Math.min(g, 0.006), 0) / art.length;
    return (mean - 0.001) ** 2 * 4 + Math.max(0, 0.0003 - gapOf(0, [start[0], start[1], phi])) ** 2 * 400;
  },
  [0],
  [0.05],
)[0];
/** The patellar ligament's length at full extension, kept through flexion. */
const L0 = ligament([start[0], start[1], tilt0]);
/** The tilt (rad) relative to the tibia at knee angle k (deg). */
const tiltAt = (k: number) => tilt0 - 0.25 * rad(k);

// Placements every 5°, from full extension outwards both ways.
const placed = new Map<number, Pose3>([[0, [start[0], start[1], tiltAt(0)]]]);
for (const ks of [[5, 10], Array.from({ length: 24 }, (_, i) => -5 * (i + 1))]) {
  let xy: [number, number] = [start[0], start[1]];
  for (const k of ks) {
    const phi = tiltAt(k);
    xy = nelderMead(
      ([x, y]: [number, number]) => (gapOf(k, [x, y, phi]) - GAP) ** 2 + (ligament([x, y, phi]) - L0) ** 2,
      xy,
      [0.002, 0.002],
    );
    placed.set(k, [xy[0], xy[1], phi]);
  }
}

/** Least-squares polynomial through (0, v0): v(k) = v0 + Σ a_j (k/120)^j, j = 1…DEGREE. */
function smooth(ks: number[], vs: number[], v0: number): (k: number) => number {
  const m = DEGREE;
  const A = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0));
  for (let i = 0; i < ks.length; i++) {
    const t = ks[i]! / 120;
    const row = Array.from({ length: m }, (_, j) => t ** (j + 1));
    for (let r = 0; r < m; r++) {
      for (let c = 0; c < m; c++) A[r]![c]! += row[r]! * row[c]!;
      A[r]![m]! += row[r]! * (vs[i]! - v0);
    }
  }
  // Gauss–Jordan on the normal equations.
  for (let c = 0; c < m; c++) {
    const p = A.slice(c).reduce((best, row, i) => (Math.abs(row[c]!) > Math.abs(A[best]![c]!) ? c + i : best), c);
    [A[c], A[p]] = [A[p]!, A[c]!];
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / A[c]![c]!;
      for (let j = c; j <= m; j++) A[r]![j]! -= f * A[c]![j]!;
    }
  }
  const a = A.map((row, i) => row[m]! / row[i]!);
  return (k: number) => v0 + a.reduce((s, aj, j) => s + aj * (k / 120) ** (j + 1), 0);
}

const ks = [...placed.keys()].sort((a, b) => a - b);
const xs = smooth(
  ks,
  ks.map((k) => placed.get(k)![0]),
  start[0],
);
const ys = smooth(
  ks,
  ks.map((k) => placed.get(k)![1]),
  start[1],
);

const rows: string[] = [];
let worst = 0;
for (const k of ks) {
  const raw = placed.get(k)!;
  const pose: Pose3 = [xs(k), ys(k), tiltAt(k)];
  worst = Math.max(worst, Math.hypot(pose[0] - raw[0], pose[1] - raw[1]));
  if (k % 10 !== 0) continue;
  const xy = k === 0 ? `${start[0]}, ${start[1]}` : `${pose[0].toFixed(5)}, ${pose[1].toFixed(5)}`;
  rows.push(
    `  [${k}, ${xy}, ${((pose[2] * 180) / Math.PI).toFixed(2)}], // gap ${(gapOf(k, pose) * 1000).toFixed(1)} mm, ligament ${((ligament(pose) - L0) * 1000).toFixed(1)} mm`,
  );
}
console.log(
  `ligament ${(L0 * 1000).toFixed(1)} mm, ${articular.length} articular points; smoothing moves the placements ≤ ${(worst * 1000).toFixed(2)} mm`,
);
console.log(rows.reverse().join('\n'));
