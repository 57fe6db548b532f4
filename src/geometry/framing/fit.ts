/**
 * Fitting a camera to what is shown: given the points that must be in view, the direction the camera
 * looks from, its field of view and the part of the canvas not covered by overlays, the closest camera
 * that shows every point inside that part, with a margin. Pure maths (no three.js objects), so it can be
 * tested in Node and used by the viewer on every change of view, layers, motion or size.
 */
import type { Vec3 } from '../../anatomy/math/vec3';

/** Parts of the view covered by overlays, as fractions of its width (left, right) and height (top, bottom). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface FitInput {
  /** xyz triples, world metres: everything that must be in view. */
  points: ArrayLike<number>;
  /** Unit vector from the target towards the camera. */
  toCamera: Vec3;
  /** World up (the camera's up). */
  up: Vec3;
  /** Vertical field of view, degrees. */
  fovY: number;
  /** Width / height of the view. */
  aspect: number;
  insets?: Insets;
  /** Empty space kept around the content, as a fraction of the free view's height (default 0.04). */
  margin?: number;
  /** Nearest the camera may come to any point, metres (default 0.1). */
  near?: number;
}

export interface FitResult {
  position: Vec3;
  target: Vec3;
  /** Distance from the camera to the target, metres. */
  distance: number;
}

function basis(toCamera: Vec3, up: Vec3) {
  const f: Vec3 = [-toCamera[0], -toCamera[1], -toCamera[2]];
  let r: Vec3 = [f[1] * up[2] - f[2] * up[1], f[2] * up[0] - f[0] * up[2], f[0] * up[1] - f[1] * up[0]];
  let l = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
  if (l < 1e-9) {
    // Looking straight along `up`: any right will do.
    r = [1, 0, 0];
    l = 1;
  }
  r = [r[0] / l, r[1] / l, r[2] / l];
  const u: Vec3 = [r[1] * f[2] - r[2] * f[1], r[2] * f[0] - r[0] * f[2], r[0] * f[1] - r[1] * f[0]];
  return { f, r, u };
}

/**
 * For a camera at distance `D` in front of the content (depth of each point = z + D), the range of
 * sideways shifts that keep every point's projection inside [a, b] (normalised device units), or null.
 */
function shiftRange(xs: Float64Array, zs: Float64Array, D: number, tan: number, a: number, b: number): [number, number] | null {
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const d = (zs[i]! + D) * tan;
    lo = Math.max(lo, xs[i]! - b * d);
    hi = Math.min(hi, xs[i]! - a * d);
  }
  return lo <= hi ? [lo, hi] : null;
}

export function fitCamera(input: FitInput): FitResult {
  const { f, r, u } = basis(input.toCamera, input.up);
  const n = Math.floor(input.points.length / 3);
  if (n === 0) return { position: [input.toCamera[0] * 3, 1 + input.toCamera[1] * 3, input.toCamera[2] * 3], target: [0, 1, 0], distance: 3 };
  const insets = input.insets ?? NO_INSETS;
  const margin = input.margin ?? 0.04;
  const near = input.near ?? 0.1;
  // Coordinates of the points in the camera's basis, about the middle of their extent.
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const zs = new Float64Array(n);
  const lo = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const hi = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const p = input.points;
  for (let i = 0; i < n; i++) {
    const x = p[i * 3]!;
    const y = p[i * 3 + 1]!;
    const z = p[i * 3 + 2]!;
    const c = [x * r[0] + y * r[1] + z * r[2], x * u[0] + y * u[1] + z * u[2], x * f[0] + y * f[1] + z * f[2]];
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, c[k]!);
      hi[k] = Math.max(hi[k]!, c[k]!);
    }
    xs[i] = c[0]!;
    ys[i] = c[1]!;
    zs[i] = c[2]!;
  }
  const mid = [0, 1, 2].map((k) => (lo[k]! + hi[k]!) / 2);
  for (let i = 0; i < n; i++) {
    xs[i] = xs[i]! - mid[0]!;
    ys[i] = ys[i]! - mid[1]!;
    zs[i] = zs[i]! - mid[2]!;
  }
  // The free part of the view in normalised device units, less the margin.
  const m = 2 * margin * (1 - insets.top - insets.bottom);
  const x0 = -1 + 2 * insets.left + m / input.aspect;
  const x1 = 1 - 2 * insets.right - m / input.aspect;
  const y0 = -1 + 2 * insets.bottom + m;
  const y1 = 1 - 2 * insets.top - m;
  const tanV = Math.tan((input.fovY * Math.PI) / 360);
  const tanH = tanV * input.aspect;
  const minDepth = near - (lo[2]! - mid[2]!);
  const fits = (D: number) => shiftRange(xs, zs, D, tanH, x0, x1) !== null && shiftRange(ys, zs, D, tanV, y0, y1) !== null;
  // The nearest camera that fits: the feasible shifts only widen as the camera backs away.
  let a = Math.max(minDepth, 1e-3);
  let b = Math.max(a * 2, 1);
  while (!fits(b) && b < 1e4) b *= 2;
  if (fits(a)) b = a;
  for (let i = 0; i < 60 && b - a > 1e-5; i++) {
    const c = (a + b) / 2;
    if (fits(c)) b = c;
    else a = c;
  }
  const D = b;
  const sx = shiftRange(xs, zs, D, tanH, x0, x1) ?? [0, 0];
  const sy = shiftRange(ys, zs, D, tanV, y0, y1) ?? [0, 0];
  const ox = (sx[0] + sx[1]) / 2;
  const oy = (sy[0] + sy[1]) / 2;
  const target: Vec3 = [0, 1, 2].map((k) => mid[0]! * r[k]! + mid[1]! * u[k]! + mid[2]! * f[k]! + ox * r[k]! + oy * u[k]!) as Vec3;
  const position: Vec3 = [target[0] - D * f[0], target[1] - D * f[1], target[2] - D * f[2]];
  return { position, target, distance: D };
}
