/** Area-weighted vertex normals of a triangle mesh, written into `out` (no allocation: used per frame by the muscle lofts). */
export function vertexNormalsInto(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  out: Float32Array,
): Float32Array {
  const p = positions;
  out.fill(0);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const x = uy * vz - uz * vy;
    const y = uz * vx - ux * vz;
    const z = ux * vy - uy * vx;
    out[a] = out[a]! + x;
    out[a + 1] = out[a + 1]! + y;
    out[a + 2] = out[a + 2]! + z;
    out[b] = out[b]! + x;
    out[b + 1] = out[b + 1]! + y;
    out[b + 2] = out[b + 2]! + z;
    out[c] = out[c]! + x;
    out[c + 1] = out[c + 1]! + y;
    out[c + 2] = out[c + 2]! + z;
  }
  for (let i = 0; i < out.length; i += 3) {
    const l = Math.hypot(out[i]!, out[i + 1]!, out[i + 2]!) || 1;
    out[i] = out[i]! / l;
    out[i + 1] = out[i + 1]! / l;
    out[i + 2] = out[i + 2]! / l;
  }
  return out;
}
