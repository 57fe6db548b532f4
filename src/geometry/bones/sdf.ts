/**
 * A small signed-distance toolkit. Fields are POSITIVE INSIDE (as manifold-3d's levelSet wants) and
 * approximately metres near the surface. Every shape carries a box that contains it, so unions and cuts
 * skip children that cannot change the result: a field is never larger than minus its distance to its
 * box, so a child farther than the blend radius from the current value is exactly irrelevant.
 */
import type { Frame, V3 } from './vec';

export type Field = (x: number, y: number, z: number) => number;

export interface Shape {
  f: Field;
  lo: V3;
  hi: V3;
}

/** Distance from a point to a box (0 inside). */
export function boxDistance(lo: V3, hi: V3, x: number, y: number, z: number): number {
  const dx = Math.max(lo[0] - x, 0, x - hi[0]);
  const dy = Math.max(lo[1] - y, 0, y - hi[1]);
  const dz = Math.max(lo[2] - z, 0, z - hi[2]);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

const grow = (lo: V3, hi: V3, m: number): [V3, V3] => [
  [lo[0] - m, lo[1] - m, lo[2] - m],
  [hi[0] + m, hi[1] + m, hi[2] + m],
];

/** Smooth maximum (union of positive-inside fields), quadratic blend over `k`. */
export function smax(a: number, b: number, k: number): number {
  if (k <= 0) return Math.max(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.max(a, b) + h * h * k * 0.25;
}

/** Smooth minimum (intersection / cut of positive-inside fields). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export const sphere = (c: V3, r: number): Shape => {
  const [cx, cy, cz] = c;
  return {
    f: (x, y, z) => r - Math.sqrt((x - cx) ** 2 + (y - cy) ** 2 + (z - cz) ** 2),
    lo: [cx - r, cy - r, cz - r],
    hi: [cx + r, cy + r, cz + r],
  };
};

/** Box bounds of a set of points, grown by m. */
export function bounds(points: readonly V3[], m: number): [V3, V3] {
  const lo: [number, number, number] = [Infinity, Infinity, Infinity];
  const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of points) {
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i]!, p[i]!);
      hi[i] = Math.max(hi[i]!, p[i]!);
    }
  }
  return grow(lo, hi, m);
}

/**
 * Round cone between a (radius ra) and b (radius rb): a capsule when the radii match. Exact distance
 * (after Quilez, "distance functions").
 */
export function roundCone(a: V3, b: V3, ra: number, rb: number): Shape {
  const [ax, ay, az] = a;
  const bax = b[0] - ax;
  const bay = b[1] - ay;
  const baz = b[2] - az;
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const f: Field = (x, y, z) => {
    const pax = x - ax;
    const pay = y - ay;
    const paz = z - az;
    const yy = pax * bax + pay * bay + paz * baz;
    const zz = yy - l2;
    const qx = pax * l2 - bax * yy;
    const qy = pay * l2 - bay * yy;
    const qz = paz * l2 - baz * yy;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yy * yy * l2;
    const z2 = zz * zz * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zz) * a2 * z2 > k) return rb - Math.sqrt(x2 + z2) * il2;
    if (Math.sign(yy) * a2 * y2 < k) return ra - Math.sqrt(x2 + y2) * il2;
    return ra - (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2;
  };
  const [lo1, hi1] = bounds([a], ra);
  const [lo2, hi2] = bounds([b], rb);
  return {
    f,
    lo: [Math.min(lo1[0], lo2[0]), Math.min(lo1[1], lo2[1]), Math.min(lo1[2], lo2[2])],
    hi: [Math.max(hi1[0], hi2[0]), Math.max(hi1[1], hi2[1]), Math.max(hi1[2], hi2[2])],
  };
}

export const capsule = (a: V3, b: V3, r: number) => roundCone(a, b, r, r);

/**
 * Ellipsoid with semi-axes r along the frame's axes (Quilez's bound: exact on the surface, a close
 * under-estimate elsewhere).
 */
export function ellipsoid(fr: Frame, r: V3): Shape {
  const { o, ex, ey, ez } = fr;
  const [rx, ry, rz] = r;
  const f: Field = (x, y, z) => {
    const dx = x - o[0];
    const dy = y - o[1];
    const dz = z - o[2];
    const u = dx * ex[0] + dy * ex[1] + dz * ex[2];
    const v = dx * ey[0] + dy * ey[1] + dz * ey[2];
    const w = dx * ez[0] + dy * ez[1] + dz * ez[2];
    const k0 = Math.sqrt((u / rx) ** 2 + (v / ry) ** 2 + (w / rz) ** 2);
    const k1 = Math.sqrt((u / (rx * rx)) ** 2 + (v / (ry * ry)) ** 2 + (w / (rz * rz)) ** 2);
    if (k1 < 1e-12) return Math.min(rx, ry, rz);
    return -(k0 * (k0 - 1)) / k1;
  };
  const m = Math.max(rx, ry, rz);
  return { f, lo: [o[0] - m, o[1] - m, o[2] - m], hi: [o[0] + m, o[1] + m, o[2] + m] };
}

/** Torus around the frame's x axis: ring radius R in the (y, z) plane, tube radius r. */
export function torus(fr: Frame, R: number, r: number): Shape {
  const { o, ex, ey, ez } = fr;
  const f: Field = (x, y, z) => {
    const dx = x - o[0];
    const dy = y - o[1];
    const dz = z - o[2];
    const u = dx * ex[0] + dy * ex[1] + dz * ex[2];
    const v = dx * ey[0] + dy * ey[1] + dz * ey[2];
    const w = dx * ez[0] + dy * ez[1] + dz * ez[2];
    const q = Math.sqrt(v * v + w * w) - R;
    return r - Math.sqrt(q * q + u * u);
  };
  const m = R + r;
  return { f, lo: [o[0] - m, o[1] - m, o[2] - m], hi: [o[0] + m, o[1] + m, o[2] + m] };
}

/** Axis-aligned-in-frame rounded box: half sizes h, corner radius rc. */
export function roundBox(fr: Frame, h: V3, rc: number): Shape {
  const { o, ex, ey, ez } = fr;
  const f: Field = (x, y, z) => {
    const dx = x - o[0];
    const dy = y - o[1];
    const dz = z - o[2];
    const qu = Math.abs(dx * ex[0] + dy * ex[1] + dz * ex[2]) - h[0] + rc;
    const qv = Math.abs(dx * ey[0] + dy * ey[1] + dz * ey[2]) - h[1] + rc;
    const qw = Math.abs(dx * ez[0] + dy * ez[1] + dz * ez[2]) - h[2] + rc;
    const out = Math.sqrt(Math.max(qu, 0) ** 2 + Math.max(qv, 0) ** 2 + Math.max(qw, 0) ** 2);
    return -(out + Math.min(Math.max(qu, qv, qw), 0) - rc);
  };
  const m = Math.hypot(h[0], h[1], h[2]);
  return { f, lo: [o[0] - m, o[1] - m, o[2] - m], hi: [o[0] + m, o[1] + m, o[2] + m] };
}

/**
 * Smooth union (blend radius k). Children are tried in order and skipped when their box is too far
 * away to matter; put the big ones first.
 */
export function union(k: number, ...shapes: Shape[]): Shape {
  const n = shapes.length;
  const fs = shapes.map((s) => s.f);
  const box = new Float64Array(n * 6);
  shapes.forEach((s, i) => {
    box.set([...s.lo, ...s.hi], i * 6);
  });
  const f: Field = (x, y, z) => {
    let best = -Infinity;
    let nearest = Infinity;
    for (let i = 0; i < n; i++) {
      const o = i * 6;
      const dx = Math.max(box[o]! - x, 0, x - box[o + 3]!);
      const dy = Math.max(box[o + 1]! - y, 0, y - box[o + 4]!);
      const dz = Math.max(box[o + 2]! - z, 0, z - box[o + 5]!);
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (d < nearest) nearest = d;
      // Outside its box a child is at most −d; inside, it can be anything.
      if (d > 0 && -d <= best - k) continue;
      const v = fs[i]!(x, y, z);
      best = best === -Infinity ? v : smax(best, v, k);
    }
    return best === -Infinity ? -nearest : best;
  };
  const lo = [0, 1, 2].map((a) => Math.min(...shapes.map((s) => s.lo[a]!))) as unknown as V3;
  const hi = [0, 1, 2].map((a) => Math.max(...shapes.map((s) => s.hi[a]!))) as unknown as V3;
  return { f, lo, hi };
}

/** `a` with each cutter removed (smooth edges of radius k). */
export function subtract(k: number, a: Shape, ...cutters: Shape[]): Shape {
  const fa = a.f;
  const cs = cutters.map((c) => ({ f: c.f, lo: c.lo, hi: c.hi }));
  const f: Field = (x, y, z) => {
    let v = fa(x, y, z);
    for (const c of cs) {
      // Cutter value ≤ −(box distance): if even that leaves −cutter ≥ v + k, the cut changes nothing.
      const d = boxDistance(c.lo, c.hi, x, y, z);
      if (d > 0 && d >= v + k) continue;
      v = smin(v, -c.f(x, y, z), k);
    }
    return v;
  };
  return { f, lo: a.lo, hi: a.hi };
}

/** Only evaluate `s` inside its box (grown by m); outside, minus the distance to the box. */
export function bounded(s: Shape, m = 0.004): Shape {
  const [lo, hi] = grow(s.lo, s.hi, m);
  const g = s.f;
  const f: Field = (x, y, z) => {
    const d = boxDistance(lo, hi, x, y, z);
    return d > 0 ? -d - m : g(x, y, z);
  };
  return { f, lo: s.lo, hi: s.hi };
}

/** Mirror a shape in z (right ↔ left). */
export function mirrorZ(s: Shape): Shape {
  const g = s.f;
  return { f: (x, y, z) => g(x, y, -z), lo: [s.lo[0], s.lo[1], -s.hi[2]], hi: [s.hi[0], s.hi[1], -s.lo[2]] };
}

/** Symmetric about z = 0: the field of the z ≥ 0 half, reflected. */
export function symmetricZ(s: Shape): Shape {
  const g = s.f;
  const zmax = Math.max(Math.abs(s.lo[2]), Math.abs(s.hi[2]));
  return { f: (x, y, z) => g(x, y, Math.abs(z)), lo: [s.lo[0], s.lo[1], -zmax], hi: [s.hi[0], s.hi[1], zmax] };
}
