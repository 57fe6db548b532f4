/**
 * The point of a triangle mesh nearest to a given point (brute force: a body has some 25,000
 * triangles, and a question like `myomap refer --at x,y,z` asks once).
 */
export interface Nearest {
  point: [number, number, number];
  /** Triangle index (into indices / 3) and the distance to it. */
  triangle: number;
  distance: number;
  /** The three vertices of that triangle and their barycentric weights at `point`. */
  vertices: [number, number, number];
  barycentric: [number, number, number];
}

export function nearestSurfacePoint(
  mesh: { positions: Float32Array; indices: Uint32Array },
  q: readonly [number, number, number],
): Nearest {
  const { positions: P, indices: I } = mesh;
  let best: Nearest | undefined;
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  const c = [0, 0, 0];
  for (let t = 0; t < I.length / 3; t++) {
    for (let k = 0; k < 3; k++) {
      a[k] = P[I[t * 3]! * 3 + k]!;
      b[k] = P[I[t * 3 + 1]! * 3 + k]!;
      c[k] = P[I[t * 3 + 2]! * 3 + k]!;
    }
    const [u, v, w] = closestBarycentric(q, a, b, c);
    const x = u * a[0]! + v * b[0]! + w * c[0]!;
    const y = u * a[1]! + v * b[1]! + w * c[1]!;
    const z = u * a[2]! + v * b[2]! + w * c[2]!;
    const d = Math.hypot(x - q[0], y - q[1], z - q[2]);
    if (!best || d < best.distance) {
      best = {
        point: [x, y, z],
        triangle: t,
        distance: d,
        vertices: [I[t * 3]!, I[t * 3 + 1]!, I[t * 3 + 2]!],
        barycentric: [u, v, w],
      };
    }
  }
  if (!best) throw new Error('empty mesh');
  return best;
}

/** Barycentric coordinates of the point of triangle abc nearest to p (Ericson, Real-Time Collision Detection 5.1.5). */
function closestBarycentric(p: readonly number[], a: number[], b: number[], c: number[]): [number, number, number] {
  const ab = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
  const ac = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
  const ap = [p[0]! - a[0]!, p[1]! - a[1]!, p[2]! - a[2]!];
  const dot = (u: number[], v: number[]) => u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!;
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return [1, 0, 0];
  const bp = [p[0]! - b[0]!, p[1]! - b[1]!, p[2]! - b[2]!];
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return [0, 1, 0];
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3);
    return [1 - v, v, 0];
  }
  const cp = [p[0]! - c[0]!, p[1]! - c[1]!, p[2]! - c[2]!];
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return [0, 0, 1];
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6);
    return [1 - w, 0, w];
  }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return [0, 1 - w, w];
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom;
  const w = vc * denom;
  return [1 - v - w, v, w];
}
