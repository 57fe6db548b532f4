/**
 * Measuring and solving each body's volume as drawn (issue 10: within ±10 % over every motion): the
 * calibration tool behind volumeCorrection.json (scripts/volumeCorrection.ts), not part of the per-frame
 * posing. The √(L₀/L) scale keeps the volume of a lone fibre's tube, but a body is not one: where a fan's
 * fibres converge the body between them (blended from both, binding.ts) narrows whatever the scale, and
 * where a body bends sharply round the hip or the knee its coarse, long triangles cut the inside of the
 * bend. So a posed body is deformed on the CPU and its enclosed volume measured, and the one factor k on
 * its belly's scale found that brings it to a target volume.
 *
 * Each station's scale is rigid + k·belly (rigid: what stays 1 on the bone near the ends), so every posed
 * vertex is A + k·B and the mesh volume a cubic in k; A is the body posed with k = 0, B the difference
 * from k = 1, and the cubic is solved by Newton's method.
 */
import type { Binding } from './binding';
import { deformBody } from './deform';
import { STATION_FLOATS, STATIONS } from './stations';

/** Bounds of the factor: a pose that turns a mesh inside out must not blow a body up. */
export const MIN_FACTOR = 0.6;
export const MAX_FACTOR = 1.8;

export class BodyVolume {
  readonly rows: Int32Array;
  readonly binding: Binding;
  readonly indices: Uint32Array;
  readonly restVolume: number;
  private readonly posed: Float32Array;
  private readonly a: Float32Array;

  /** A body: its rows, its binding, its rest positions and its outward-wound triangles. */
  constructor(rows: readonly number[], binding: Binding, positions: Float32Array, indices: ArrayLike<number>) {
    this.rows = Int32Array.from(rows);
    this.binding = binding;
    this.indices = Uint32Array.from(indices);
    const c = new Float64Array(4);
    cubic(positions, positions, this.indices, false, c);
    this.restVolume = c[0]!;
    this.posed = new Float32Array(binding.count * 3);
    this.a = new Float32Array(binding.count * 3);
  }

  /**
   * The volume of the body posed in `data` with belly factor k, relative to rest, as a cubic in k:
   * coefficients into c[0..3] (V(k)/V₀ = c0 + c1·k + c2·k² + c3·k³). Leaves `data` at k = 1 on its rows.
   */
  cubic(data: Float32Array, rigid: Float64Array, belly: Float64Array, c: Float64Array): void {
    setScale(data, this.rows, rigid, belly, 1);
    deformBody(data, this.binding, this.posed);
    setScale(data, this.rows, rigid, belly, 0);
    deformBody(data, this.binding, this.a);
    setScale(data, this.rows, rigid, belly, 1);
    const a = this.a;
    const b = this.posed;
    for (let j = 0; j < this.binding.count * 3; j++) b[j] = b[j]! - a[j]!;
    cubic(a, b, this.indices, true, c);
    for (let i = 0; i < 4; i++) c[i] = c[i]! / this.restVolume;
  }
}

/** V(k)/V₀ of a cubic from BodyVolume.cubic. */
export const relativeVolume = (c: ArrayLike<number>, k: number) => c[0]! + k * (c[1]! + k * (c[2]! + k * c[3]!));

/** The factor k (from 1, by Newton, within MIN_FACTOR…MAX_FACTOR) at which V(k)/V₀ = target. */
export function solveFactor(c: ArrayLike<number>, target: number): number {
  let k = 1;
  for (let it = 0; it < 12; it++) {
    const f = relativeVolume(c, k) - target;
    const df = c[1]! + k * (2 * c[2]! + 3 * k * c[3]!);
    if (df <= 0) break;
    k -= f / df;
    k = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, k));
  }
  return k;
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
