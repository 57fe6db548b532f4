/**
 * Swept tubes: a Catmull-Rom centre line through control points, with a radius (or an elliptic section,
 * radius `a` across `up` and `b` along it) interpolated the same way. Built as a chain of short round
 * cones, each evaluated in its own frame, so the union is a smooth tube.
 */
import { type Field, type Shape, bounds } from './sdf';
import { catmullRom, cross, dot, norm, scale, sub, type V3 } from './vec';

export interface SweepPoint {
  at: V3;
  /** Radius across `up` (or the radius, for a round tube). */
  a: number;
  /** Radius along `up`; defaults to `a`. */
  b?: number;
}

interface Segment {
  o: V3;
  t: V3;
  n1: V3;
  n2: V3;
  len: number;
  ra: number;
  rb: number;
  /** Section aspect b/a over this segment. */
  e: number;
  lo: V3;
  hi: V3;
}

export function sweep(points: readonly SweepPoint[], up: V3 = [0, 1, 0], per = 6): Shape {
  const samples = catmullRom(
    points.map((p) => [p.at[0], p.at[1], p.at[2], p.a, p.b ?? p.a]),
    per,
  );
  const segs: Segment[] = [];
  for (let i = 0; i + 1 < samples.length; i++) {
    const s0 = samples[i]!;
    const s1 = samples[i + 1]!;
    const a: V3 = [s0[0]!, s0[1]!, s0[2]!];
    const b: V3 = [s1[0]!, s1[1]!, s1[2]!];
    const d = sub(b, a);
    const len = Math.hypot(d[0], d[1], d[2]);
    if (len < 1e-7) continue;
    const t = scale(d, 1 / len);
    // Section axes: n2 is `up` made perpendicular to the tangent.
    let n2 = sub(up, scale(t, dot(up, t)));
    if (Math.hypot(...n2) < 1e-6) n2 = Math.abs(t[0]) < 0.9 ? [1, 0, 0] : [0, 0, 1];
    n2 = norm(n2);
    const n1 = cross(n2, t);
    const e = (s0[4]! / s0[3]! + s1[4]! / s1[3]!) / 2;
    const rmax = Math.max(s0[3]!, s0[4]!, s1[3]!, s1[4]!);
    const [lo, hi] = bounds([a, b], rmax);
    segs.push({ o: a, t, n1, n2, len, ra: s0[3]!, rb: s1[3]!, e, lo, hi });
  }
  const n = segs.length;
  const f: Field = (x, y, z) => {
    let best = -Infinity;
    let nearest = Infinity;
    for (let i = 0; i < n; i++) {
      const s = segs[i]!;
      const dx = Math.max(s.lo[0] - x, 0, x - s.hi[0]);
      const dy = Math.max(s.lo[1] - y, 0, y - s.hi[1]);
      const dz = Math.max(s.lo[2] - z, 0, z - s.hi[2]);
      const bd = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (bd < nearest) nearest = bd;
      if (bd > 0 && -bd <= best) continue;
      const px = x - s.o[0];
      const py = y - s.o[1];
      const pz = z - s.o[2];
      const l = px * s.t[0] + py * s.t[1] + pz * s.t[2];
      const q1 = px * s.n1[0] + py * s.n1[1] + pz * s.n1[2];
      const q2 = (px * s.n2[0] + py * s.n2[1] + pz * s.n2[2]) / s.e;
      const v = roundCone2(l, Math.sqrt(q1 * q1 + q2 * q2), s.len, s.ra, s.rb) * Math.min(1, s.e);
      if (v > best) best = v;
    }
    return best === -Infinity ? -nearest : best;
  };
  const all = segs.flatMap((s) => [s.lo, s.hi]);
  const [lo, hi] = bounds(all, 0);
  return { f, lo, hi };
}

/**
 * Round cone from (0,0) to (len,0) with radii ra, rb, for a point at axial l and radial distance q;
 * positive inside.
 */
function roundCone2(l: number, q: number, len: number, ra: number, rb: number): number {
  const l2 = len * len;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const yy = l * len;
  const zz = yy - l2;
  const x2 = q * q * l2 * l2;
  const y2 = yy * yy * l2;
  const z2 = zz * zz * l2;
  const k = Math.sign(rr) * rr * rr * x2;
  if (Math.sign(zz) * a2 * z2 > k) return rb - Math.sqrt(x2 + z2) * il2;
  if (Math.sign(yy) * a2 * y2 < k) return ra - Math.sqrt(x2 + y2) * il2;
  return ra - (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2;
}
