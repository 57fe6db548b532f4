/**
 * The right foot (the left mirrors z): a loft of sections along its length, heel to toes, with a flat
 * sole on the floor under the heel and the ball, the medial arch lifted off it and the toes rising
 * a little towards their tips. Figures: foot length ≈ 27.5 cm, breadth at the
 * metatarsal heads ≈ 10 cm, heel ≈ 6.5 cm; the instep ≈ 8 cm high at the ankle.
 */
import { ellipsoid, smax } from './sdf';
import { makeLoft, loftDistance, type Section } from './loft';

/** x, centre y, centre z, top, bottom, lateral, medial, top and bottom exponents. */
type Row = [
  x: number,
  cy: number,
  cz: number,
  top: number,
  bottom: number,
  lat: number,
  med: number,
  nt: number,
  nb: number,
];

const ROWS: Row[] = [
  [-0.148, 0.034, 0.089, 0.02, 0.028, 0.022, 0.022, 2, 2],
  [-0.125, 0.036, 0.089, 0.036, 0.04, 0.031, 0.031, 2.2, 3],
  [-0.09, 0.045, 0.089, 0.048, 0.049, 0.034, 0.033, 2.2, 3.5],
  [-0.05, 0.043, 0.09, 0.047, 0.047, 0.044, 0.04, 2.5, 3.5],
  [-0.01, 0.035, 0.093, 0.039, 0.038, 0.048, 0.044, 2.6, 3.5],
  [0.03, 0.024, 0.096, 0.026, 0.028, 0.05, 0.044, 2.4, 3.5],
  [0.06, 0.02, 0.092, 0.02, 0.022, 0.05, 0.043, 2.2, 3],
  [0.095, 0.02, 0.086, 0.015, 0.017, 0.038, 0.042, 2.2, 3],
  [0.13, 0.018, 0.08, 0.013, 0.014, 0.02, 0.026, 2.2, 2.5],
];

const LOFT = makeLoft(
  ROWS.map(
    ([x, cy, cz, t, b, lat, med, nt, nb]): Section => ({ at: x, c: [cy, cz], r: [t, b, lat, med], n: [nt, nb] }),
  ),
  0.007,
);

/** Right foot, signed distance, in neutral world coordinates (the sole on y = 0). */
export function footDistance(x: number, y: number, z: number): number {
  let d = loftDistance(LOFT, x, y, z);
  // The medial longitudinal arch: the inner midfoot stands off the floor.
  d = smax(d, -ellipsoid(x, y, z, -0.03, -0.006, 0.052, 0.055, 0.02, 0.026), 0.01);
  return d;
}
