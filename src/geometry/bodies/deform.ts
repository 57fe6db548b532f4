/**
 * The CPU twin of the body vertex shader (src/scene/muscleBodies/bodyMaterial.ts): a bound vertex placed
 * on its posed fibres. Used by tests, picking, the trigger-point marks and the volume calibration
 * (bodyVolumes.ts); the arithmetic matches the shader line by line (linear between stations,
 * normalised-linear between station rotations).
 */
import type { Binding } from './binding';
import { STATION_FLOATS, STATIONS } from './stations';

/**
 * Position (and, with `normal`, the turned normal) of vertex `v` carried by one of its two fibres (`side`
 * 0: row A, 1: row B), at its station coordinate and with its offset on that fibre: adds the fibre's weight
 * × result into out[o..o+2] (and nOut). Only integers are passed: in V8 a double passed to a call that is
 * not inlined is boxed on the heap, and this runs per vertex.
 */
function carry(
  data: Float32Array,
  binding: Binding,
  v: number,
  side: number,
  out: Float32Array | Float64Array,
  o: number,
  normal: ArrayLike<number> | null,
  nOut: Float32Array | Float64Array | null,
): void {
  const row = binding.bind[v * 4 + side * 2]!;
  const x = binding.bind[v * 4 + side * 2 + 1]!;
  const offsets = side === 0 ? binding.offsetA : binding.offsetB;
  const ox = offsets[v * 3]!;
  const oy = offsets[v * 3 + 1]!;
  const oz = offsets[v * 3 + 2]!;
  const w = side === 0 ? binding.weight[v]! : 1 - binding.weight[v]!;
  const i = x <= 0 ? 0 : x >= STATIONS - 1 ? STATIONS - 2 : Math.floor(x);
  const f = Math.min(1, Math.max(0, x - i));
  const a = (row * STATIONS + i) * STATION_FLOATS;
  const b = a + STATION_FLOATS;
  const g = 1 - f;
  const px = data[a]! * g + data[b]! * f;
  const py = data[a + 1]! * g + data[b + 1]! * f;
  const pz = data[a + 2]! * g + data[b + 2]! * f;
  const s = data[a + 3]! * g + data[b + 3]! * f;
  let qx = data[a + 4]! * g + data[b + 4]! * f;
  let qy = data[a + 5]! * g + data[b + 5]! * f;
  let qz = data[a + 6]! * g + data[b + 6]! * f;
  let qw = data[a + 7]! * g + data[b + 7]! * f;
  const l = 1 / Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw);
  qx *= l;
  qy *= l;
  qz *= l;
  qw *= l;
  let tx = 2 * (qy * oz - qz * oy);
  let ty = 2 * (qz * ox - qx * oz);
  let tz = 2 * (qx * oy - qy * ox);
  out[o] = out[o]! + w * (px + s * (ox + qw * tx + (qy * tz - qz * ty)));
  out[o + 1] = out[o + 1]! + w * (py + s * (oy + qw * ty + (qz * tx - qx * tz)));
  out[o + 2] = out[o + 2]! + w * (pz + s * (oz + qw * tz + (qx * ty - qy * tx)));
  if (normal && nOut) {
    const nx = normal[o]!;
    const ny = normal[o + 1]!;
    const nz = normal[o + 2]!;
    tx = 2 * (qy * nz - qz * ny);
    ty = 2 * (qz * nx - qx * nz);
    tz = 2 * (qx * ny - qy * nx);
    nOut[o] = nOut[o]! + w * (nx + qw * tx + (qy * tz - qz * ty));
    nOut[o + 1] = nOut[o + 1]! + w * (ny + qw * ty + (qz * tx - qx * tz));
    nOut[o + 2] = nOut[o + 2]! + w * (nz + qw * tz + (qx * ty - qy * tx));
  }
}

/** Posed position of bound vertex `v` into out[o..o+2]. */
export function deformVertex(
  data: Float32Array,
  b: Binding,
  v: number,
  out: Float32Array | Float64Array,
  o: number,
): void {
  out[o] = 0;
  out[o + 1] = 0;
  out[o + 2] = 0;
  carry(data, b, v, 0, out, o, null, null);
  if (b.weight[v]! < 1) carry(data, b, v, 1, out, o, null, null);
}

/**
 * Posed positions of every vertex of a body (xyz into `out`), and with `normals`/`normalsOut` its turned
 * unit normals. Allocates nothing.
 */
export function deformBody(
  data: Float32Array,
  b: Binding,
  out: Float32Array | Float64Array,
  normals: ArrayLike<number> | null = null,
  normalsOut: Float32Array | Float64Array | null = null,
): void {
  out.fill(0, 0, b.count * 3);
  if (normalsOut) normalsOut.fill(0, 0, b.count * 3);
  for (let v = 0; v < b.count; v++) {
    const k = v * 3;
    carry(data, b, v, 0, out, k, normals, normalsOut);
    if (b.weight[v]! < 1) carry(data, b, v, 1, out, k, normals, normalsOut);
    if (normalsOut) {
      const nx = normalsOut[k]!;
      const ny = normalsOut[k + 1]!;
      const nz = normalsOut[k + 2]!;
      const l = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
      normalsOut[k] = nx * l;
      normalsOut[k + 1] = ny * l;
      normalsOut[k + 2] = nz * l;
    }
  }
}
