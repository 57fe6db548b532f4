/**
 * Where a posed body surface passes through itself. The surface is closed and oriented outwards, so a
 * point just under it is inside the body exactly once (winding number 1); where one part has sunk into
 * another (a thigh into the belly, one thigh into the other) the point under the sunken skin is inside
 * twice. For each such vertex the depth is its distance to the nearest skin that was far from it in the
 * bind pose: how deep it has gone into the other part.
 */
export interface OverlapMesh {
  /** Bind-pose positions (to tell "the other part" from the vertex's own neighbourhood). */
  rest: Float32Array;
  /** Posed positions. */
  posed: Float32Array;
  indices: Uint32Array;
}

export interface Overlap {
  vertex: number;
  /** Depth of the vertex inside the other part (metres). */
  depth: number;
  /** The triangle of the other part nearest to it. */
  triangle: number;
}

/** Ray direction for the winding count: off every axis and diagonal, so no ray runs along the mesh's grid. */
const D = (() => {
  const d = [0.8123, 0.3371, 0.4757];
  const l = Math.hypot(d[0]!, d[1]!, d[2]!);
  return d.map((v) => v / l) as [number, number, number];
})();
/** Two unit vectors across the ray, for bucketing triangles by where the rays would meet them. */
const U = (() => {
  const a = [D[1], -D[0], 0];
  const l = Math.hypot(a[0]!, a[1]!);
  return [a[0]! / l, a[1]! / l, 0] as const;
})();
const W = [D[1] * U[2] - D[2] * U[1], D[2] * U[0] - D[0] * U[2], D[0] * U[1] - D[1] * U[0]] as const;

const CELL = 0.01;

/** Triangles bucketed by the cells of the plane across D that their projection covers. */
function buckets(P: Float32Array, I: Uint32Array): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  for (let t = 0; t < I.length / 3; t++) {
    let u0 = Number.POSITIVE_INFINITY;
    let u1 = Number.NEGATIVE_INFINITY;
    let w0 = Number.POSITIVE_INFINITY;
    let w1 = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const v = I[t * 3 + k]! * 3;
      const u = P[v]! * U[0] + P[v + 1]! * U[1] + P[v + 2]! * U[2];
      const w = P[v]! * W[0] + P[v + 1]! * W[1] + P[v + 2]! * W[2];
      u0 = Math.min(u0, u);
      u1 = Math.max(u1, u);
      w0 = Math.min(w0, w);
      w1 = Math.max(w1, w);
    }
    for (let i = Math.floor(u0 / CELL); i <= Math.floor(u1 / CELL); i++) {
      for (let j = Math.floor(w0 / CELL); j <= Math.floor(w1 / CELL); j++) {
        const key = i * 100_003 + j;
        const list = grid.get(key);
        if (list) list.push(t);
        else grid.set(key, [t]);
      }
    }
  }
  return grid;
}

/** Signed count of the surface crossings of the ray from q along D: +1 leaving, −1 entering. */
function winding(P: Float32Array, I: Uint32Array, grid: Map<number, number[]>, q: readonly number[]): number {
  const u = q[0]! * U[0] + q[1]! * U[1] + q[2]! * U[2];
  const w = q[0]! * W[0] + q[1]! * W[1] + q[2]! * W[2];
  const list = grid.get(Math.floor(u / CELL) * 100_003 + Math.floor(w / CELL));
  if (!list) return 0;
  let n = 0;
  for (const t of list) {
    const a = I[t * 3]! * 3;
    const b = I[t * 3 + 1]! * 3;
    const c = I[t * 3 + 2]! * 3;
    const e1x = P[b]! - P[a]!;
    const e1y = P[b + 1]! - P[a + 1]!;
    const e1z = P[b + 2]! - P[a + 2]!;
    const e2x = P[c]! - P[a]!;
    const e2y = P[c + 1]! - P[a + 1]!;
    const e2z = P[c + 2]! - P[a + 2]!;
    // Möller–Trumbore.
    const hx = D[1] * e2z - D[2] * e2y;
    const hy = D[2] * e2x - D[0] * e2z;
    const hz = D[0] * e2y - D[1] * e2x;
    const det = e1x * hx + e1y * hy + e1z * hz;
    if (Math.abs(det) < 1e-15) continue;
    const sx = q[0]! - P[a]!;
    const sy = q[1]! - P[a + 1]!;
    const sz = q[2]! - P[a + 2]!;
    const uu = (sx * hx + sy * hy + sz * hz) / det;
    if (uu < 0 || uu > 1) continue;
    const qx = sy * e1z - sz * e1y;
    const qy = sz * e1x - sx * e1z;
    const qz = sx * e1y - sy * e1x;
    const vv = (D[0] * qx + D[1] * qy + D[2] * qz) / det;
    if (vv < 0 || uu + vv > 1) continue;
    if ((e2x * qx + e2y * qy + e2z * qz) / det <= 0) continue;
    // det = e1 · (D × e2) = −D · (e1 × e2): negative where the outward normal points along D, where the
    // ray leaves the body.
    n += det < 0 ? 1 : -1;
  }
  return n;
}

function vertexNormals(P: Float32Array, I: Uint32Array): Float32Array {
  const n = new Float32Array(P.length);
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3;
    const b = I[t + 1]! * 3;
    const c = I[t + 2]! * 3;
    const ux = P[b]! - P[a]!;
    const uy = P[b + 1]! - P[a + 1]!;
    const uz = P[b + 2]! - P[a + 2]!;
    const vx = P[c]! - P[a]!;
    const vy = P[c + 1]! - P[a + 1]!;
    const vz = P[c + 2]! - P[a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      n[v] = n[v]! + nx;
      n[v + 1] = n[v + 1]! + ny;
      n[v + 2] = n[v + 2]! + nz;
    }
  }
  for (let v = 0; v < n.length; v += 3) {
    const l = Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!) || 1;
    n[v] = n[v]! / l;
    n[v + 1] = n[v + 1]! / l;
    n[v + 2] = n[v + 2]! / l;
  }
  return n;
}

/** Squared distance from p to triangle abc (Ericson 5.1.5, via the closest point). */
function pointTriangle2(p: readonly number[], P: Float32Array, a: number, b: number, c: number): number {
  const ax = P[a]!;
  const ay = P[a + 1]!;
  const az = P[a + 2]!;
  const abx = P[b]! - ax;
  const aby = P[b + 1]! - ay;
  const abz = P[b + 2]! - az;
  const acx = P[c]! - ax;
  const acy = P[c + 1]! - ay;
  const acz = P[c + 2]! - az;
  const apx = p[0]! - ax;
  const apy = p[1]! - ay;
  const apz = p[2]! - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  const dist2 = (s: number, t: number) => {
    const x = ax + s * abx + t * acx - p[0]!;
    const y = ay + s * aby + t * acy - p[1]!;
    const z = az + s * abz + t * acz - p[2]!;
    return x * x + y * y + z * z;
  };
  if (d1 <= 0 && d2 <= 0) return dist2(0, 0);
  const bpx = apx - abx;
  const bpy = apy - aby;
  const bpz = apz - abz;
  const d3 = abx * bpx + aby * bpy + abz * bpz;
  const d4 = acx * bpx + acy * bpy + acz * bpz;
  if (d3 >= 0 && d4 <= d3) return dist2(1, 0);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return dist2(d1 / (d1 - d3), 0);
  const cpx = apx - acx;
  const cpy = apy - acy;
  const cpz = apz - acz;
  const d5 = abx * cpx + aby * cpy + abz * cpz;
  const d6 = acx * cpx + acy * cpy + acz * cpz;
  if (d6 >= 0 && d5 <= d6) return dist2(0, 1);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return dist2(0, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return dist2(1 - w, w);
  }
  const den = 1 / (va + vb + vc);
  return dist2(vb * den, vc * den);
}

/** The winding number a millimetre under the skin at each vertex `consider` selects (0 for the others). */
export function underSkinWinding(
  posed: Float32Array,
  indices: Uint32Array,
  consider: (vertex: number) => boolean = () => true,
): Int8Array {
  const grid = buckets(posed, indices);
  const normals = vertexNormals(posed, indices);
  const out = new Int8Array(posed.length / 3);
  const q = [0, 0, 0];
  for (let v = 0; v < out.length; v++) {
    if (!consider(v)) continue;
    for (let k = 0; k < 3; k++) q[k] = posed[v * 3 + k]! - 0.001 * normals[v * 3 + k]!;
    out[v] = winding(posed, indices, grid, q);
  }
  return out;
}

/**
 * Every vertex (of those `consider` selects) whose skin has sunk into another part of the body, with its
 * depth. `far`: bind-pose distance beyond which skin counts as another part (metres); the default, about
 * three edges of the body surface, keeps a vertex's own neighbourhood out but still sees the skin across
 * a crease (the groin's, the back of the knee's), which is what a fold passes through.
 */
export function selfOverlaps(
  mesh: OverlapMesh,
  consider: (vertex: number) => boolean = () => true,
  far = 0.012,
): Overlap[] {
  const { rest: R, posed: P, indices: I } = mesh;
  const wind = underSkinWinding(P, I, consider);
  const out: Overlap[] = [];
  for (let v = 0; v < P.length / 3; v++) {
    // Under the skin the winding number is 1, unless another part of the body is around it.
    if (wind[v]! < 2) continue;
    let best = Number.POSITIVE_INFINITY;
    let bestT = -1;
    const p = [P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!];
    for (let t = 0; t < I.length / 3; t++) {
      const a = I[t * 3]! * 3;
      const b = I[t * 3 + 1]! * 3;
      const c = I[t * 3 + 2]! * 3;
      // Skip the vertex's own neighbourhood in the bind pose.
      const rx = R[v * 3]!;
      const ry = R[v * 3 + 1]!;
      const rz = R[v * 3 + 2]!;
      const near = (i: number) => (R[i]! - rx) ** 2 + (R[i + 1]! - ry) ** 2 + (R[i + 2]! - rz) ** 2 < far * far;
      if (near(a) || near(b) || near(c)) continue;
      const d2 = pointTriangle2(p, P, a, b, c);
      if (d2 < best) {
        best = d2;
        bestT = t;
      }
    }
    out.push({ vertex: v, depth: Math.sqrt(best), triangle: bestT });
  }
  return out;
}
