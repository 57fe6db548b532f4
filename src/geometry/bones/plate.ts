/**
 * Thin curved plates (the iliac wing): in a local frame (u, v, w) the bone lies between an outer surface
 * w = outer(u, v) and an inner one a smooth thickness further in (both thin-plate splines through
 * control points), and inside an outline drawn in the (u, v) plane.
 */
import type { Field, Shape } from './sdf';
import { catmullRom, type Frame, fromLocal, type V2, type V3 } from './vec';

export type Surface = (u: number, v: number) => number;

/**
 * Thin-plate spline through (u, v, value) control points; `smoothing` > 0 relaxes exact interpolation
 * (a smoothing spline), which irons out creases between close control points.
 */
export function thinPlate(ctrl: readonly (readonly [number, number, number])[], smoothing = 0): Surface {
  const n = ctrl.length;
  const m = n + 3;
  const A: number[][] = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0));
  const phi = (r2: number) => (r2 > 1e-20 ? 0.5 * r2 * Math.log(r2) : 0);
  for (let i = 0; i < n; i++) {
    const [ui, vi, hi] = ctrl[i]!;
    for (let j = 0; j < n; j++) {
      const [uj, vj] = ctrl[j]!;
      A[i]![j] = phi((ui - uj) ** 2 + (vi - vj) ** 2) + (i === j ? smoothing : 0);
    }
    A[i]![n] = 1;
    A[i]![n + 1] = ui;
    A[i]![n + 2] = vi;
    A[n]![i] = 1;
    A[n + 1]![i] = ui;
    A[n + 2]![i] = vi;
    A[i]![m] = hi;
  }
  const w = solve(A);
  const us = Float64Array.from(ctrl, (c) => c[0]);
  const vs = Float64Array.from(ctrl, (c) => c[1]);
  const ws = Float64Array.from(w.slice(0, n));
  const [a0, a1, a2] = [w[n]!, w[n + 1]!, w[n + 2]!];
  return (u, v) => {
    let s = a0 + a1 * u + a2 * v;
    for (let i = 0; i < n; i++) s += ws[i]! * phi((u - us[i]!) ** 2 + (v - vs[i]!) ** 2);
    return s;
  };
}

/** Gaussian elimination with partial pivoting on an augmented matrix. */
function solve(A: number[][]): number[] {
  const m = A.length;
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    [A[c], A[p]] = [A[p]!, A[c]!];
    const piv = A[c]![c]!;
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= m; k++) A[r]![k] = A[r]![k]! - f * A[c]![k]!;
    }
  }
  return A.map((row, i) => row[m]! / row[i]!);
}

/** A closed, smooth outline: Catmull-Rom through the control points, as a polygon. */
export function outline(ctrl: readonly V2[], per = 6): Float64Array {
  const closed = [ctrl[ctrl.length - 1]!, ...ctrl, ctrl[0]!, ctrl[1]!];
  const pts = catmullRom(closed, per);
  // Keep the part between the first and last real control points.
  const body = pts.slice(per, per * (ctrl.length + 1));
  return Float64Array.from(body.flatMap((p) => [p[0]!, p[1]!]));
}

/** Signed distance to a polygon (flat [u0, v0, u1, v1, …]), positive inside (after Quilez). */
export function polygonField(poly: Float64Array): (u: number, v: number) => number {
  const n = poly.length / 2;
  return (u, v) => {
    let d = (u - poly[0]!) ** 2 + (v - poly[1]!) ** 2;
    let s = 1;
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const vix = poly[i * 2]!;
      const viy = poly[i * 2 + 1]!;
      const ex = poly[j * 2]! - vix;
      const ey = poly[j * 2 + 1]! - viy;
      const wx = u - vix;
      const wy = v - viy;
      const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
      const bx = wx - ex * t;
      const by = wy - ey * t;
      d = Math.min(d, bx * bx + by * by);
      const c1 = v >= viy;
      const c2 = v < poly[j * 2 + 1]!;
      const c3 = ex * wy > ey * wx;
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
    }
    return -s * Math.sqrt(d);
  };
}

export interface PlateSpec {
  frame: Frame;
  outer: Surface;
  /** Thickness (inner surface = outer − thickness), never below `minThickness`. */
  thickness: Surface;
  minThickness?: number;
  /** Outline in (u, v). */
  outline: readonly V2[];
  /** Largest radius of the rounded edge (edges are rounded by half the local thickness up to this). */
  round: number;
  /** Scale from the w-gap to distance (about the cosine of the surfaces' slope). */
  slope?: number;
}

export function plate(spec: PlateSpec): Shape {
  const { o, ex, ey, ez } = spec.frame;
  const poly = outline(spec.outline);
  const edge = polygonField(poly);
  const { outer, thickness, round } = spec;
  const tmin = spec.minThickness ?? 0.0025;
  const inner: Surface = (u, v) => outer(u, v) - Math.max(thickness(u, v), tmin);
  const slope = spec.slope ?? 0.9;
  const f: Field = (x, y, z) => {
    const dx = x - o[0];
    const dy = y - o[1];
    const dz = z - o[2];
    const u = dx * ex[0] + dy * ex[1] + dz * ex[2];
    const v = dx * ey[0] + dy * ey[1] + dz * ey[2];
    const w = dx * ez[0] + dy * ez[1] + dz * ez[2];
    const e = edge(u, v);
    // Far outside the outline the slab does not matter.
    if (e < -0.004) return e;
    const wo = outer(u, v);
    const t = Math.max(thickness(u, v), tmin);
    const slab = Math.min(wo - w, w - wo + t) * slope;
    // Rounded intersection of slab and outline: a half-round edge (radius up to `round`).
    const r = Math.min(t / 2, round);
    const a = Math.max(r - slab, 0);
    const b = Math.max(r - e, 0);
    return Math.max(r, Math.min(slab, e)) - Math.sqrt(a * a + b * b);
  };
  // Box: sample the outline's corners on both surfaces.
  const corners: V3[] = [];
  for (let i = 0; i < poly.length; i += 2) {
    const u = poly[i]!;
    const v = poly[i + 1]!;
    corners.push(fromLocal(spec.frame, [u, v, inner(u, v)]), fromLocal(spec.frame, [u, v, outer(u, v)]));
  }
  // Surfaces can bulge between outline points: add the interior on a coarse grid.
  let umin = Infinity;
  let umax = -Infinity;
  let vmin = Infinity;
  let vmax = -Infinity;
  for (let i = 0; i < poly.length; i += 2) {
    umin = Math.min(umin, poly[i]!);
    umax = Math.max(umax, poly[i]!);
    vmin = Math.min(vmin, poly[i + 1]!);
    vmax = Math.max(vmax, poly[i + 1]!);
  }
  for (let a = 0; a <= 10; a++) {
    for (let b = 0; b <= 10; b++) {
      const u = umin + ((umax - umin) * a) / 10;
      const v = vmin + ((vmax - vmin) * b) / 10;
      if (edge(u, v) < 0) continue;
      corners.push(fromLocal(spec.frame, [u, v, inner(u, v)]), fromLocal(spec.frame, [u, v, outer(u, v)]));
    }
  }
  const lo: V3 = [0, 1, 2].map((i) => Math.min(...corners.map((c) => c[i]!)) - 0.003) as unknown as V3;
  const hi: V3 = [0, 1, 2].map((i) => Math.max(...corners.map((c) => c[i]!)) + 0.003) as unknown as V3;
  return { f, lo, hi };
}
