/**
 * Musculotendon paths for a pose: which points are in the path (conditional points by their coordinate,
 * contact points by whether the path past them, straight or onto a wrap, would cut into bone), their
 * world positions, wrapping over cylinders, the length, and the drawn polyline with arcs sampled. Nothing here allocates.
 */
import { applyInversePointAt, applyPointAt, applyVectorAt, createTransform, multiply } from '../math/transform';
import type { Pose } from '../model/coordinates';
import type { Frames } from '../model/kinematics';
import type { Fibre, PathBody, ResolvedCylinder, ResolvedPoint } from './resolve';
import { type Wrap, wrapCylinder } from './wrapCylinder';

export function isActive(p: ResolvedPoint, pose: Pose): boolean {
  if (!p.when) return true;
  const v = pose[p.when.coordinateIndex]!;
  return v >= p.when.range[0] && v <= p.when.range[1];
}

const MAX_POINTS = 32;
/** The path's points for this pose: indices into fibre.points, and world positions. */
const chosen = new Int32Array(MAX_POINTS);
const world = new Float64Array(MAX_POINTS * 3);
const candidates = new Int32Array(MAX_POINTS);
const candWorld = new Float64Array(MAX_POINTS * 3);
const pa = new Float64Array(3);
const pb = new Float64Array(3);
const q = new Float64Array(3);
const r = new Float64Array(3);
const cylWorld = createTransform();
const wrap: Wrap = { theta1: 0, sweep: 0, z1: 0, z2: 0, length: 0 };

function cylinderFor(f: Fibre, i: number, j: number): ResolvedCylinder | undefined {
  for (const w of f.wraps) if (w.range[0] <= i && j <= w.range[1]) return w.cylinder;
  return undefined;
}

/**
 * Wrap the piece from the point at `ai` in `a` to the one at `bi` in `b` (world xyz) over `c` if it
 * must; fills `wrap` and `cylWorld`.
 */
function wrapPiece(
  c: ResolvedCylinder,
  frames: Frames,
  a: Float64Array,
  ai: number,
  b: Float64Array,
  bi: number,
): boolean {
  multiply(frames[c.segmentIndex]!, c.local, cylWorld);
  applyInversePointAt(cylWorld, a, ai, pa, 0);
  applyInversePointAt(cylWorld, b, bi, pb, 0);
  return wrapCylinder(pa, pb, c, wrap);
}

/** Fills `chosen`/`world` with the points in the path; returns their count. */
function resolvePath(f: Fibre, frames: Frames, pose: Pose): number {
  let n = 0;
  for (let i = 0; i < f.points.length; i++) {
    const p = f.points[i]!;
    if (!isActive(p, pose)) continue;
    candidates[n] = i;
    // Into a Float64Array first: the per-frame transform helpers take nothing else (see transform.ts).
    const at = p.at;
    r[0] = at[0];
    r[1] = at[1];
    r[2] = at[2];
    applyPointAt(frames[p.segmentIndex]!, r, 0, candWorld, n * 3);
    n++;
  }
  let m = 0;
  for (let k = 0; k < n; k++) {
    const p = f.points[candidates[k]!]!;
    if (p.contact && m > 0) {
      // Against the straight line from the last point kept to the next point that is not a contact point.
      let next = k + 1;
      while (next < n && f.points[candidates[next]!]!.contact) next++;
      if (next < n && !holds(f, frames, m, k, next)) continue;
    }
    chosen[m] = candidates[k]!;
    world[m * 3] = candWorld[k * 3]!;
    world[m * 3 + 1] = candWorld[k * 3 + 1]!;
    world[m * 3 + 2] = candWorld[k * 3 + 2]!;
    m++;
  }
  return m;
}

const tangent = new Float64Array(3);

/**
 * Whether the piece from the last point kept (`m` − 1) to candidate `next` wraps a cylinder; if so its
 * first tangent point (world) goes into `tangent`.
 */
function wrapTangent(f: Fibre, frames: Frames, m: number, next: number): boolean {
  const c = cylinderFor(f, chosen[m - 1]!, candidates[next]!);
  if (!c || !wrapPiece(c, frames, world, (m - 1) * 3, candWorld, next * 3)) return false;
  q[0] = c.radius * Math.cos(wrap.theta1);
  q[1] = c.radius * Math.sin(wrap.theta1);
  q[2] = wrap.z1;
  applyPointAt(cylWorld, q, 0, tangent, 0);
  return true;
}

/** Depth (m) over which a muscle eases onto or off a contact point. */
export const CONTACT_DEPTH = 0.004;

const normal3 = new Float64Array(3);

/**
 * Contact point `k` between the last point kept (`m` − 1) and candidate `next`: how far it lies on the
 * outer side of the straight line past it decides whether, and how firmly, it holds the muscle. The
 * effective point slides from the line (no hold) to the bone (full hold) over CONTACT_DEPTH, so the path
 * length is continuous. Writes the effective point into candWorld; false when it does not hold.
 */
function holds(f: Fibre, frames: Frames, m: number, k: number, next: number): boolean {
  const p = f.points[candidates[k]!]!;
  const normal = p.contact!.normal;
  normal3[0] = normal[0];
  normal3[1] = normal[1];
  normal3[2] = normal[2];
  applyVectorAt(frames[p.segmentIndex]!, normal3, 0, normal3, 0);
  const ai = (m - 1) * 3;
  const pi = k * 3;
  // The far end of the line: the next point, or where the path would first touch a cylinder it wraps
  // on the way there (the contact judged against the path as it runs without it, so that its length is
  // the same on either side of the moment it takes hold).
  const far = wrapTangent(f, frames, m, next) ? tangent : candWorld;
  const bi = far === tangent ? 0 : next * 3;
  const ex = far[bi]! - world[ai]!;
  const ey = far[bi + 1]! - world[ai + 1]!;
  const ez = far[bi + 2]! - world[ai + 2]!;
  const ee = ex * ex + ey * ey + ez * ez;
  const px = candWorld[pi]! - world[ai]!;
  const py = candWorld[pi + 1]! - world[ai + 1]!;
  const pz = candWorld[pi + 2]! - world[ai + 2]!;
  const t = ee > 0 ? Math.min(1, Math.max(0, (px * ex + py * ey + pz * ez) / ee)) : 0;
  // P − C, C the closest point of the line to P; its depth along the normal.
  const dx = px - ex * t;
  const dy = py - ey * t;
  const dz = pz - ez * t;
  const depth = dx * normal3[0]! + dy * normal3[1]! + dz * normal3[2]!;
  if (depth <= 0) return false;
  let span = CONTACT_DEPTH;
  const rounded = p.contact!.rounded;
  if (rounded !== undefined) {
    // Sideways distance from the line to the point (perpendicular to the normal).
    const side = Math.sqrt(Math.max(0, dx * dx + dy * dy + dz * dz - depth * depth));
    if (rounded * side > span) span = rounded * side;
  }
  if (depth >= span) return true;
  const u = depth / span;
  const hold = u * u * (3 - 2 * u);
  candWorld[pi] = world[ai]! + ex * t + dx * hold;
  candWorld[pi + 1] = world[ai + 1]! + ey * t + dy * hold;
  candWorld[pi + 2] = world[ai + 2]! + ez * t + dz * hold;
  return true;
}

/** Scratch result of pathLength (a returned number would be boxed on the heap, every frame). */
const lengthOut = new Float64Array(1);

/** Length of one fibre's path in this pose, metres, into lengthOut[0]. */
function pathLength(f: Fibre, frames: Frames, pose: Pose): void {
  const n = resolvePath(f, frames, pose);
  let total = 0;
  for (let k = 0; k + 1 < n; k++) {
    const c = cylinderFor(f, chosen[k]!, chosen[k + 1]!);
    if (c && wrapPiece(c, frames, world, k * 3, world, k * 3 + 3)) total += wrap.length;
    else {
      // Not Math.hypot: it allocates, and this runs for every fibre every frame.
      const dx = world[k * 3 + 3]! - world[k * 3]!;
      const dy = world[k * 3 + 4]! - world[k * 3 + 1]!;
      const dz = world[k * 3 + 5]! - world[k * 3 + 2]!;
      total += Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  lengthOut[0] = total;
}

/** Length of one fibre's path in this pose, metres. */
export function fibreLength(f: Fibre, frames: Frames, pose: Pose): number {
  pathLength(f, frames, pose);
  return lengthOut[0]!;
}

/**
 * Length of the muscle (or of any path-bound structure): its fibres' lengths weighted by their share of
 * its cross-section.
 */
export function muscleLength(m: PathBody, frames: Frames, pose: Pose): number {
  muscleLengths([m], frames, pose, lengthOut, 0);
  return lengthOut[0]!;
}

/**
 * The lengths of several muscles (or path-bound structures) into out[o…], allocating nothing (for the
 * viewer's frame state, which measures every muscle every frame).
 */
export function muscleLengths(bodies: readonly PathBody[], frames: Frames, pose: Pose, out: Float64Array, o = 0): void {
  for (let i = 0; i < bodies.length; i++) {
    const fibres = bodies[i]!.fibres;
    let l = 0;
    for (let k = 0; k < fibres.length; k++) {
      pathLength(fibres[k]!, frames, pose);
      l += fibres[k]!.share * lengthOut[0]!;
    }
    out[o + i] = l;
  }
}

/** Arc samples drawn per wrapped piece. */
export const ARC_SAMPLES = 8;

/** Upper bound of polyline points a fibre can produce (for sizing buffers). */
export const maxPolylinePoints = (f: Fibre) => f.points.length * (f.wraps.length ? ARC_SAMPLES + 2 : 1);

/** The drawn polyline of a fibre (world xyz triples into `out`), arcs sampled; returns the point count. */
export function fibrePolyline(f: Fibre, frames: Frames, pose: Pose, out: Float64Array): number {
  const n = resolvePath(f, frames, pose);
  let count = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      const c = cylinderFor(f, chosen[k - 1]!, chosen[k]!);
      if (c && wrapPiece(c, frames, world, k * 3 - 3, world, k * 3)) {
        for (let s = 0; s <= ARC_SAMPLES; s++) {
          const t = s / ARC_SAMPLES;
          const th = wrap.theta1 + wrap.sweep * t;
          q[0] = c.radius * Math.cos(th);
          q[1] = c.radius * Math.sin(th);
          q[2] = wrap.z1 + (wrap.z2 - wrap.z1) * t;
          applyPointAt(cylWorld, q, 0, out, count * 3);
          count++;
        }
      }
    }
    out[count * 3] = world[k * 3]!;
    out[count * 3 + 1] = world[k * 3 + 1]!;
    out[count * 3 + 2] = world[k * 3 + 2]!;
    count++;
  }
  return count;
}
