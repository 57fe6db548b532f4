/**
 * The field of a stack of sections (positive inside, ≈ metres near the surface): a point is referred to
 * the nearest piece of the line of action, and its signed distance to the two neighbouring sections'
 * rounded hulls, taken in their planes, is interpolated between them. Past the ends the body is closed
 * by a rounded cap. A uniform grid of candidate pieces keeps each evaluation local.
 */
import type { Sections } from './sections';

const CELL = 0.01;

export class SectionField {
  private readonly s: Sections;
  private readonly lo: [number, number, number];
  private readonly dims: [number, number, number];
  private readonly cells: Map<number, Int32Array>;
  readonly min: [number, number, number];
  readonly max: [number, number, number];

  constructor(s: Sections) {
    this.s = s;
    const boxes: number[][] = [];
    for (let j = 0; j + 1 < s.count; j++) {
      const r = Math.max(s.reach[j]!, s.reach[j + 1]!, 0) + 0.004;
      const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
      for (const k of [j, j + 1]) {
        for (let c = 0; c < 3; c++) {
          b[c] = Math.min(b[c]!, s.o[k * 3 + c]! - r);
          b[c + 3] = Math.max(b[c + 3]!, s.o[k * 3 + c]! + r);
        }
      }
      boxes.push(b);
    }
    this.min = [0, 1, 2].map((c) => Math.min(...boxes.map((b) => b[c]!))) as [number, number, number];
    this.max = [0, 1, 2].map((c) => Math.max(...boxes.map((b) => b[c + 3]!))) as [number, number, number];
    this.lo = [this.min[0] - CELL, this.min[1] - CELL, this.min[2] - CELL];
    this.dims = [0, 1, 2].map((c) => Math.ceil((this.max[c]! - this.lo[c]!) / CELL) + 2) as [number, number, number];
    const lists = new Map<number, number[]>();
    boxes.forEach((b, index) => {
      const c0 = [0, 1, 2].map((c) => Math.max(0, Math.floor((b[c]! - this.lo[c]!) / CELL)));
      const c1 = [0, 1, 2].map((c) => Math.min(this.dims[c]! - 1, Math.floor((b[c + 3]! - this.lo[c]!) / CELL)));
      for (let i = c0[0]!; i <= c1[0]!; i++) {
        for (let j = c0[1]!; j <= c1[1]!; j++) {
          for (let k = c0[2]!; k <= c1[2]!; k++) {
            const key = (k * this.dims[1] + j) * this.dims[0] + i;
            let list = lists.get(key);
            if (!list) {
              list = [];
              lists.set(key, list);
            }
            list.push(index);
          }
        }
      }
    });
    this.cells = new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));
  }

  /** Nearest piece of the line of action: index j and position f ∈ [0, 1] along it (or −1 when none is near). */
  nearest(x: number, y: number, z: number, out: { j: number; f: number; w: number }): void {
    out.j = -1;
    const i = Math.floor((x - this.lo[0]) / CELL);
    const jj = Math.floor((y - this.lo[1]) / CELL);
    const k = Math.floor((z - this.lo[2]) / CELL);
    if (i < 0 || jj < 0 || k < 0 || i >= this.dims[0] || jj >= this.dims[1] || k >= this.dims[2]) return;
    const list = this.cells.get((k * this.dims[1] + jj) * this.dims[0] + i);
    if (!list) return;
    const o = this.s.o;
    const t = this.s.t;
    // First choice: the piece whose two section planes the point lies between (the natural way to
    // interpolate sections); of several, the one nearest the line.
    let best = Number.POSITIVE_INFINITY;
    for (let n = 0; n < list.length; n++) {
      const j = list[n]!;
      const a = j * 3;
      const s0 = (x - o[a]!) * t[a]! + (y - o[a + 1]!) * t[a + 1]! + (z - o[a + 2]!) * t[a + 2]!;
      const s1 = (x - o[a + 3]!) * t[a + 3]! + (y - o[a + 4]!) * t[a + 4]! + (z - o[a + 5]!) * t[a + 5]!;
      if (s0 < 0 || s1 > 0) continue;
      const f = s0 - s1 > 0 ? s0 / (s0 - s1) : 0;
      const dx = x - o[a]! - (o[a + 3]! - o[a]!) * f;
      const dy = y - o[a + 1]! - (o[a + 4]! - o[a + 1]!) * f;
      const dz = z - o[a + 2]! - (o[a + 5]! - o[a + 2]!) * f;
      const d = dx * dx + dy * dy + dz * dz;
      if (d < best) {
        best = d;
        out.j = j;
        out.f = f;
        out.w = 0;
      }
    }
    if (out.j >= 0) return;
    for (let n = 0; n < list.length; n++) {
      const j = list[n]!;
      const ax = o[j * 3]!;
      const ay = o[j * 3 + 1]!;
      const az = o[j * 3 + 2]!;
      const ex = o[j * 3 + 3]! - ax;
      const ey = o[j * 3 + 4]! - ay;
      const ez = o[j * 3 + 5]! - az;
      const ee = ex * ex + ey * ey + ez * ez;
      const proj = ee > 0 ? ((x - ax) * ex + (y - ay) * ey + (z - az) * ez) / ee : 0;
      const f = Math.min(1, Math.max(0, proj));
      const dx = x - ax - ex * f;
      const dy = y - ay - ey * f;
      const dz = z - az - ez * f;
      const d = dx * dx + dy * dy + dz * dz;
      if (d < best) {
        best = d;
        out.j = j;
        out.f = f;
        const first = j === 0 && proj < 0;
        const last = j === this.s.count - 2 && proj > 1;
        out.w = first ? -proj * Math.sqrt(ee) : last ? (proj - 1) * Math.sqrt(ee) : 0;
      }
    }
  }

  private readonly near = { j: 0, f: 0, w: 0 };

  /** The point of the line of action a point of the body belongs to (false when none is near). */
  anchor(x: number, y: number, z: number, out: number[]): boolean {
    this.nearest(x, y, z, this.near);
    const { j, f } = this.near;
    if (j < 0) return false;
    for (let d = 0; d < 3; d++) out[d] = this.s.o[j * 3 + d]! * (1 - f) + this.s.o[j * 3 + 3 + d]! * f;
    return true;
  }

  /** Belly-ness (0 tendon … 1 full belly) of the sections a point lies between. */
  bellyAt(x: number, y: number, z: number): number {
    this.nearest(x, y, z, this.near);
    const { j, f } = this.near;
    return j < 0 ? 1 : this.s.belly[j]! * (1 - f) + this.s.belly[j + 1]! * f;
  }

  value(x: number, y: number, z: number): number {
    const near = this.near;
    this.nearest(x, y, z, near);
    if (near.j < 0) return -0.02;
    const s = this.s;
    const j = near.j;
    const f = near.f;
    const g = 1 - f;
    const ox = s.o[j * 3]! * g + s.o[j * 3 + 3]! * f;
    const oy = s.o[j * 3 + 1]! * g + s.o[j * 3 + 4]! * f;
    const oz = s.o[j * 3 + 2]! * g + s.o[j * 3 + 5]! * f;
    const dx = x - ox;
    const dy = y - oy;
    const dz = z - oz;
    const d0 = this.sectionDistance(j, dx, dy, dz);
    const d1 = this.sectionDistance(j + 1, dx, dy, dz);
    let d = d0 * g + d1 * f;
    const w = near.w;
    if (w > 0) d = d > 0 ? Math.sqrt(d * d + w * w) : Math.max(d, w);
    return -d;
  }

  /** Signed distance (≈ metres) of an offset from section k's centre to its rounded hull, in its plane. */
  private sectionDistance(k: number, dx: number, dy: number, dz: number): number {
    const s = this.s;
    const n = k * 3;
    const aspect = s.aspect[k]!;
    const u = (dx * s.n[n]! + dy * s.n[n + 1]! + dz * s.n[n + 2]!) / aspect;
    const v = dx * s.b[n]! + dy * s.b[n + 1]! + dz * s.b[n + 2]!;
    const a = s.start[k]!;
    const e = s.start[k + 1]!;
    const p = s.poly;
    let d: number;
    if (e - a === 1) d = Math.hypot(u - p[a * 2]!, v - p[a * 2 + 1]!);
    else if (!s.closed[k]) {
      // An open chain: distance to it.
      d = Number.POSITIVE_INFINITY;
      for (let i = a; i + 1 < e; i++)
        d = Math.min(d, segDistance(u, v, p[i * 2]!, p[i * 2 + 1]!, p[i * 2 + 2]!, p[i * 2 + 3]!));
    } else {
      // A closed polygon (convex hull or ribbon): distance to its edges, inside where it winds round the
      // point (non-zero winding, so a ribbon folded over itself stays solid).
      let winding = 0;
      d = Number.POSITIVE_INFINITY;
      for (let i = a; i < e; i++) {
        const i2 = i + 1 < e ? i + 1 : a;
        const x0 = p[i * 2]!;
        const y0 = p[i * 2 + 1]!;
        const x1 = p[i2 * 2]!;
        const y1 = p[i2 * 2 + 1]!;
        d = Math.min(d, segDistance(u, v, x0, y0, x1, y1));
        const side = (x1 - x0) * (v - y0) - (u - x0) * (y1 - y0);
        if (y0 <= v) {
          if (y1 > v && side > 0) winding++;
        } else if (y1 <= v && side < 0) winding--;
      }
      if (winding !== 0) d = -d;
    }
    // Stretched units → metres, roughly (exact across the thickness).
    return (d - s.r[k]!) * Math.min(1, aspect);
  }
}

function segDistance(u: number, v: number, x0: number, y0: number, x1: number, y1: number): number {
  const ex = x1 - x0;
  const ey = y1 - y0;
  const ee = ex * ex + ey * ey;
  let t = ee > 0 ? ((u - x0) * ex + (v - y0) * ey) / ee : 0;
  t = Math.min(1, Math.max(0, t));
  return Math.hypot(u - x0 - ex * t, v - y0 - ey * t);
}
