/**
 * The trunk from the buttocks to the top of the chest: a loft of horizontal sections (front, back, half
 * breadth, around a centre line that follows the lordosis), with the erector spinae beside the spine,
 * and the navel added on top; the cleft between the buttocks is carved into the whole body (field.ts). Figures: a lean 1.8 m adult
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
  [0.838, -0.095, 0.08, 0.106, 0.156, 0.06, 2.2, 2.2],
  [0.862, -0.085, 0.088, 0.128, 0.165, 0.1, 2.3, 2.2],
  [TROCH[1], -0.08, 0.097, 0.136, TROCH[2] + 0.034, 0.13, 2.4, 2.2],
  [0.92, -0.076, 0.102, 0.132, 0.166, 0.152, 2.6, 2.2],
  [ASIS[1], -0.07, 0.102, 0.118, 0.159, 0.155, 2.8, 2.2],
  [0.985, -0.062, 0.099, 0.104, 0.151, 0.151, 2.7, 2.3],
  [CREST[1], -0.055, 0.097, 0.102, TUBERCLE[2] + 0.013, TUBERCLE[2] + 0.013, 2.6, 2.3],
  [1.09, -0.052, 0.102, 0.103, 0.148, 0.148, 2.5, 2.3],
  [1.14, -0.052, 0.103, 0.108, 0.148, 0.148, 2.4, 2.3],
  [1.19, -0.052, 0.106, 0.112, 0.15, 0.15, 2.3, 2.4],
  [1.24, -0.05, 0.109, 0.116, 0.153, 0.153, 2.2, 2.4],
  [1.29, -0.046, 0.111, 0.121, 0.154, 0.153, 2.1, 2.5],
  // The chest: widest at the nipples, narrowing above the armpits, where the shoulders take over.
  [1.345, -0.043, 0.118, 0.13, 0.16, 0.16, 2.2, 2.6],
  [1.4, -0.043, 0.12, 0.134, 0.156, 0.156, 2.6, 2.6],
  [1.445, -0.046, 0.104, 0.126, 0.138, 0.138, 2.4, 2.6],
  [1.48, -0.05, 0.075, 0.1, 0.11, 0.11, 2.2, 2.4],
];

const CORE = makeLoft(
  ROWS.map(
    ([y, cx, f, b, w, wf, nf, nb]): Section => ({ at: y, c: [cx, 0], r: [f, b, w, w], front: [wf, wf], n: [nf, nb] }),
  ),
  0.03,
);

/** Erector spinae: a column each side of the spinous processes, from the sacrum up between the shoulder blades. */
const SPINOUS = ['l5', 'l4', 'l3', 'l2', 'l1', 't12'].map((v) => lm(`${v}_spinous`));
const S2 = lm('s2_tubercle');
const ERECTOR: [number, number, number][] = [
  [S2[0] + 0.012, S2[1] - 0.03, 0.026],
  [S2[0] + 0.004, S2[1], 0.03],
  ...SPINOUS.map((p): [number, number, number] => [p[0] - 0.002, p[1] + 0.012, 0.033]),
  [-0.138, 1.28, 0.036],
  [-0.142, 1.37, 0.038],
  [-0.136, 1.45, 0.03],
];
const ERECTOR_R = [0.008, 0.018, 0.024, 0.026, 0.027, 0.027, 0.026, 0.025, 0.026, 0.027, 0.02];

function erector(x: number, y: number, az: number): number {
  let d = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < ERECTOR.length; i++) {
    d = Math.min(d, roundCone(x, y, az, ERECTOR[i]!, ERECTOR[i + 1]!, ERECTOR_R[i]!, ERECTOR_R[i + 1]!));
  }
  return d;
}

/**
 * The natal cleft: a thin rounded blade in the midline, from behind the buttocks forward to `front`, that
 * the body field subtracts (field.ts). At the bottom it runs forward into the perineum, so the buttocks
 * part cleanly; higher up it reaches only a few centimetres in, and above the sacrum's tip it stays behind
 * the skin. (Subtracting a shape, rather than pushing the surface in by a depth, leaves no hairline slits
 * where the cleft runs out between the thighs.) Rows: height, front (neutral world x), half-width.
 */
const CLEFT: [y: number, front: number, halfWidth: number][] = [
  [0.75, -0.1, 0.005],
  [0.79, -0.105, 0.005],
  [0.81, -0.128, 0.004],
  [0.83, -0.148, 0.0035],
  [0.86, -0.15, 0.003],
  [0.88, -0.158, 0.0045],
  [0.91, -0.172, 0.006],
  [0.935, -0.176, 0.007],
  [0.96, -0.175, 0.007],
  [0.99, -0.17, 0.006],
];

export function cleftBlade(x: number, y: number, az: number): number {
  if (y >= CLEFT[CLEFT.length - 1]![0] || x > -0.09) return 1;
  let [, front, w] = CLEFT[0]!;
  for (let i = 1; i < CLEFT.length; i++) {
    const [y1, f1, w1] = CLEFT[i]!;
    const [y0, f0, w0] = CLEFT[i - 1]!;
    if (y <= y1 && y >= y0) {
      const t = smoothstep(y0, y1, y);
      front = f0 + (f1 - f0) * t;
      w = w0 + (w1 - w0) * t;
    }
  }
  // Distance to the half-line {z = 0, x ≤ front − w}, less w: a blade with a rounded leading edge.
  const ex = Math.max(x - (front - w), 0);
  return Math.sqrt(ex * ex + az * az) - w;
}

export function trunkDistance(x: number, y: number, z: number): number {
  const az = Math.abs(z);
  let d = loftDistance(CORE, y, x, z);
  d = smin(d, erector(x, y, az), 0.025);
  // Navel: a small dimple in the midline.
  d = smax(d, -ellipsoid(x, y, z, 0.054, 1.085, 0, 0.008, 0.009, 0.007), 0.006);
  return d;
}
