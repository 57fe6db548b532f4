/**
 * Vertex normals from the field itself (its gradient), not from the triangles: the shading stays as
 * smooth as the shape however the simplifier cut it, and is exactly symmetric across the midline.
 */
export type DistanceField = (x: number, y: number, z: number) => number;

export function fieldNormals(positions: Float32Array, field: DistanceField, h = 0.0008): Float32Array {
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    const gx = field(x + h, y, z) - field(x - h, y, z);
    const gy = field(x, y + h, z) - field(x, y - h, z);
    const gz = field(x, y, z + h) - field(x, y, z - h);
    const l = Math.hypot(gx, gy, gz) || 1;
    out[i] = gx / l;
    out[i + 1] = gy / l;
    out[i + 2] = gz / l;
  }
  return out;
}
