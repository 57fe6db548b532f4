/**
 * Measuring closed triangle meshes: enclosed volume, and the area of a cross-section by a plane (as an
 * axial MRI slice measures a muscle). Used by the model build and by the tests.
 */

/** Enclosed volume of a closed, outward-wound triangle mesh (divergence theorem), m³. */
export function meshVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  const p = positions;
  let v = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    v +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
}

/**
 * Area (m²) of the cross-section of a closed, outward-wound mesh by the plane through `o` with unit
 * normal `n`. Each triangle the plane cuts contributes a segment, oriented so the solid lies to its left
 * when seen from +n; the signed areas of those segments about `o` sum to the section's area (holes and
 * several pieces included), with no need to chain them into loops.
 */
export function sectionArea(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  o: readonly [number, number, number],
  n: readonly [number, number, number],
): number {
  const p = positions;
  const side = (i: number) => (p[i * 3]! - o[0]) * n[0] + (p[i * 3 + 1]! - o[1]) * n[1] + (p[i * 3 + 2]! - o[2]) * n[2];
  const pts: number[] = [];
  let area = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const ids = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const s = ids.map(side);
    pts.length = 0;
    for (let e = 0; e < 3; e++) {
      const i = e;
      const j = (e + 1) % 3;
      if ((s[i]! < 0 && s[j]! >= 0) || (s[i]! >= 0 && s[j]! < 0)) {
        const f = s[i]! / (s[i]! - s[j]!);
        const a = ids[i]! * 3;
        const b = ids[j]! * 3;
        pts.push(
          p[a]! + (p[b]! - p[a]!) * f - o[0],
          p[a + 1]! + (p[b + 1]! - p[a + 1]!) * f - o[1],
          p[a + 2]! + (p[b + 2]! - p[a + 2]!) * f - o[2],
        );
      }
    }
    if (pts.length !== 6) continue;
    // Orient the segment: the face normal × n points along it when the solid is on its left.
    const a = ids[0]! * 3;
    const b = ids[1]! * 3;
    const c = ids[2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const fx = uy * vz - uz * vy;
    const fy = uz * vx - ux * vz;
    const fz = ux * vy - uy * vx;
    // Direction with the solid on the left (seen from +n): n × face normal.
    const dx = n[1] * fz - n[2] * fy;
    const dy = n[2] * fx - n[0] * fz;
    const dz = n[0] * fy - n[1] * fx;
    let [x0, y0, z0, x1, y1, z1] = pts as [number, number, number, number, number, number];
    if ((x1 - x0) * dx + (y1 - y0) * dy + (z1 - z0) * dz < 0) [x0, y0, z0, x1, y1, z1] = [x1, y1, z1, x0, y0, z0];
    // ½ (p0 × p1) · n
    area += 0.5 * ((y0 * z1 - z0 * y1) * n[0] + (z0 * x1 - x0 * z1) * n[1] + (x0 * y1 - y0 * x1) * n[2]);
  }
  return area;
}
