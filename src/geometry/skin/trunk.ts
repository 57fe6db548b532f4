/**
 * The trunk from the buttocks to the lower chest: a loft of horizontal sections (front, back, half
 * breadth, around a centre line that follows the lordosis), with the erector spinae beside the spine,
 * the cleft between the buttocks and the navel added on top. Figures: a lean 1.8 m adult
 * male (waist ≈ 28.5 × 20 cm, hips at the trochanters ≈ 33 cm, lower chest ≈ 31 × 23 cm), with the soft
 * tissue over the palpable landmarks as a physiotherapist finds it.
 */
import { lm } from './anchors';
import { makeLoft, loftDistance, type Section } from './loft';
import { ellipsoid, roundCone, smax, smin, smoothstep } from './sdf';

const ASIS = lm('asis_r');
const TROCH = lm('greater_trochanter_r');
const CREST = lm('iliac_crest_top_r');
/** The crest's widest point (its tubercle), which sets the breadth of the waist at the crest's level. */
const TUBERCLE = lm('iliac_tubercle_r');

/** y, centre x, front, back, half breadth (at the sides and behind), half breadth in front, front and back exponents. */
type Row = [
  y: number,
  cx: number,
  front: number,
  back: number,
  half: number,
  halfFront: number,
  nf: number,
  nb: number,
];

const ROWS: Row[] = [
  // The bottom rows hold only the buttocks, behind the thighs; their rounded lower edge is the gluteal
  // fold. In front the pelvis narrows down between the thighs, which draws the groin's oblique crease.
  [0.79, -0.125, 0.035, 0.042, 0.1, 0.03, 2.2, 2.2],
  [0.812, -0.115, 0.055, 0.068, 0.128, 0.035, 2.2, 2.2],
  [0.838, -0.095, 0.08, 0.1, 0.156, 0.06, 2.2, 2.2],
  [0.862, -0.085, 0.088, 0.117, 0.165, 0.1, 2.3, 2.2],
  [TROCH[1], -0.08, 0.097, 0.126, TROCH[2] + 0.031, 0.13, 2.4, 2.2],
  [0.92, -0.076, 0.102, 0.126, 0.165, 0.152, 2.6, 2.2],
  [ASIS[1], -0.07, 0.102, 0.118, 0.159, 0.155, 2.8, 2.2],
  [0.985, -0.062, 0.099, 0.104, 0.151, 0.151, 2.7, 2.3],
  [CREST[1], -0.055, 0.097, 0.099, TUBERCLE[2] + 0.013, TUBERCLE[2] + 0.013, 2.6, 2.3],
  [1.09, -0.052, 0.098, 0.096, 0.142, 0.142, 2.5, 2.3],
  [1.14, -0.052, 0.099, 0.096, 0.141, 0.141, 2.4, 2.3],
  [1.19, -0.052, 0.103, 0.102, 0.145, 0.145, 2.3, 2.4],
  [1.24, -0.05, 0.108, 0.112, 0.15, 0.15, 2.2, 2.4],
  [1.29, -0.046, 0.114, 0.12, 0.154, 0.154, 2.2, 2.5],
  [1.36, -0.042, 0.12, 0.126, 0.157, 0.157, 2.2, 2.5],
];

const CORE = makeLoft(
  ROWS.map(
    ([y, cx, f, b, w, wf, nf, nb]): Section => ({ at: y, c: [cx, 0], r: [f, b, w, w], front: [wf, wf], n: [nf, nb] }),
  ),
  0.03,
);

/** Erector spinae: a column each side of the spinous processes, from the sacrum up past the cut. */
const SPINOUS = ['l5', 'l4', 'l3', 'l2', 'l1', 't12'].map((v) => lm(`${v}_spinous`));
const S2 = lm('s2_tubercle');
const ERECTOR: [number, number, number][] = [
  [S2[0] + 0.012, S2[1] - 0.03, 0.026],
  [S2[0] + 0.004, S2[1], 0.03],
  ...SPINOUS.map((p): [number, number, number] => [p[0] - 0.002, p[1] + 0.012, 0.033]),
  [-0.138, 1.28, 0.036],
  [-0.142, 1.37, 0.038],
];
const ERECTOR_R = [0.008, 0.018, 0.024, 0.026, 0.027, 0.027, 0.026, 0.025, 0.026, 0.027];

function erector(x: number, y: number, az: number): number {
  let d = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < ERECTOR.length; i++) {
    d = Math.min(d, roundCone(x, y, az, ERECTOR[i]!, ERECTOR[i + 1]!, ERECTOR_R[i]!, ERECTOR_R[i + 1]!));
  }
  return d;
}

/**
 * The natal cleft: the skin of the midline pushed in between the buttocks, from the sacrum down to the
 * perineum. A displacement of the surface (depth by height, a narrow bell across the midline) keeps
 * the groove smooth at any mesh resolution. Rows: height, depth, half-width.
 */
const CLEFT: [y: number, depth: number, width: number][] = [
  [0.79, 0.03, 0.014],
  [0.83, 0.04, 0.013],
  [0.88, 0.04, 0.012],
  [0.935, 0.025, 0.01],
  [0.99, 0, 0.008],
];

function cleftDepth(x: number, y: number, az: number): number {
  if (y >= CLEFT[CLEFT.length - 1]![0] || x > -0.105) return 0;
  let depth = CLEFT[0]![1];
  let width = CLEFT[0]![2];
  for (let i = 1; i < CLEFT.length; i++) {
    const [y1, d1, w1] = CLEFT[i]!;
    const [y0, d0, w0] = CLEFT[i - 1]!;
    if (y <= y1 && y >= y0) {
      const t = smoothstep(y0, y1, y);
      depth = d0 + (d1 - d0) * t;
      width = w0 + (w1 - w0) * t;
    }
  }
  // Only the back surface moves: nothing in front of the sacrum and the perineum.
  return depth * Math.exp(-((az / width) ** 2)) * smoothstep(-0.105, -0.14, x);
}

export function trunkDistance(x: number, y: number, z: number): number {
  const az = Math.abs(z);
  let d = loftDistance(CORE, y, x, z);
  d = smin(d, erector(x, y, az), 0.025);
  d += cleftDepth(x, y, az);
  // Navel: a small dimple in the midline.
  d = smax(d, -ellipsoid(x, y, z, 0.054, 1.085, 0, 0.008, 0.009, 0.007), 0.006);
  return d;
}
