/**
 * A loft: cross-sections swept along one world axis, the way a body is described by anthropometry
 * (breadth and depth at the waist, the thigh, the calf…). Each section is an asymmetric superellipse
 * (four radii, a rounder or squarer front and back half); between sections every figure follows a
 * natural cubic spline, so the outline and its curvature run on smoothly.
 */
import { clamp, smoothstep } from './sdf';

export interface Section {
  /** Position along the sweep axis (metres). */
  at: number;
  /** Centre in the section plane (u, v). */
  c: readonly [number, number];
  /** Radii towards +u, −u, +v, −v. */
  r: readonly [number, number, number, number];
  /** Radii towards +v and −v of the +u half, where it differs (e.g. the front of the pelvis is narrower than the buttocks). */
  front?: readonly [number, number];
  /** Superellipse exponents of the +u half and the −u half (2 = ellipse, larger = squarer). */
  n: readonly [number, number];
}

const PARAMS = 10;

export interface Loft {
  at: Float64Array;
  /** PARAMS values per section: cu, cv, r+u, r−u, r+v, r−v, n+u, n−u, front r+v, front r−v. */
  values: Float64Array;
  /** Hermite slopes of the same (d value / d at). */
  slopes: Float64Array;
  /** Rounding of the two ends (metres). */
  endRound: number;
}

/**
 * Slopes of the natural cubic spline through (x, y): C2, so the shading of the surface shows no band
 * where one section hands over to the next (a C1 curve has jumps of curvature there).
 */
function splineSlopes(x: Float64Array, y: number[]): number[] {
  const n = x.length;
  if (n < 3) return y.map(() => (y[n - 1]! - y[0]!) / (x[n - 1]! - x[0]!));
  // Solve for the second derivatives M (M0 = Mn-1 = 0) with the tridiagonal (Thomas) algorithm.
  const h = Array.from({ length: n - 1 }, (_, i) => x[i + 1]! - x[i]!);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const r = new Float64Array(n);
  b[0] = b[n - 1] = 1;
  for (let i = 1; i < n - 1; i++) {
    a[i] = h[i - 1]!;
    b[i] = 2 * (h[i - 1]! + h[i]!);
    c[i] = h[i]!;
    r[i] = 6 * ((y[i + 1]! - y[i]!) / h[i]! - (y[i]! - y[i - 1]!) / h[i - 1]!);
  }
  for (let i = 1; i < n; i++) {
    const m = a[i]! / b[i - 1]!;
    b[i] = b[i]! - m * c[i - 1]!;
    r[i] = r[i]! - m * r[i - 1]!;
  }
  const M = new Float64Array(n);
  M[n - 1] = r[n - 1]! / b[n - 1]!;
  for (let i = n - 2; i >= 0; i--) M[i] = (r[i]! - c[i]! * M[i + 1]!) / b[i]!;
  return y.map((_, i) => {
    if (i < n - 1) return (y[i + 1]! - y[i]!) / h[i]! - (h[i]! * (2 * M[i]! + M[i + 1]!)) / 6;
    return (y[i]! - y[i - 1]!) / h[i - 1]! + (h[i - 1]! * (M[i - 1]! + 2 * M[i]!)) / 6;
  });
}

export function makeLoft(sections: readonly Section[], endRound = 0): Loft {
  const n = sections.length;
  const at = Float64Array.from(sections, (s) => s.at);
  for (let i = 1; i < n; i++) if (!(at[i]! > at[i - 1]!)) throw new Error('loft sections must be in increasing order');
  const values = new Float64Array(n * PARAMS);
  const slopes = new Float64Array(n * PARAMS);
  for (let p = 0; p < PARAMS; p++) {
    const col = sections.map(
      (s) => [s.c[0], s.c[1], s.r[0], s.r[1], s.r[2], s.r[3], s.n[0], s.n[1], ...(s.front ?? [s.r[2], s.r[3]])][p]!,
    );
    const m = splineSlopes(at, col);
    for (let i = 0; i < n; i++) {
      values[i * PARAMS + p] = col[i]!;
      slopes[i * PARAMS + p] = m[i]!;
    }
  }
  return { at, values, slopes, endRound };
}

// Scratch: the interpolated section.
const P = new Float64Array(PARAMS);

function sectionAt(loft: Loft, s: number, out: Float64Array) {
  const { at, values, slopes } = loft;
  const n = at.length;
  let i = 0;
  while (i < n - 2 && s > at[i + 1]!) i++;
  const h = at[i + 1]! - at[i]!;
  const t = clamp((s - at[i]!) / h, 0, 1);
  const t2 = t * t;
  const t3 = t2 * t;
  const h00 = 2 * t3 - 3 * t2 + 1;
  const h10 = t3 - 2 * t2 + t;
  const h01 = -2 * t3 + 3 * t2;
  const h11 = t3 - t2;
  const a = i * PARAMS;
  const b = a + PARAMS;
  for (let p = 0; p < PARAMS; p++) {
    out[p] = h00 * values[a + p]! + h10 * h * slopes[a + p]! + h01 * values[b + p]! + h11 * h * slopes[b + p]!;
  }
}

/** Distance from the section centre to its outline along the direction (du, dv)/rho. */
function boundary(sec: Float64Array, du: number, dv: number, rho: number): number {
  const up = du >= 0;
  const a = up ? sec[2]! : sec[3]!;
  // The side radii turn from the back half's to the front half's with the direction (towards the
  // front only), so the outline stays smooth and the ray formula below stays exact.
  const f = smoothstep(0.1, 0.8, du / rho);
  const b = dv >= 0 ? sec[4]! + (sec[8]! - sec[4]!) * f : sec[5]! + (sec[9]! - sec[5]!) * f;
  const e = up ? sec[6]! : sec[7]!;
  const q = (Math.abs(du) / a) ** e + (Math.abs(dv) / b) ** e;
  return rho / q ** (1 / e);
}

const EPS = 0.004;

/**
 * Signed distance (approximate, negative inside) of the point with sweep coordinate `s` and
 * section-plane coordinates (u, v).
 */
export function loftDistance(loft: Loft, s: number, u: number, v: number): number {
  const s0 = loft.at[0]!;
  const s1 = loft.at[loft.at.length - 1]!;
  const sc = clamp(s, s0, s1);
  sectionAt(loft, sc, P);
  const du = u - P[0]!;
  const dv = v - P[1]!;
  const rho = Math.sqrt(du * du + dv * dv);
  // On the axis: the nearest outline point is the smallest radius away (then capped at the ends, below).
  const rb = rho < 1e-9 ? Math.min(P[2]!, P[3]!, P[4]!, P[5]!) + rho : boundary(P, du, dv, rho);
  // The outline's slope along the sweep turns the in-plane gap into a distance.
  const s2 = sc + EPS <= s1 ? sc + EPS : sc - EPS;
  sectionAt(loft, s2, P);
  const du2 = u - P[0]!;
  const dv2 = v - P[1]!;
  const rho2 = Math.sqrt(du2 * du2 + dv2 * dv2);
  const rb2 = rho2 < 1e-9 ? rb : boundary(P, du2, dv2, rho2);
  // Near the axis the direction to the outline swings with the centre line and this slope is meaningless
  // (it would shrink the depth of points deep inside towards 0): use it only near the outline.
  const slope = ((rb2 - rho2 - (rb - rho)) / (s2 - sc)) * smoothstep(0.3, 0.8, rho / rb);
  const dSec = (rho - rb) / Math.sqrt(1 + slope * slope);
  // Beyond an end: the section extruded, its rim rounded by `endRound`.
  const r = loft.endRound;
  const dEnd = Math.max(s0 - s, s - s1);
  const a = dSec + r;
  const b = dEnd + r;
  return Math.min(Math.max(a, b), 0) + Math.hypot(Math.max(a, 0), Math.max(b, 0)) - r;
}
