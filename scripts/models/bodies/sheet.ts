/**
 * A fan or sheet of several fibres (gluteus medius, iliacus, quadratus lumborum, the erector columns) as a
 * thick layer: a smooth mid-surface through its fibres — each drawn path resampled at equal fractions of
 * its length, and smooth curves across the fibres in their order (a fan's fibres share an origin line and
 * an insertion) — given a thickness that is greatest in the middle of the layer and its belly and thins to
 * the edges and into the tendon. The layer lies on the bone: where the bone is within `fill` of its
 * fibres (a hollow such as the iliac fossa) its inner face reaches down to the bone; elsewhere its
 * mid-surface stands off the fibres, away from the bone, by `push` × its half-thickness. Field: the
 * half-thickness at the nearest point of the mid-surface minus the distance to it (positive inside).
 */
import type { BodySpec } from '../../../src/geometry/bodies/spec';
import type { FibreLine } from './fibreLines';

/** Samples along each fibre, and across between neighbouring fibres. */
const ALONG = 48;
const ACROSS = 5;
const CELL = 0.01;

const smooth = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));

function sampleAt(l: FibreLine, s: number, out: number[], o: number): number {
  let i = 0;
  while (i < l.n - 2 && l.s[i + 1]! < s) i++;
  const f = Math.min(1, Math.max(0, (s - l.s[i]!) / (l.s[i + 1]! - l.s[i]! || 1)));
  for (let c = 0; c < 3; c++) out[o + c] = l.rest[i * 3 + c]! * (1 - f) + l.rest[(i + 1) * 3 + c]! * f;
  return l.profile[i]! * (1 - f) + l.profile[i + 1]! * f;
}

/** Bone normal (out[0..2]) and distance from the bone (out[3]) at arc length s of a fibre. */
function boneAt(l: FibreLine, s: number, out: number[]): void {
  let i = 0;
  while (i < l.n - 2 && l.s[i + 1]! < s) i++;
  const f = Math.min(1, Math.max(0, (s - l.s[i]!) / (l.s[i + 1]! - l.s[i]! || 1)));
  for (let c = 0; c < 3; c++) out[c] = l.boneN[i * 3 + c]! * (1 - f) + l.boneN[(i + 1) * 3 + c]! * f;
  out[3] = l.boneD[i]! * (1 - f) + l.boneD[i + 1]! * f;
}

const cr = (p0: number, p1: number, p2: number, p3: number, t: number) =>
  0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);

export interface SheetInputs {
  /** Mid-surface grid before standing off the bone: rows across (u), columns along (t); xyz. */
  points: Float64Array;
  /** Away-from-bone direction per grid point (unit, or zero), and distance from the bone (m). */
  away: Float64Array;
  gap: Float64Array;
  /** Belly profile per grid point (0 tendon … 1 full belly). */
  profile: Float64Array;
  rows: number;
  cols: number;
}

/** The layer's grid through its fibres (size-independent). */
export function sheetInputs(spec: BodySpec, lines: FibreLine[]): SheetInputs {
  const K = lines.length;
  const rows = (K - 1) * ACROSS + 1;
  const cols = ALONG;
  // Each fibre at equal fractions of its whole line (its footprint extensions included).
  const fib = lines.map((l) => {
    const p: number[] = new Array(cols * 3);
    const prof: number[] = new Array(cols);
    const away: number[] = new Array(cols * 3);
    const gap: number[] = new Array(cols);
    const b = [0, 0, 0, 0];
    for (let c = 0; c < cols; c++) {
      const s = l.s[0]! + ((l.s[l.n - 1]! - l.s[0]!) * c) / (cols - 1);
      prof[c] = sampleAt(l, s, p, c * 3);
      boneAt(l, s, b);
      away.splice(c * 3, 3, b[0]!, b[1]!, b[2]!);
      gap[c] = b[3]!;
    }
    return { p, prof, away, gap };
  });
  const widen = spec.tuning.fanOrigin ?? 1;
  const points = new Float64Array(rows * cols * 3);
  const away = new Float64Array(rows * cols * 3);
  const gap = new Float64Array(rows * cols);
  const profile = new Float64Array(rows * cols);
  for (let c = 0; c < cols; c++) {
    // The layer's middle at this fraction, for widening the origin.
    const mid = [0, 0, 0];
    for (const f of fib) for (let d = 0; d < 3; d++) mid[d] = mid[d]! + f.p[c * 3 + d]! / K;
    const w = 1 + (widen - 1) * (1 - smooth(c / (cols - 1) / 0.7));
    for (let r = 0; r < rows; r++) {
      const k = Math.min(K - 2, Math.floor(r / ACROSS));
      const t = (r - k * ACROSS) / ACROSS;
      const i0 = Math.max(0, k - 1);
      const i3 = Math.min(K - 1, k + 2);
      const o = (r * cols + c) * 3;
      for (let d = 0; d < 3; d++) {
        const v = cr(
          fib[i0]!.p[c * 3 + d]!,
          fib[k]!.p[c * 3 + d]!,
          fib[k + 1]!.p[c * 3 + d]!,
          fib[i3]!.p[c * 3 + d]!,
          t,
        );
        points[o + d] = mid[d]! + (v - mid[d]!) * w;
        away[o + d] = fib[k]!.away[c * 3 + d]! * (1 - t) + fib[k + 1]!.away[c * 3 + d]! * t;
      }
      profile[r * cols + c] = fib[k]!.prof[c]! * (1 - t) + fib[k + 1]!.prof[c]! * t;
      gap[r * cols + c] = fib[k]!.gap[c]! * (1 - t) + fib[k + 1]!.gap[c]! * t;
    }
  }
  return { points, away, gap, profile, rows, cols };
}

export class SheetField {
  /** Mid-surface (stood off the bone) and half-thickness per grid point. */
  private readonly mid: Float64Array;
  private readonly half: Float64Array;
  private readonly belly: Float64Array;
  private readonly tris: Int32Array;
  private readonly lo: [number, number, number];
  private readonly dims: [number, number, number];
  private readonly cells = new Map<number, Int32Array>();
  readonly min: [number, number, number];
  readonly max: [number, number, number];

  /** `scale`: the layer's half-thickness where it is fullest (middle of the belly), metres. */
  constructor(spec: BodySpec, g: SheetInputs, scale: number) {
    const { rows, cols } = g;
    const n = rows * cols;
    this.mid = new Float64Array(n * 3);
    this.half = new Float64Array(n);
    this.belly = Float64Array.from(g.profile);
    const tendonHalf = spec.tuning.tendonSection.halfThickness;
    const { push, fill } = spec.tuning;
    // The layer's face normals, turned away from the bone (by the majority of the fibres' bone normals).
    const normal = new Float64Array(n * 3);
    let agree = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const at = (rr: number, cc: number, d: number) =>
          g.points[(Math.min(rows - 1, Math.max(0, rr)) * cols + Math.min(cols - 1, Math.max(0, cc))) * 3 + d]!;
        const du = [0, 1, 2].map((d) => at(r + 1, c, d) - at(r - 1, c, d));
        const dt = [0, 1, 2].map((d) => at(r, c + 1, d) - at(r, c - 1, d));
        const nx = du[1]! * dt[2]! - du[2]! * dt[1]!;
        const ny = du[2]! * dt[0]! - du[0]! * dt[2]!;
        const nz = du[0]! * dt[1]! - du[1]! * dt[0]!;
        const l = Math.hypot(nx, ny, nz) || 1;
        const o = (r * cols + c) * 3;
        normal[o] = nx / l;
        normal[o + 1] = ny / l;
        normal[o + 2] = nz / l;
        agree += normal[o]! * g.away[o]! + normal[o + 1]! * g.away[o + 1]! + normal[o + 2]! * g.away[o + 2]!;
      }
    }
    const sign = agree < 0 ? -1 : 1;
    for (let r = 0; r < rows; r++) {
      const u = rows > 1 ? r / (rows - 1) : 0.5;
      // Across the layer: full in the middle, a third at the edges.
      const lens = 0.35 + 0.65 * (1 - (2 * u - 1) ** 2);
      for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        const p = g.profile[i]!;
        const h = tendonHalf + (scale * lens - tendonHalf) * p;
        const half = Math.max(tendonHalf, h);
        // The layer spans [lo, hi] along its normal from the fibres: off the bone by `push`, and over a
        // hollow its inner face reaches down towards the bone (at most 2.5 half-thicknesses, so the
        // layer's size still sets its volume); the reach fades out past `fill`.
        let lo = -(1 - push) * half;
        const hi = (1 + push) * half;
        const gap = Math.max(0, g.gap[i]!);
        const reach = gap <= fill ? 1 : gap >= 1.5 * fill ? 0 : 1 - (gap - fill) / (0.5 * fill);
        lo = Math.min(lo, lo + (-Math.min(gap, 2.5 * Math.max(0, h)) - lo) * reach);
        this.half[i] = (hi - lo) / 2;
        const stand = ((hi + lo) / 2) * sign;
        for (let d = 0; d < 3; d++) this.mid[i * 3 + d] = g.points[i * 3 + d]! + normal[i * 3 + d]! * stand;
      }
    }
    const tris: number[] = [];
    for (let r = 0; r + 1 < rows; r++) {
      for (let c = 0; c + 1 < cols; c++) {
        const a = r * cols + c;
        tris.push(a, a + cols, a + 1, a + 1, a + cols, a + cols + 1);
      }
    }
    this.tris = Int32Array.from(tris);
    const boxes: number[][] = [];
    for (let t = 0; t < this.tris.length; t += 3) {
      const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
      let h = 0;
      for (let k = 0; k < 3; k++) {
        const v = this.tris[t + k]!;
        h = Math.max(h, this.half[v]!);
        for (let d = 0; d < 3; d++) {
          b[d] = Math.min(b[d]!, this.mid[v * 3 + d]!);
          b[d + 3] = Math.max(b[d + 3]!, this.mid[v * 3 + d]!);
        }
      }
      for (let d = 0; d < 3; d++) {
        b[d] = b[d]! - h - 0.003;
        b[d + 3] = b[d + 3]! + h + 0.003;
      }
      boxes.push(b);
    }
    this.min = [0, 1, 2].map((d) => Math.min(...boxes.map((b) => b[d]!))) as [number, number, number];
    this.max = [0, 1, 2].map((d) => Math.max(...boxes.map((b) => b[d + 3]!))) as [number, number, number];
    this.lo = [this.min[0] - CELL, this.min[1] - CELL, this.min[2] - CELL];
    this.dims = [0, 1, 2].map((d) => Math.ceil((this.max[d]! - this.lo[d]!) / CELL) + 2) as [number, number, number];
    const lists = new Map<number, number[]>();
    boxes.forEach((b, index) => {
      const c0 = [0, 1, 2].map((d) => Math.max(0, Math.floor((b[d]! - this.lo[d]!) / CELL)));
      const c1 = [0, 1, 2].map((d) => Math.min(this.dims[d]! - 1, Math.floor((b[d + 3]! - this.lo[d]!) / CELL)));
      for (let i = c0[0]!; i <= c1[0]!; i++) {
        for (let j = c0[1]!; j <= c1[1]!; j++) {
          for (let k = c0[2]!; k <= c1[2]!; k++) {
            const key = (k * this.dims[1] + j) * this.dims[0] + i;
            let list = lists.get(key);
            if (!list) {
              list = [];
              lists.set(key, list);
            }
            list.push(index * 3);
          }
        }
      }
    });
    for (const [k, v] of lists) this.cells.set(k, Int32Array.from(v));
  }

  private readonly hit = { d: 0, u: 0, v: 0, w: 0, t: -1 };

  /** Nearest triangle of the mid-surface and the barycentrics of the nearest point on it. */
  private nearest(x: number, y: number, z: number): boolean {
    const i = Math.floor((x - this.lo[0]) / CELL);
    const j = Math.floor((y - this.lo[1]) / CELL);
    const k = Math.floor((z - this.lo[2]) / CELL);
    this.hit.t = -1;
    if (i < 0 || j < 0 || k < 0 || i >= this.dims[0] || j >= this.dims[1] || k >= this.dims[2]) return false;
    const list = this.cells.get((k * this.dims[1] + j) * this.dims[0] + i);
    if (!list) return false;
    const m = this.mid;
    let best = Number.POSITIVE_INFINITY;
    for (let n = 0; n < list.length; n++) {
      const t = list[n]!;
      const a = this.tris[t]! * 3;
      const b = this.tris[t + 1]! * 3;
      const c = this.tris[t + 2]! * 3;
      const q = closest(x, y, z, m[a]!, m[a + 1]!, m[a + 2]!, m[b]!, m[b + 1]!, m[b + 2]!, m[c]!, m[c + 1]!, m[c + 2]!);
      // Compare by distance less half-thickness: the surface of the layer nearest the point.
      const h =
        this.half[this.tris[t]!]! * q.u + this.half[this.tris[t + 1]!]! * q.v + this.half[this.tris[t + 2]!]! * q.w;
      const score = q.d - h;
      if (score < best) {
        best = score;
        this.hit.d = q.d;
        this.hit.u = q.u;
        this.hit.v = q.v;
        this.hit.w = q.w;
        this.hit.t = t;
      }
    }
    return true;
  }

  /** The point of the mid-surface a point of the body belongs to (false when none is near). */
  anchor(x: number, y: number, z: number, out: number[]): boolean {
    if (!this.nearest(x, y, z) || this.hit.t < 0) return false;
    const t = this.hit.t;
    const m = this.mid;
    for (let d = 0; d < 3; d++) {
      out[d] = m[this.tris[t]! * 3 + d]! * this.hit.u + m[this.tris[t + 1]! * 3 + d]! * this.hit.v + m[this.tris[t + 2]! * 3 + d]! * this.hit.w;
    }
    return true;
  }

  value(x: number, y: number, z: number): number {
    if (!this.nearest(x, y, z) || this.hit.t < 0) return -0.02;
    const t = this.hit.t;
    const h =
      this.half[this.tris[t]!]! * this.hit.u +
      this.half[this.tris[t + 1]!]! * this.hit.v +
      this.half[this.tris[t + 2]!]! * this.hit.w;
    return h - this.hit.d;
  }

  /** Belly-ness (0 tendon … 1 full belly) of the layer nearest a point. */
  bellyAt(x: number, y: number, z: number): number {
    if (!this.nearest(x, y, z) || this.hit.t < 0) return 1;
    const t = this.hit.t;
    return (
      this.belly[this.tris[t]!]! * this.hit.u +
      this.belly[this.tris[t + 1]!]! * this.hit.v +
      this.belly[this.tris[t + 2]!]! * this.hit.w
    );
  }
}

const out = { d: 0, u: 0, v: 0, w: 0 };

/** Distance from p to triangle abc and barycentrics of the closest point (Ericson 5.1.5). */
function closest(
  px: number,
  py: number,
  pz: number,
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  cx: number,
  cy: number,
  cz: number,
) {
  const abx = bx - ax;
  const aby = by - ay;
  const abz = bz - az;
  const acx = cx - ax;
  const acy = cy - ay;
  const acz = cz - az;
  const apx = px - ax;
  const apy = py - ay;
  const apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let u = 1;
  let v = 0;
  let w = 0;
  if (d1 <= 0 && d2 <= 0) {
    u = 1;
  } else {
    const bpx = px - bx;
    const bpy = py - by;
    const bpz = pz - bz;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = px - cx;
    const cpy = py - cy;
    const cpz = pz - cz;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      u = 0;
      v = 1;
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      v = d1 / (d1 - d3);
      u = 1 - v;
    } else if (d6 >= 0 && d5 <= d6) {
      u = 0;
      w = 1;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      w = d2 / (d2 - d6);
      u = 1 - w;
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      u = 0;
      v = 1 - w;
    } else {
      const denom = 1 / (va + vb + vc);
      v = vb * denom;
      w = vc * denom;
      u = 1 - v - w;
    }
  }
  const qx = ax * u + bx * v + cx * w;
  const qy = ay * u + by * v + cy * w;
  const qz = az * u + bz * v + cz * w;
  out.d = Math.sqrt((px - qx) ** 2 + (py - qy) ** 2 + (pz - qz) ** 2);
  out.u = u;
  out.v = v;
  out.w = w;
  return out;
}
