/**
 * Binding a rest-pose body to its fibres: each vertex follows the one or two fibres nearest to it (in the
 * rest pose), at its station coordinate along each (0 … STATIONS − 1) with its offset from that point
 * (world metres, rest pose). Weights fall with the fourth power of distance, so a vertex between two
 * fibres blends them and one beside a fibre follows it alone. The same binding drives the vertex shader
 * and the CPU deformation (deform.ts).
 */
import { STATIONS } from './stations';

export interface Binding {
  count: number;
  /** Per vertex: row A, station coordinate along A, row B, station coordinate along B. */
  bind: Float32Array;
  /** Per vertex: weight of A (B gets the rest). */
  weight: Float32Array;
  /** Per vertex: offsets from the points on A and on B, rest pose, world metres. */
  offsetA: Float32Array;
  offsetB: Float32Array;
}

/** Nearest point of one row's rest stations to (x, y, z): squared distance, station coordinate into out. */
function nearestOnRow(stations: Float64Array, row: number, x: number, y: number, z: number, out: Float64Array): void {
  const base = row * STATIONS * 3;
  let best = Number.POSITIVE_INFINITY;
  let bestX = 0;
  for (let s = 0; s + 1 < STATIONS; s++) {
    const a = base + s * 3;
    const ax = stations[a]!;
    const ay = stations[a + 1]!;
    const az = stations[a + 2]!;
    const ex = stations[a + 3]! - ax;
    const ey = stations[a + 4]! - ay;
    const ez = stations[a + 5]! - az;
    const ee = ex * ex + ey * ey + ez * ez;
    let t = ee > 0 ? ((x - ax) * ex + (y - ay) * ey + (z - az) * ez) / ee : 0;
    t = Math.min(1, Math.max(0, t));
    const dx = x - ax - ex * t;
    const dy = y - ay - ey * t;
    const dz = z - az - ez * t;
    const d = dx * dx + dy * dy + dz * dz;
    if (d < best) {
      best = d;
      bestX = s + t;
    }
  }
  out[0] = best;
  out[1] = bestX;
}

/** The point at station coordinate `x` of a row (linear between stations), into out[o..o+2]. */
export function stationPoint(
  stations: ArrayLike<number>,
  stride: number,
  row: number,
  x: number,
  out: Float64Array,
  o = 0,
) {
  const i = Math.min(STATIONS - 2, Math.max(0, Math.floor(x)));
  const f = Math.min(1, Math.max(0, x - i));
  const a = (row * STATIONS + i) * stride;
  const b = a + stride;
  out[o] = stations[a]! + (stations[b]! - stations[a]!) * f;
  out[o + 1] = stations[a + 1]! + (stations[b + 1]! - stations[a + 1]!) * f;
  out[o + 2] = stations[a + 2]! + (stations[b + 2]! - stations[a + 2]!) * f;
}

/**
 * Bind rest-pose vertices (world metres) to the rows `rows` of a poser's rest stations.
 */
export function bindVertices(
  positions: ArrayLike<number>,
  rows: readonly number[],
  restStations: Float64Array,
): Binding {
  const count = positions.length / 3;
  const bind = new Float32Array(count * 4);
  const weight = new Float32Array(count);
  const offsetA = new Float32Array(count * 3);
  const offsetB = new Float32Array(count * 3);
  const near = new Float64Array(2);
  const pa = new Float64Array(3);
  for (let v = 0; v < count; v++) {
    const x = positions[v * 3]!;
    const y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    let d1 = Number.POSITIVE_INFINITY;
    let d2 = Number.POSITIVE_INFINITY;
    let r1 = rows[0]!;
    let r2 = rows[0]!;
    let x1 = 0;
    let x2 = 0;
    for (const r of rows) {
      nearestOnRow(restStations, r, x, y, z, near);
      const d = near[0]!;
      if (d < d1) {
        d2 = d1;
        r2 = r1;
        x2 = x1;
        d1 = d;
        r1 = r;
        x1 = near[1]!;
      } else if (d < d2) {
        d2 = d;
        r2 = r;
        x2 = near[1]!;
      }
    }
    if (!Number.isFinite(d2)) {
      r2 = r1;
      x2 = x1;
      d2 = d1;
    }
    // Weights ∝ 1/d⁴ (d1, d2 are squared distances).
    const w1 = 1 / (d1 * d1 + 1e-20);
    const w2 = r2 === r1 ? 0 : 1 / (d2 * d2 + 1e-20);
    bind[v * 4] = r1;
    bind[v * 4 + 1] = x1;
    bind[v * 4 + 2] = r2;
    bind[v * 4 + 3] = x2;
    weight[v] = w1 / (w1 + w2);
    stationPoint(restStations, 3, r1, x1, pa);
    offsetA[v * 3] = x - pa[0]!;
    offsetA[v * 3 + 1] = y - pa[1]!;
    offsetA[v * 3 + 2] = z - pa[2]!;
    stationPoint(restStations, 3, r2, x2, pa);
    offsetB[v * 3] = x - pa[0]!;
    offsetB[v * 3 + 1] = y - pa[1]!;
    offsetB[v * 3 + 2] = z - pa[2]!;
  }
  return { count, bind, weight, offsetA, offsetB };
}
