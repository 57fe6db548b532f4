/**
 * Keeping each body's volume as drawn (issue 10: within ±10 % over every motion). The √(L₀/L) scale keeps
 * the volume of a lone fibre's tube, but a body is not one: where a fan's fibres converge the body
 * between them (blended from both, binding.ts) narrows whatever the scale, and where a body bends sharply
 * round the hip or the knee its coarse, long triangles cut the inside of the bend. So after the paths are
 * posed, each body is posed on the CPU once and its enclosed volume measured; a body that has left the
 * band of ±BAND gets one factor k on its belly's scale that brings it back to the band's edge (bodies
 * inside the band are left exactly as posed, so nothing thickens that need not: a thicker body sinks
 * deeper into the bone it lies on).
 *
 * Each station's scale is rigid + belly (rigid: what stays 1 on the bone near the ends), so every posed
 * vertex is A + k·B and the mesh volume a cubic in k; A is the body posed with k = 0, B the difference
 * from k = 1, and the cubic is solved by Newton's method. The shader reads the same data, so the GPU
 * draws exactly what is measured here. Allocates nothing per pose.
 */
import type { Binding } from './binding';
import { deformBody } from './deform';
import { STATION_FLOATS, STATIONS } from './stations';

/** The band (relative volume change) a body is kept within: inside the bar of ±10 %, with a margin. */
const BAND = 0.09;
/** Bounds of the factor: a pose that turns a mesh inside out must not blow a body up. */
const MIN_FACTOR = 0.6;
const MAX_FACTOR = 1.8;

interface Body {
  rows: Int32Array;
  binding: Binding;
  indices: Uint32Array;
  restVolume: number;
  /** The body posed with k = 1, and with k = 0 (then turned into B = posed − A). */
  posed: Float32Array;
  a: Float32Array;
}

export class BodyVolumes {
  private readonly bodies: Body[] = [];
  /** Cubic coefficients (scratch). */
  private readonly c = new Float64Array(4);

  /** Record a body: its rows, its binding, its rest positions and its outward-wound triangles. */
  add(rows: readonly number[], binding: Binding, positions: Float32Array, indices: ArrayLike<number>): void {
    const idx = Uint32Array.from(indices);
    cubic(positions, positions, idx, false, this.c);
    // A mesh enclosing nothing (or wound inside out) has no volume to keep.
    if (!(this.c[0]! > 0)) return;
    this.bodies.push({
      rows: Int32Array.from(rows),
      binding,
      indices: idx,
      restVolume: this.c[0]!,
      posed: new Float32Array(binding.count * 3),
      a: new Float32Array(binding.count * 3),
    });
  }

  /** Write every station's scale into `data`: rigid + belly, the belly weighed by k for a body out of the band. */
  apply(data: Float32Array, rigid: Float64Array, belly: Float64Array): void {
    for (let i = 0; i < rigid.length; i++) data[i * STATION_FLOATS + 3] = rigid[i]! + belly[i]!;
    const c = this.c;
    for (let n = 0; n < this.bodies.length; n++) {
      const body = this.bodies[n]!;
      deformBody(data, body.binding, body.posed);
      cubic(body.posed, body.posed, body.indices, false, c);
      const ratio = c[0]! / body.restVolume;
      if (ratio >= 1 - BAND && ratio <= 1 + BAND) continue;
      const target = body.restVolume * (ratio < 1 ? 1 - BAND : 1 + BAND);
      setScale(data, body.rows, rigid, belly, 0);
      deformBody(data, body.binding, body.a);
      const a = body.a;
      const b = body.posed;
      for (let j = 0; j < body.binding.count * 3; j++) b[j] = b[j]! - a[j]!;
      cubic(a, b, body.indices, true, c);
      // V(k) = c0 + c1·k + c2·k² + c3·k³ = target, from k = 1.
      let k = 1;
      for (let it = 0; it < 8; it++) {
        const f = c[0]! + k * (c[1]! + k * (c[2]! + k * c[3]!)) - target;
        const df = c[1]! + k * (2 * c[2]! + 3 * k * c[3]!);
        if (df <= 0) break;
        k -= f / df;
        k = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, k));
      }
      setScale(data, body.rows, rigid, belly, k);
    }
  }
}

/** The scale of every station of `rows`: rigid + k·belly. */
function setScale(data: Float32Array, rows: Int32Array, rigid: Float64Array, belly: Float64Array, k: number): void {
  for (let r = 0; r < rows.length; r++) {
    const base = rows[r]! * STATIONS;
    for (let s = base; s < base + STATIONS; s++) data[s * STATION_FLOATS + 3] = rigid[s]! + k * belly[s]!;
  }
}

/**
 * The enclosed volume of the mesh with vertices A + k·B as a cubic in k: coefficients into c[0..3]
 * (without B only c[0], the volume of A). Coordinates are taken relative to A's first vertex, so the sum
 * keeps its digits though the body lies far from the origin (a closed mesh's volume does not depend on
 * where it is measured from).
 */
function cubic(A: Float32Array, B: Float32Array, indices: Uint32Array, withB: boolean, c: Float64Array): void {
  const ox = A[0]!;
  const oy = A[1]!;
  const oz = A[2]!;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const i = indices[t]! * 3;
    const j = indices[t + 1]! * 3;
    const l = indices[t + 2]! * 3;
    const ax = A[i]! - ox;
    const ay = A[i + 1]! - oy;
    const az = A[i + 2]! - oz;
    const bx = A[j]! - ox;
    const by = A[j + 1]! - oy;
    const bz = A[j + 2]! - oz;
    const cx = A[l]! - ox;
    const cy = A[l + 1]! - oy;
    const cz = A[l + 2]! - oz;
    // det(a + k·u, b + k·v, c + k·w), a triangle's six-fold signed volume, expanded in powers of k.
    const bcx = by * cz - bz * cy;
    const bcy = bz * cx - bx * cz;
    const bcz = bx * cy - by * cx;
    c0 += ax * bcx + ay * bcy + az * bcz;
    if (!withB) continue;
    const ux = B[i]!;
    const uy = B[i + 1]!;
    const uz = B[i + 2]!;
    const vx = B[j]!;
    const vy = B[j + 1]!;
    const vz = B[j + 2]!;
    const wx = B[l]!;
    const wy = B[l + 1]!;
    const wz = B[l + 2]!;
    // v × c + b × w
    const mx = vy * cz - vz * cy + (by * wz - bz * wy);
    const my = vz * cx - vx * cz + (bz * wx - bx * wz);
    const mz = vx * cy - vy * cx + (bx * wy - by * wx);
    const vwx = vy * wz - vz * wy;
    const vwy = vz * wx - vx * wz;
    const vwz = vx * wy - vy * wx;
    c1 += ux * bcx + uy * bcy + uz * bcz + ax * mx + ay * my + az * mz;
    c2 += ax * vwx + ay * vwy + az * vwz + ux * mx + uy * my + uz * mz;
    c3 += ux * vwx + uy * vwy + uz * vwz;
  }
  c[0] = c0 / 6;
  c[1] = c1 / 6;
  c[2] = c2 / 6;
  c[3] = c3 / 6;
}
