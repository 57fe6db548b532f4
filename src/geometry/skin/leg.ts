/**
 * The right leg from the groin to the ankle (the left mirrors z): a loft of horizontal sections around
 * the femur and tibia lines (quadriceps in front, hamstrings and calf behind, adductors inside, the
 * flat iliotibial band outside), with the kneecap and the patellar tendon down to the tibial
 * tuberosity, the heads of gastrocnemius, vastus medialis and the malleoli added where they show. Figures: a lean 1.8 m adult
 * male (mid-thigh ≈ 15 × 16 cm, knee ≈ 10 × 12 cm, calf ≈ 11 × 12.5 cm, ankle ≈ 6.5 × 8 cm).
 */
import { KNEE, lm } from './anchors';
import { ellipsoid, roundCone, smin } from './sdf';
import { makeLoft, loftDistance, type Section } from './loft';

/** y, centre x, centre z, front, back, lateral, medial, front and back exponents. */
type Row = [y: number, cx: number, cz: number, f: number, b: number, lat: number, med: number, nf: number, nb: number];

const K = KNEE[1];

const ROWS: Row[] = [
  [0.04, -0.085, 0.086, 0.036, 0.042, 0.036, 0.034, 2.2, 2.2],
  [0.075, -0.086, 0.086, 0.038, 0.045, 0.038, 0.035, 2.2, 2.2],
  [0.11, -0.087, 0.085, 0.037, 0.048, 0.041, 0.033, 2.2, 2.2],
  [0.18, -0.092, 0.084, 0.041, 0.053, 0.042, 0.041, 2.5, 2.2],
  [0.26, -0.1, 0.085, 0.051, 0.055, 0.044, 0.045, 2.6, 2.2],
  [0.33, -0.105, 0.085, 0.057, 0.057, 0.046, 0.049, 2.6, 2.2],
  [0.38, -0.102, 0.085, 0.059, 0.058, 0.047, 0.049, 2.6, 2.2],
  [K - 0.068, -0.094, 0.084, 0.058, 0.058, 0.047, 0.053, 2.5, 2.2],
  // The joint line: the patellar ligament in front, on its way down to the tuberosity.
  [K, -0.07, 0.082, 0.05, 0.052, 0.047, 0.049, 2.3, 2.3],
  // The narrowest section of the knee, over the middle of the patella (≈ 2 cm above the joint line).
  [K + 0.02, -0.062, 0.082, 0.062, 0.06, 0.047, 0.049, 2.3, 2.3],
  [K + 0.062, -0.07, 0.086, 0.07, 0.08, 0.06, 0.059, 2.2, 2.2],
  [0.62, -0.072, 0.09, 0.083, 0.078, 0.071, 0.062, 2.2, 2.2],
  [0.69, -0.074, 0.094, 0.09, 0.086, 0.079, 0.076, 2.2, 2.2],
  [0.76, -0.074, 0.098, 0.091, 0.092, 0.078, 0.082, 2.2, 2.2],
  [0.82, -0.072, 0.097, 0.087, 0.095, 0.078, 0.078, 2.2, 2.2],
  [0.9, -0.072, 0.094, 0.075, 0.085, 0.07, 0.07, 2.2, 2.2],
  [1.0, -0.072, 0.09, 0.05, 0.06, 0.05, 0.05, 2.2, 2.2],
];

const LOFT = makeLoft(
  ROWS.map(
    ([y, cx, cz, f, b, lat, med, nf, nb]): Section => ({ at: y, c: [cx, cz], r: [f, b, lat, med], n: [nf, nb] }),
  ),
  0.02,
);

const PB = lm('patella_base_r');
const PA = lm('patella_apex_r');
const TT = lm('tibial_tuberosity_r');
const MM = lm('medial_malleolus_r');
const LM = lm('lateral_malleolus_r');

/** Right leg, signed distance. */
export function legDistance(x: number, y: number, z: number): number {
  let d = loftDistance(LOFT, y, x, z);
  // Kneecap, about 1 cm of skin over the front of the patella, and the patellar tendon below it.
  d = smin(d, ellipsoid(x, y, z, (PB[0] + PA[0]) / 2 - 0.006, (PB[1] + PA[1]) / 2, PB[2], 0.026, 0.034, 0.028), 0.02);
  d = smin(
    d,
    roundCone(x, y, z, [PA[0] - 0.006, PA[1], PA[2]], [TT[0], TT[1], TT[2]], 0.014, 0.011),
    0.032,
  );
  // Heads of gastrocnemius: the medial one bigger and lower.
  d = smin(d, ellipsoid(x, y, z, -0.126, 0.335, 0.066, 0.03, 0.068, 0.028), 0.035);
  d = smin(d, ellipsoid(x, y, z, -0.124, 0.36, 0.103, 0.027, 0.058, 0.023), 0.035);
  // Vastus medialis, the teardrop above the inner knee.
  d = smin(d, ellipsoid(x, y, z, -0.045, K + 0.075, 0.052, 0.034, 0.06, 0.028), 0.03);
  // Malleoli, a few millimetres under the skin.
  d = smin(d, ellipsoid(x, y, z, MM[0], MM[1], MM[2] + 0.004, 0.012, 0.014, 0.01), 0.008);
  d = smin(d, ellipsoid(x, y, z, LM[0], LM[1], LM[2] - 0.004, 0.012, 0.015, 0.01), 0.008);
  return d;
}
