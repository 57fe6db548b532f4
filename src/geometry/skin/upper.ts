/**
 * Above the chest: the shoulder girdle and the base of the neck, which end the figure at the top. The
 * model has no skeleton above the lower ribs, so these are placed by proportion on the spine it has
 * (T12 at y ≈ 1.21; about 2.4 cm a thoracic level, so C7 ≈ 1.50 and the sternal notch ≈ 1.445), and
 * sized for the subject (recalled figures, men): biacromial breadth ≈ 41 cm (Heinz et al. 2003, 41.2 cm),
 * bideltoid breadth ≈ 50 cm (ANSUR II about 49 cm), chest girth at the nipples ≈ 99 cm (Heinz et al.
 * about 100 cm), neck girth ≈ 38 cm. Parts, right side (the left mirrors z):
 *   the yoke: the trapezius slope from the side of the neck to the acromion;
 *   the deltoid cap over the shoulder joint, and a short stump of the upper arm hanging from it, a
 *   little away from the chest (the viewer fades it out, see `fade.ts`);
 *   pectoralis major, whose lower border is the chest's contour and which forms the front of the armpit;
 *   the neck, leaning forward a little, as far up as its fade needs.
 */
import { ellipsoid, roundCone, smin } from './sdf';

type P3 = readonly [number, number, number];

/** Shoulder joint centre (humeral head), right side. */
export const SHOULDER: P3 = [-0.05, 1.412, 0.186];
/** The upper arm stump: from the humeral head down to where it ends, hidden by its fade. */
export const ARM: { from: P3; to: P3; r0: number; r1: number } = {
  from: [-0.05, 1.41, 0.19],
  to: [-0.057, 1.3, 0.235],
  r0: 0.048,
  r1: 0.044,
};
/** The neck's axis, base to top, and its radius. */
export const NECK: { from: P3; to: P3; r0: number; r1: number } = {
  from: [-0.052, 1.43, 0],
  to: [-0.036, 1.57, 0],
  r0: 0.066,
  r1: 0.058,
};

/** An ellipsoid turned by `roll` (radians) about the x axis (positive: its +z end goes down). */
function rolledEllipsoid(x: number, y: number, z: number, c: P3, r: P3, roll: number): number {
  const dy = y - c[1];
  const dz = z - c[2];
  const cs = Math.cos(roll);
  const sn = Math.sin(roll);
  return ellipsoid(x, c[1] + cs * dy - sn * dz, c[2] + sn * dy + cs * dz, c[0], c[1], c[2], r[0], r[1], r[2]);
}

/** The yoke: over the top of the shoulder from the neck to the acromion, deep front to back. */
function yoke(x: number, y: number, az: number): number {
  return rolledEllipsoid(x, y, az, [-0.058, 1.458, 0.105], [0.068, 0.048, 0.118], 0.3);
}

function deltoid(x: number, y: number, az: number): number {
  return ellipsoid(x, y, az, SHOULDER[0] + 0.002, SHOULDER[1] - 0.012, SHOULDER[2] + 0.012, 0.058, 0.074, 0.05);
}

export function armDistance(x: number, y: number, az: number): number {
  return roundCone(x, y, az, ARM.from, ARM.to, ARM.r0, ARM.r1);
}

function pectoral(x: number, y: number, az: number): number {
  return rolledEllipsoid(x, y, az, [0.02, 1.39, 0.11], [0.035, 0.05, 0.08], -0.35);
}

export function neckDistance(x: number, y: number, z: number): number {
  return roundCone(x, y, z, NECK.from, NECK.to, NECK.r0, NECK.r1);
}

/** Shoulders (both sides) without the arm stumps. */
export function shoulderDistance(x: number, y: number, z: number): number {
  const az = Math.abs(z);
  let d = smin(yoke(x, y, az), deltoid(x, y, az), 0.035);
  d = smin(d, pectoral(x, y, az), 0.04);
  return d;
}
