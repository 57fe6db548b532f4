/** Tiny vector helpers on plain tuples (build-time geometry; the hot field code avoids them). */
export type V3 = readonly [number, number, number];
export type V2 = readonly [number, number];

export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: V3) => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V3): V3 => scale(a, 1 / (len(a) || 1));
export const lerp = (a: V3, b: V3, t: number): V3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
/** a + s·d */
export const along = (a: V3, d: V3, s: number): V3 => [a[0] + d[0] * s, a[1] + d[1] * s, a[2] + d[2] * s];
export const mirrorZ = (a: V3): V3 => [a[0], a[1], -a[2]];

/** An orthonormal frame: local (u, v, w) ↔ origin + u·ex + v·ey + w·ez. */
export interface Frame {
  o: V3;
  ex: V3;
  ey: V3;
  ez: V3;
}

/** Frame with ex along `x`, ey as close to `yHint` as orthogonality allows, ez = ex × ey. */
export function frame(o: V3, x: V3, yHint: V3): Frame {
  const ex = norm(x);
  const ey = norm(sub(yHint, scale(ex, dot(yHint, ex))));
  return { o, ex, ey, ez: cross(ex, ey) };
}

export const fromLocal = (f: Frame, q: V3): V3 =>
  add(f.o, add(scale(f.ex, q[0]), add(scale(f.ey, q[1]), scale(f.ez, q[2]))));

/** Uniform Catmull-Rom through `pts` (ends repeated), `per` samples per span, last point included. */
export function catmullRom<T extends readonly number[]>(pts: readonly T[], per: number): number[][] {
  const n = pts.length;
  const out: number[][] = [];
  const dim = pts[0]!.length;
  for (let i = 0; i < n - 1; i++) {
    const p0 = pts[Math.max(0, i - 1)]!;
    const p1 = pts[i]!;
    const p2 = pts[i + 1]!;
    const p3 = pts[Math.min(n - 1, i + 2)]!;
    for (let s = 0; s < per; s++) {
      const t = s / per;
      const t2 = t * t;
      const t3 = t2 * t;
      const q: number[] = [];
      for (let d = 0; d < dim; d++) {
        q.push(
          0.5 *
            (2 * p1[d]! +
              (-p0[d]! + p2[d]!) * t +
              (2 * p0[d]! - 5 * p1[d]! + 4 * p2[d]! - p3[d]!) * t2 +
              (-p0[d]! + 3 * p1[d]! - 3 * p2[d]! + p3[d]!) * t3),
        );
      }
      out.push(q);
    }
  }
  out.push([...pts[n - 1]!]);
  return out;
}
