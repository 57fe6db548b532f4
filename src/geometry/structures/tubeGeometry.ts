/**
 * The drawn surface of a path-bound structure (ligament, fascia, nerve, vessel): every fibre resampled by
 * arc length to SAMPLES points of the same polyline the CLI measures, and swept by a cross-section of RING
 * vertices — a round tube, or a flat band (four faces, two vertices each so the edges stay sharp) whose
 * face turns away from its `facing` point. Fascia sheets are strips across their listed fibres. Buffers
 * are sized once per structure; `update` rewrites them in place and allocates nothing, so it can run on
 * every pose change.
 */
import type { Pose } from '../../anatomy/model/coordinates';
import type { Frames } from '../../anatomy/model/kinematics';
import { fibrePolyline, maxPolylinePoints } from '../../anatomy/path/musclePath';
import type { PathStructure } from '../../anatomy/structures';

/** Points per fibre along its path. */
export const SAMPLES = 32;
/** Vertices per cross-section. */
export const RING = 8;

/** Cross-section kinds, as numbers so the per-pose loop reads a typed array. */
const BAND = 1;
/*
 * A band's corners in units of half thickness (along u) and half width (along v), counter-clockwise about
 * the tangent from (+u, −v): faces +u, +v, −u, −v, two vertices each so every face keeps its own normal.
 */
const CORNER_U = Int8Array.of(1, 1, 1, -1, -1, -1, -1, 1);
const CORNER_V = Int8Array.of(-1, 1, 1, 1, 1, -1, -1, -1);
const FACE_U = Int8Array.of(1, 0, -1, 0);
const FACE_V = Int8Array.of(0, 1, 0, -1);
const RING_COS = Float64Array.from({ length: RING }, (_, k) => Math.cos((2 * Math.PI * k) / RING));
const RING_SIN = Float64Array.from({ length: RING }, (_, k) => Math.sin((2 * Math.PI * k) / RING));

export class StructureGeometry {
  readonly structure: PathStructure;
  readonly fibreCount: number;
  /** xyz per vertex: fibres (SAMPLES × RING each), then the sheets' strips. */
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** Triangles; fixed, only the vertices move. */
  readonly index: Uint32Array;
  /** The current samples (world, metres) per fibre, SAMPLES × 3 each. */
  readonly samples: Float64Array;
  /** Per fibre: how far a vertex may lie from the fibre's path (tube radius, band half-diagonal). */
  readonly reach: Float64Array;

  private readonly shape: Uint8Array;
  /** Per fibre: radius (tube) or half width, half thickness (band). */
  private readonly size: Float64Array;
  /** Per fibre: the segment of its facing point (-1: none), and that point in the segment. */
  private readonly facingSegment: Int32Array;
  private readonly facingAt: Float64Array;
  private readonly originSegment: Int32Array;
  private readonly insertionSegment: Int32Array;
  /** Per sheet row: the fibre, and whether it runs the other way round to the sheet's first. */
  private readonly sheetFibre: Int32Array;
  private readonly sheetReversed: Uint8Array;
  /** Per sheet row: the rows of its sheet (first, count). */
  private readonly sheetStart: Int32Array;
  private readonly sheetCount: Int32Array;
  private readonly polyline: Float64Array;
  private readonly cum: Float64Array;
  private readonly tangents: Float64Array;
  private readonly scratch = new Float64Array(6);

  constructor(structure: PathStructure, frames: Frames, pose: Pose) {
    this.structure = structure;
    const fibres = structure.fibres;
    const n = fibres.length;
    this.fibreCount = n;
    this.shape = new Uint8Array(n);
    this.size = new Float64Array(n * 2);
    this.reach = new Float64Array(n);
    this.facingSegment = new Int32Array(n).fill(-1);
    this.facingAt = new Float64Array(n * 3);
    this.originSegment = Int32Array.from(fibres, (f) => f.points[0]!.segmentIndex);
    this.insertionSegment = Int32Array.from(fibres, (f) => f.points[f.points.length - 1]!.segmentIndex);
    structure.drawing.fibres.forEach((d, i) => {
      if (d.shape === 'tube') {
        this.size[i * 2] = d.radius;
        this.reach[i] = d.radius;
        return;
      }
      this.shape[i] = BAND;
      this.size[i * 2] = d.width / 2;
      this.size[i * 2 + 1] = d.thickness / 2;
      this.reach[i] = Math.hypot(d.width / 2, d.thickness / 2);
      if (d.facing) {
        this.facingSegment[i] = d.facing.segmentIndex;
        this.facingAt.set(d.facing.at, i * 3);
      }
    });
    const byName = new Map(fibres.map((f, i) => [f.name, i]));
    const rows: { fibre: number; start: number; count: number }[] = [];
    for (const sheet of structure.drawing.sheets) {
      const members = sheet.fibres.map((name) => {
        const i = byName.get(name);
        if (i === undefined) throw new Error(`${structure.id}: sheet ${sheet.name} names no fibre "${name}"`);
        return i;
      });
      const start = rows.length;
      for (const fibre of members) rows.push({ fibre, start, count: members.length });
    }
    this.sheetFibre = Int32Array.from(rows, (r) => r.fibre);
    this.sheetStart = Int32Array.from(rows, (r) => r.start);
    this.sheetCount = Int32Array.from(rows, (r) => r.count);
    this.sheetReversed = new Uint8Array(rows.length);

    const vertices = n * SAMPLES * RING + rows.length * SAMPLES;
    this.positions = new Float32Array(vertices * 3);
    this.normals = new Float32Array(vertices * 3);
    this.samples = new Float64Array(n * SAMPLES * 3);
    this.tangents = new Float64Array(n * SAMPLES * 3);
    const maxPoints = Math.max(2, ...fibres.map(maxPolylinePoints));
    this.polyline = new Float64Array(maxPoints * 3);
    this.cum = new Float64Array(maxPoints);
    this.index = this.triangles(rows.length);

    // A sheet's fibres may be written in either direction: run each the way its neighbour runs, judged once.
    this.sampleFibres(frames, pose);
    const s = this.samples;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (r === row.start) continue;
      const a = rows[r - 1]!.fibre * SAMPLES * 3;
      const b = row.fibre * SAMPLES * 3;
      const last = (SAMPLES - 1) * 3;
      const prevReversed = this.sheetReversed[r - 1] === 1;
      const a0 = prevReversed ? a + last : a;
      const a1 = prevReversed ? a : a + last;
      const d = (i: number, j: number) => Math.hypot(s[i]! - s[j]!, s[i + 1]! - s[j + 1]!, s[i + 2]! - s[j + 2]!);
      this.sheetReversed[r] = d(a0, b) + d(a1, b + last) > d(a0, b + last) + d(a1, b) ? 1 : 0;
    }
    this.update(frames, pose);
  }

  private triangles(sheetRows: number): Uint32Array {
    const out: number[] = [];
    for (let f = 0; f < this.fibreCount; f++) {
      const base = f * SAMPLES * RING;
      const band = this.shape[f] === BAND;
      for (let s = 0; s < SAMPLES - 1; s++) {
        for (let k = 0; k < RING; k++) {
          // A band's faces join only their own two vertices; a tube's ring closes.
          if (band && k % 2 === 1) continue;
          const k1 = band ? k + 1 : (k + 1) % RING;
          const a = base + s * RING + k;
          const b = base + s * RING + k1;
          const c = a + RING;
          const d = b + RING;
          // Counter-clockwise seen from outside (the ring turns counter-clockwise about the tangent).
          out.push(a, b, c, b, d, c);
        }
      }
    }
    const sheetBase = this.fibreCount * SAMPLES * RING;
    for (let r = 0; r < sheetRows; r++) {
      if (r + 1 >= sheetRows || this.sheetStart[r + 1] !== this.sheetStart[r]) continue;
      for (let s = 0; s < SAMPLES - 1; s++) {
        const a = sheetBase + r * SAMPLES + s;
        const b = a + SAMPLES;
        out.push(a, a + 1, b, b, a + 1, b + 1);
      }
    }
    return Uint32Array.from(out);
  }

  /** Every fibre posed, resampled by arc length, with unit tangents. */
  private sampleFibres(frames: Frames, pose: Pose): void {
    const fibres = this.structure.fibres;
    const src = this.polyline;
    const cum = this.cum;
    const out = this.samples;
    for (let f = 0; f < this.fibreCount; f++) {
      const n = fibrePolyline(fibres[f]!, frames, pose, src);
      cum[0] = 0;
      for (let i = 1; i < n; i++) {
        const dx = src[i * 3]! - src[i * 3 - 3]!;
        const dy = src[i * 3 + 1]! - src[i * 3 - 2]!;
        const dz = src[i * 3 + 2]! - src[i * 3 - 1]!;
        cum[i] = cum[i - 1]! + Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
      const total = cum[n - 1]!;
      let seg = 0;
      const o = f * SAMPLES * 3;
      for (let s = 0; s < SAMPLES; s++) {
        const target = (total * s) / (SAMPLES - 1);
        while (seg < n - 2 && cum[seg + 1]! < target) seg++;
        const span = cum[seg + 1]! - cum[seg]!;
        const t = span > 0 ? Math.min(1, Math.max(0, (target - cum[seg]!) / span)) : 0;
        const a = seg * 3;
        const j = o + s * 3;
        out[j] = src[a]! + (src[a + 3]! - src[a]!) * t;
        out[j + 1] = src[a + 1]! + (src[a + 4]! - src[a + 1]!) * t;
        out[j + 2] = src[a + 2]! + (src[a + 5]! - src[a + 2]!) * t;
      }
      const tg = this.tangents;
      for (let s = 0; s < SAMPLES; s++) {
        const a = o + Math.max(0, s - 1) * 3;
        const b = o + Math.min(SAMPLES - 1, s + 1) * 3;
        const x = out[b]! - out[a]!;
        const y = out[b + 1]! - out[a + 1]!;
        const z = out[b + 2]! - out[a + 2]!;
        const l = Math.sqrt(x * x + y * y + z * z);
        const j = o + s * 3;
        if (l > 1e-12) {
          tg[j] = x / l;
          tg[j + 1] = y / l;
          tg[j + 2] = z / l;
        } else {
          tg[j] = 0;
          tg[j + 1] = 1;
          tg[j + 2] = 0;
        }
      }
    }
  }

  /*
   * Arithmetic written out with local numbers, as in pathPoser.ts: a double passed to or returned from a
   * call V8 does not inline is boxed on the heap, and this runs for every vertex on every pose change.
   */
  /** Pose every fibre and sheet (frames must be computeFrames(pose)). */
  update(frames: Frames, pose: Pose): void {
    this.sampleFibres(frames, pose);
    const p = this.samples;
    const tg = this.tangents;
    const pos = this.positions;
    const nor = this.normals;
    const sc = this.scratch;
    for (let f = 0; f < this.fibreCount; f++) {
      const o = f * SAMPLES * 3;
      const band = this.shape[f] === BAND;
      const r1 = this.size[f * 2]!;
      const r2 = this.size[f * 2 + 1]!;
      const fs = this.facingSegment[f]!;
      // Facing point in the world; a band without one faces away from its bones' origins, blended along it.
      if (fs >= 0) {
        const m = frames[fs]!;
        const x = this.facingAt[f * 3]!;
        const y = this.facingAt[f * 3 + 1]!;
        const z = this.facingAt[f * 3 + 2]!;
        sc[0] = sc[3] = m[0]! * x + m[1]! * y + m[2]! * z + m[9]!;
        sc[1] = sc[4] = m[3]! * x + m[4]! * y + m[5]! * z + m[10]!;
        sc[2] = sc[5] = m[6]! * x + m[7]! * y + m[8]! * z + m[11]!;
      } else {
        const a = frames[this.originSegment[f]!]!;
        const b = frames[this.insertionSegment[f]!]!;
        sc[0] = a[9]!;
        sc[1] = a[10]!;
        sc[2] = a[11]!;
        sc[3] = b[9]!;
        sc[4] = b[10]!;
        sc[5] = b[11]!;
      }
      // Parallel transport: each normal is the previous one with its part along the new tangent removed.
      let nx = 0;
      let ny = 0;
      let nz = 0;
      for (let s = 0; s < SAMPLES; s++) {
        const j = o + s * 3;
        const tx = tg[j]!;
        const ty = tg[j + 1]!;
        const tz = tg[j + 2]!;
        if (s === 0) {
          // Start from the world axis least along the tangent.
          const ax = Math.abs(tx);
          const ay = Math.abs(ty);
          const az = Math.abs(tz);
          nx = ax <= ay && ax <= az ? 1 : 0;
          ny = nx === 0 && ay <= az ? 1 : 0;
          nz = nx === 0 && ny === 0 ? 1 : 0;
        }
        let d = nx * tx + ny * ty + nz * tz;
        nx -= d * tx;
        ny -= d * ty;
        nz -= d * tz;
        let l = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (l < 1e-9) {
          // The tangent turned onto the old normal: restart across it.
          nx = Math.abs(tx) < 0.9 ? 0 : -tz;
          ny = Math.abs(tx) < 0.9 ? tz : 0;
          nz = Math.abs(tx) < 0.9 ? -ty : tx;
          l = Math.sqrt(nx * nx + ny * ny + nz * nz);
        }
        nx /= l;
        ny /= l;
        nz /= l;
        const px = p[j]!;
        const py = p[j + 1]!;
        const pz = p[j + 2]!;
        // u: the cross-section's first axis (a band's thickness); v = t × u its second (a band's width).
        let ux = nx;
        let uy = ny;
        let uz = nz;
        if (band) {
          const t = s / (SAMPLES - 1);
          let fx = px - (sc[0]! + (sc[3]! - sc[0]!) * t);
          let fy = py - (sc[1]! + (sc[4]! - sc[1]!) * t);
          let fz = pz - (sc[2]! + (sc[5]! - sc[2]!) * t);
          d = fx * tx + fy * ty + fz * tz;
          fx -= d * tx;
          fy -= d * ty;
          fz -= d * tz;
          const fl = Math.sqrt(fx * fx + fy * fy + fz * fz);
          if (fl > 1e-6) {
            ux = fx / fl;
            uy = fy / fl;
            uz = fz / fl;
          }
        }
        const vx = ty * uz - tz * uy;
        const vy = tz * ux - tx * uz;
        const vz = tx * uy - ty * ux;
        const base = (f * SAMPLES + s) * RING * 3;
        if (!band) {
          for (let k = 0; k < RING; k++) {
            const c = RING_COS[k]!;
            const sn = RING_SIN[k]!;
            const ex = ux * c + vx * sn;
            const ey = uy * c + vy * sn;
            const ez = uz * c + vz * sn;
            const q = base + k * 3;
            pos[q] = px + ex * r1;
            pos[q + 1] = py + ey * r1;
            pos[q + 2] = pz + ez * r1;
            nor[q] = ex;
            nor[q + 1] = ey;
            nor[q + 2] = ez;
          }
          continue;
        }
        // Band: four faces, counter-clockwise about t like the tube's ring, two vertices each.
        for (let k = 0; k < RING; k++) {
          const cu = CORNER_U[k]! * r2;
          const cv = CORNER_V[k]! * r1;
          const fu = FACE_U[k >> 1]!;
          const fv = FACE_V[k >> 1]!;
          const q = base + k * 3;
          pos[q] = px + ux * cu + vx * cv;
          pos[q + 1] = py + uy * cu + vy * cv;
          pos[q + 2] = pz + uz * cu + vz * cv;
          nor[q] = ux * fu + vx * fv;
          nor[q + 1] = uy * fu + vy * fv;
          nor[q + 2] = uz * fu + vz * fv;
        }
      }
    }
    this.updateSheets();
  }

  /** Sheets: the rows' fibre samples, normals across the fibre and its neighbours. */
  private updateSheets(): void {
    const p = this.samples;
    const tg = this.tangents;
    const pos = this.positions;
    const nor = this.normals;
    const sheetBase = this.fibreCount * SAMPLES * RING;
    for (let r = 0; r < this.sheetFibre.length; r++) {
      const start = this.sheetStart[r]!;
      const last = start + this.sheetCount[r]! - 1;
      const prev = r > start ? r - 1 : r;
      const next = r < last ? r + 1 : r;
      for (let s = 0; s < SAMPLES; s++) {
        const j = this.sheetSample(r, s);
        const a = this.sheetSample(prev, s);
        const b = this.sheetSample(next, s);
        const q = (sheetBase + r * SAMPLES + s) * 3;
        pos[q] = p[j]!;
        pos[q + 1] = p[j + 1]!;
        pos[q + 2] = p[j + 2]!;
        const cx = p[b]! - p[a]!;
        const cy = p[b + 1]! - p[a + 1]!;
        const cz = p[b + 2]! - p[a + 2]!;
        // A reversed fibre's tangent points against the sheet's direction.
        const sign = this.sheetReversed[r] ? -1 : 1;
        const tx = tg[j]! * sign;
        const ty = tg[j + 1]! * sign;
        const tz = tg[j + 2]! * sign;
        let nx = ty * cz - tz * cy;
        let ny = tz * cx - tx * cz;
        let nz = tx * cy - ty * cx;
        const l = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (l > 1e-12) {
          nx /= l;
          ny /= l;
          nz /= l;
        }
        nor[q] = nx;
        nor[q + 1] = ny;
        nor[q + 2] = nz;
      }
    }
  }

  /** Offset in `samples` of sheet row r's s-th point, in the sheet's direction. */
  private sheetSample(r: number, s: number): number {
    const f = this.sheetFibre[r]!;
    return (f * SAMPLES + (this.sheetReversed[r] ? SAMPLES - 1 - s : s)) * 3;
  }
}
