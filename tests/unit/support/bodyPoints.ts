/**
 * Points on the body described the way an anatomy text describes them — "beside the L3 spinous
 * process", "the back of the thigh two-thirds of the way from the buttock crease to the knee crease",
 * "over the greater trochanter" — and found on the real skin (the body surface `myomap refer` searches):
 * a ray from inside the body, at a place given by landmarks, out in a direction, to where it leaves the
 * skin. Written for the right side (x forward, y up, z to the right, metres); `mirror` gives the left.
 *
 * These do not use the referral zones' own geometry (src/anatomy/referral/evaluate.ts): only landmarks,
 * heights between them, and plain directions.
 */
import type { Vec3 } from '../../../src/anatomy/math/vec3';
import { neutralLandmark } from '../../../src/anatomy/model/landmarks';
import { readBodySurface } from '../../../src/cli/bodySurface';

export const SURFACE = readBodySurface();

/** A landmark's position at neutral standing. */
export const L = (id: string): Vec3 => neutralLandmark(id);
/** A landmark's height. */
export const Y = (id: string): number => L(id)[1];
/** Height a fraction `t` of the way from landmark `a` down (or up) to landmark `b`. */
export const between = (a: string | number, b: string | number, t: number): number => {
  const ya = typeof a === 'number' ? a : Y(a);
  const yb = typeof b === 'number' ? b : Y(b);
  return ya + (yb - ya) * t;
};
export const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
export const add = (a: Vec3, b: readonly number[]): Vec3 => [a[0] + b[0]!, a[1] + b[1]!, a[2] + b[2]!];
export const mirror = (p: Vec3): Vec3 => [p[0], p[1], -p[2]];

/** Knee joint line (between the femoral epicondyles) and ankle (between the malleoli), right side. */
export const KNEE = mid(L('medial_epicondyle_r'), L('lateral_epicondyle_r'));
export const ANKLE = mid(L('medial_malleolus_r'), L('lateral_malleolus_r'));
/** Height of the knee joint line. */
export const KNEE_Y = KNEE[1];

/** First crossing of the skin by the ray from `o` along `d` (Möller–Trumbore over every triangle). */
function cast(o: Vec3, d: Vec3): Vec3 | null {
  const { positions: P, indices: I } = SURFACE;
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3;
    const b = I[t + 1]! * 3;
    const c = I[t + 2]! * 3;
    const e1x = P[b]! - P[a]!;
    const e1y = P[b + 1]! - P[a + 1]!;
    const e1z = P[b + 2]! - P[a + 2]!;
    const e2x = P[c]! - P[a]!;
    const e2y = P[c + 1]! - P[a + 1]!;
    const e2z = P[c + 2]! - P[a + 2]!;
    const hx = d[1] * e2z - d[2] * e2y;
    const hy = d[2] * e2x - d[0] * e2z;
    const hz = d[0] * e2y - d[1] * e2x;
    const det = e1x * hx + e1y * hy + e1z * hz;
    if (Math.abs(det) < 1e-14) continue;
    const sx = o[0] - P[a]!;
    const sy = o[1] - P[a + 1]!;
    const sz = o[2] - P[a + 2]!;
    const u = (sx * hx + sy * hy + sz * hz) / det;
    if (u < 0 || u > 1) continue;
    const qx = sy * e1z - sz * e1y;
    const qy = sz * e1x - sx * e1z;
    const qz = sx * e1y - sy * e1x;
    const v = (d[0] * qx + d[1] * qy + d[2] * qz) / det;
    if (v < 0 || u + v > 1) continue;
    const dist = (e2x * qx + e2y * qy + e2z * qz) / det;
    if (dist > 1e-6 && dist < best) best = dist;
  }
  return Number.isFinite(best) ? [o[0] + d[0] * best, o[1] + d[1] * best, o[2] + d[2] * best] : null;
}

const unit = (v: readonly number[]): Vec3 => {
  const l = Math.hypot(v[0]!, v[1]!, v[2]!);
  return [v[0]! / l, v[1]! / l, v[2]! / l];
};

/**
 * The skin where a ray from `from` (inside the body) along `direction` comes out, and the point 5 mm
 * beyond it that a person would give to `myomap refer`.
 */
export function skinFrom(from: Vec3, direction: readonly number[]): Vec3 {
  const d = unit(direction);
  const hit = cast(from, d);
  if (!hit) throw new Error(`no skin from ${from.map((x) => x.toFixed(3))} along ${d.map((x) => x.toFixed(2))}`);
  return add(hit, [d[0] * 0.005, d[1] * 0.005, d[2] * 0.005]);
}

/** Back of the trunk or buttock at height `y`, `out` metres to the right of the midline. */
export const back = (y: number, out: number): Vec3 => skinFrom([-0.05, y, out], [-1, 0, 0]);
/** Front of the trunk or groin at height `y`, `out` metres to the right of the midline. */
export const front = (y: number, out: number): Vec3 => skinFrom([-0.05, y, out], [1, 0, 0]);
/** Side of the trunk or hip at height `y`, `x` metres in front of (+) or behind (−) the pelvis origin. */
export const flank = (y: number, x: number): Vec3 => skinFrom([x, y, 0.03], [0, 0, 1]);
/** The skin over a landmark, looking from it in `direction`. */
export const over = (id: string, direction: readonly number[], shift: readonly number[] = [0, 0, 0]): Vec3 =>
  skinFrom(add(L(id), shift), direction);

/** Directions around a limb, degrees: 0 front, 90 outer side, 180 back, 270 inner side (right limb). */
const around = (deg: number): Vec3 => [Math.cos((deg * Math.PI) / 180), 0, Math.sin((deg * Math.PI) / 180)];

/** A point on the line from joint centre `a` to joint centre `b` at height `y`. */
function onAxis(a: Vec3, b: Vec3, y: number): Vec3 {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + (b[0] - a[0]) * t, y, a[2] + (b[2] - a[2]) * t];
}

/** Thigh skin at height `y`, in direction `deg` (0 front, 90 outer, 180 back, 270 inner) from the femur's line. */
export const thigh = (y: number, deg: number): Vec3 => skinFrom(onAxis(L('femoral_head_r'), KNEE, y), around(deg));
/** Leg (shank) skin at height `y`, in direction `deg` from the line between the knee and ankle joints. */
export const leg = (y: number, deg: number): Vec3 => skinFrom(onAxis(KNEE, ANKLE, y), around(deg));
