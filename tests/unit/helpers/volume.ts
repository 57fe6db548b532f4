/**
 * The fleshy volume of a closed mesh as drawn: the mesh filled on a grid of vertical columns (each
 * column enters and leaves the solid where it crosses triangles), each filled stretch counted as belly
 * where the tendon weight — interpolated between the surface points where the column enters and leaves —
 * is below ½. Independent of how the model was built: only the shipped surface and its `_TENDON` weight.
 */
export function fleshyVolume(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  tendon: ArrayLike<number>,
  edge: number,
): number {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    x0 = Math.min(x0, positions[i]!);
    x1 = Math.max(x1, positions[i]!);
    y0 = Math.min(y0, positions[i + 1]!);
    y1 = Math.max(y1, positions[i + 1]!);
  }
  const nx = Math.ceil((x1 - x0) / edge);
  const ny = Math.ceil((y1 - y0) / edge);
  // Triangles by column.
  const columns = new Map<number, number[]>();
  for (let t = 0; t < indices.length; t += 3) {
    let a0 = Infinity;
    let a1 = -Infinity;
    let b0 = Infinity;
    let b1 = -Infinity;
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]! * 3;
      a0 = Math.min(a0, positions[v]!);
      a1 = Math.max(a1, positions[v]!);
      b0 = Math.min(b0, positions[v + 1]!);
      b1 = Math.max(b1, positions[v + 1]!);
    }
    for (
      let i = Math.max(0, Math.floor((a0 - x0) / edge - 0.5));
      i <= Math.min(nx - 1, Math.ceil((a1 - x0) / edge - 0.5));
      i++
    ) {
      for (
        let j = Math.max(0, Math.floor((b0 - y0) / edge - 0.5));
        j <= Math.min(ny - 1, Math.ceil((b1 - y0) / edge - 0.5));
        j++
      ) {
        const key = j * nx + i;
        let list = columns.get(key);
        if (!list) {
          list = [];
          columns.set(key, list);
        }
        list.push(t);
      }
    }
  }
  let volume = 0;
  const hits: [number, number][] = [];
  for (const [key, list] of columns) {
    const x = x0 + ((key % nx) + 0.5) * edge;
    const y = y0 + (Math.floor(key / nx) + 0.5) * edge;
    hits.length = 0;
    for (const t of list) {
      const a = indices[t]! * 3;
      const b = indices[t + 1]! * 3;
      const c = indices[t + 2]! * 3;
      // Barycentrics of (x, y) in the triangle's projection.
      const d =
        (positions[b + 1]! - positions[c + 1]!) * (positions[a]! - positions[c]!) +
        (positions[c]! - positions[b]!) * (positions[a + 1]! - positions[c + 1]!);
      if (Math.abs(d) < 1e-18) continue;
      const u =
        ((positions[b + 1]! - positions[c + 1]!) * (x - positions[c]!) +
          (positions[c]! - positions[b]!) * (y - positions[c + 1]!)) /
        d;
      const v =
        ((positions[c + 1]! - positions[a + 1]!) * (x - positions[c]!) +
          (positions[a]! - positions[c]!) * (y - positions[c + 1]!)) /
        d;
      const w = 1 - u - v;
      if (u < 0 || v < 0 || w < 0) continue;
      const z = u * positions[a + 2]! + v * positions[b + 2]! + w * positions[c + 2]!;
      const ten = u * tendon[indices[t]!]! + v * tendon[indices[t + 1]!]! + w * tendon[indices[t + 2]!]!;
      hits.push([z, ten]);
    }
    hits.sort((p, q) => p[0] - q[0]);
    for (let h = 0; h + 1 < hits.length; h += 2) {
      const [za, ta] = hits[h]!;
      const [zb, tb] = hits[h + 1]!;
      // The stretch's belly part: where the interpolated tendon weight is under ½.
      let belly: number;
      if (ta < 0.5 && tb < 0.5) belly = 1;
      else if (ta >= 0.5 && tb >= 0.5) belly = 0;
      else belly = ta < 0.5 ? (0.5 - ta) / (tb - ta) : (0.5 - tb) / (ta - tb);
      volume += (zb - za) * belly * edge * edge;
    }
  }
  return volume;
}
