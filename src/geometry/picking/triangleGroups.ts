/**
 * Picking a mesh that deforms every frame without posing all of it: its triangles split once, in the rest
 * pose, into small compact groups. The deformation supplies a conservative box per group in the current
 * pose (cheap: from a few bones or path stations, not from the vertices) and poses a group's vertices on
 * demand; a pick tests the boxes, then poses and tests only the groups the ray meets, nearest first, and
 * stops at the first group that begins beyond the best hit.
 *
 * The alternative, posing every vertex and refitting a hierarchy per pose, took 2–3 ms a pick for the skin
 * while a motion played (issue 14 asks for ≤ 1 ms).
 */
import { nearestHit, type RayHit } from './nearestHit';

export interface TriangleGroups {
  /** The mesh's triangles (3 vertex numbers each), regrouped: group g holds triangles start[g] … start[g + 1] − 1. */
  index: Uint32Array;
  /** Original triangle number of each regrouped triangle. */
  triangle: Uint32Array;
  start: Uint32Array;
  /** Scratch per group: box entry distances and the groups met, nearest first. */
  enter: Float64Array;
  order: Uint32Array;
}

/** A deforming mesh as the pick sees it: the groups' posed boxes, its vertices posed on demand. */
export interface PosedGroups {
  /** The posed box of group g (min xyz, max xyz) into out; it must hold every posed vertex of the group. */
  box(g: number, out: Float64Array): void;
  /** Poses the vertices of group g (at least) into `positions`. */
  pose(g: number): void;
  /** Posed positions, 3 per vertex (valid for the groups posed since the pose last changed). */
  positions: Float32Array;
}

export interface GroupHit extends RayHit {
  /** Barycentric weights of the triangle's second and third corners (the first has 1 − u − v). */
  u: number;
  v: number;
}

const GROUP = 48;

/** Splits the triangles of `index` over rest positions `rest` into groups of at most `size`. */
export function groupTriangles(rest: ArrayLike<number>, index: ArrayLike<number>, size = GROUP): TriangleGroups {
  const triangles = index.length / 3;
  const centre = new Float32Array(triangles * 3);
  for (let t = 0; t < triangles; t++) {
    for (let c = 0; c < 3; c++) {
      centre[t * 3 + c] = (rest[index[t * 3]! * 3 + c]! + rest[index[t * 3 + 1]! * 3 + c]! + rest[index[t * 3 + 2]! * 3 + c]!) / 3;
    }
  }
  const order = new Uint32Array(triangles);
  for (let t = 0; t < triangles; t++) order[t] = t;
  const starts: number[] = [];
  // Median splits along the longest side of the centres' box.
  const split = (lo: number, hi: number) => {
    if (hi - lo <= size) {
      starts.push(lo);
      return;
    }
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (let i = lo; i < hi; i++) {
      for (let c = 0; c < 3; c++) {
        const x = centre[order[i]! * 3 + c]!;
        if (x < min[c]!) min[c] = x;
        if (x > max[c]!) max[c] = x;
      }
    }
    const span = [0, 1, 2].map((c) => max[c]! - min[c]!);
    const mid = (lo + hi) >> 1;
    select(order, centre, span.indexOf(Math.max(...span)), lo, hi - 1, mid);
    split(lo, mid);
    split(mid, hi);
  };
  if (triangles > 0) split(0, triangles);
  const start = new Uint32Array(starts.length + 1);
  start.set(starts);
  start[starts.length] = triangles;
  const regrouped = new Uint32Array(triangles * 3);
  for (let i = 0; i < triangles; i++) {
    for (let c = 0; c < 3; c++) regrouped[i * 3 + c] = index[order[i]! * 3 + c]!;
  }
  return {
    index: regrouped,
    triangle: order,
    start,
    enter: new Float64Array(starts.length),
    order: new Uint32Array(starts.length),
  };
}

/** Quickselect: reorders order[lo..hi] so that order[k] has the k-th smallest centre along `axis`. */
function select(order: Uint32Array, centre: Float32Array, axis: number, lo: number, hi: number, k: number): void {
  const key = (i: number) => centre[order[i]! * 3 + axis]!;
  while (hi > lo) {
    const pivot = key((lo + hi) >> 1);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (key(i) < pivot) i++;
      while (key(j) > pivot) j--;
      if (i <= j) {
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Entry distance of the ray into box b (slab test), or Infinity when it misses it within [near, far]. */
function enterBox(ox: number, oy: number, oz: number, ix: number, iy: number, iz: number, b: Float64Array, near: number, far: number): number {
  const ax = (b[0]! - ox) * ix;
  const bx = (b[3]! - ox) * ix;
  const ay = (b[1]! - oy) * iy;
  const by = (b[4]! - oy) * iy;
  const az = (b[2]! - oz) * iz;
  const bz = (b[5]! - oz) * iz;
  const t0 = Math.max(Math.min(ax, bx), Math.min(ay, by), Math.min(az, bz), near);
  const t1 = Math.min(Math.max(ax, bx), Math.max(ay, by), Math.max(az, bz));
  // A ray lying in a slab's plane gives NaN, which fails this test and counts as a hit: conservative.
  if (t0 > t1 || t1 < near || t0 > far) return Infinity;
  return t0;
}

const box = new Float64Array(6);
const inGroup: RayHit = { distance: 0, triangle: 0 };

/**
 * The nearest front face (anticlockwise seen from the ray's origin) the ray o + t·d meets for t in
 * [near, far). Fills `out` (its triangle is the mesh's own triangle number) and returns true, or false.
 */
export function nearestGroupedHit(
  groups: TriangleGroups,
  posed: PosedGroups,
  ox: number,
  oy: number,
  oz: number,
  dx: number,
  dy: number,
  dz: number,
  near: number,
  far: number,
  out: GroupHit,
): boolean {
  const { enter, order, start, index } = groups;
  const ix = 1 / dx;
  const iy = 1 / dy;
  const iz = 1 / dz;
  let met = 0;
  for (let g = 0; g < enter.length; g++) {
    posed.box(g, box);
    const t = enterBox(ox, oy, oz, ix, iy, iz, box, near, far);
    if (t === Infinity) continue;
    let i = met++;
    while (i > 0 && enter[i - 1]! > t) {
      enter[i] = enter[i - 1]!;
      order[i] = order[i - 1]!;
      i--;
    }
    enter[i] = t;
    order[i] = g;
  }
  let best = far;
  let found = -1;
  for (let i = 0; i < met; i++) {
    if (enter[i]! >= best) break;
    const g = order[i]!;
    posed.pose(g);
    if (nearestHit(ox, oy, oz, dx, dy, dz, posed.positions, index, near, best, inGroup, start[g]! * 3, start[g + 1]! * 3)) {
      best = inGroup.distance;
      found = inGroup.triangle;
    }
  }
  if (found < 0) return false;
  out.distance = best;
  out.triangle = groups.triangle[found]!;
  barycentric(posed.positions, index, found, ox + dx * best, oy + dy * best, oz + dz * best, out);
  return true;
}

/** u, v of point (x, y, z) on regrouped triangle t (the weights of its second and third corners). */
function barycentric(p: Float32Array, index: Uint32Array, t: number, x: number, y: number, z: number, out: GroupHit): void {
  const a = index[t * 3]! * 3;
  const b = index[t * 3 + 1]! * 3;
  const c = index[t * 3 + 2]! * 3;
  const e1x = p[b]! - p[a]!;
  const e1y = p[b + 1]! - p[a + 1]!;
  const e1z = p[b + 2]! - p[a + 2]!;
  const e2x = p[c]! - p[a]!;
  const e2y = p[c + 1]! - p[a + 1]!;
  const e2z = p[c + 2]! - p[a + 2]!;
  const qx = x - p[a]!;
  const qy = y - p[a + 1]!;
  const qz = z - p[a + 2]!;
  const d11 = e1x * e1x + e1y * e1y + e1z * e1z;
  const d12 = e1x * e2x + e1y * e2y + e1z * e2z;
  const d22 = e2x * e2x + e2y * e2y + e2z * e2z;
  const q1 = qx * e1x + qy * e1y + qz * e1z;
  const q2 = qx * e2x + qy * e2y + qz * e2z;
  const det = d11 * d22 - d12 * d12 || 1;
  out.u = (d22 * q1 - d12 * q2) / det;
  out.v = (d11 * q2 - d12 * q1) / det;
}
