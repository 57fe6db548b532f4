/**
 * Measurements of the bones as they are built: from the bones' distance fields (src/geometry/bones,
 * positive inside) and the kinematics, never from the figures the shapes were built with. Used by
 * tests/unit/bones.test.ts and tools/bone-measure.ts.
 */
import { readFileSync } from 'node:fs';
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { readGlb } from '../../scripts/models/gltf';
import { type Pose, poseFrom } from '../../src/anatomy/model/coordinates';
import { applyVector } from '../../src/anatomy/math/transform';
import { computeFrames, frameOf, neutralFrames, toSegment, toWorld } from '../../src/anatomy/model/kinematics';
import type { SegmentId } from '../../src/anatomy/model/segments';
import { landmark } from '../../src/anatomy/model/landmarks';
import { BONES, boneField } from '../../src/geometry/bones';

export type V = [number, number, number];

const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const mul = (a: V, s: number): V => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const len = (a: V) => Math.sqrt(dot(a, a));
export const unit = (a: V): V => mul(a, 1 / len(a));
const deg = 180 / Math.PI;
export const angleDeg = (a: V, b: V) => Math.acos(Math.max(-1, Math.min(1, dot(unit(a), unit(b))))) * deg;

const field = (bone: string) => (p: V) => boneField(bone, p[0], p[1], p[2]);

/** Where a ray from `from` (inside the bone) leaves it, to 0.05 mm. */
export function exitPoint(bone: string, from: V, dir: V, max = 0.15): V | undefined {
  const f = field(bone);
  const d = unit(dir);
  if (f(from) <= 0) return undefined;
  let lo = 0;
  let hi = 0;
  for (let s = 0.0005; s <= max; s += 0.0005) {
    if (f(add(from, mul(d, s))) <= 0) {
      hi = s;
      break;
    }
    lo = s;
  }
  if (hi === 0) return undefined;
  while (hi - lo > 0.00005) {
    const m = (lo + hi) / 2;
    if (f(add(from, mul(d, m))) > 0) lo = m;
    else hi = m;
  }
  return add(from, mul(d, (lo + hi) / 2));
}

/** Least-squares sphere through points: centre and radius. */
export function fitSphere(points: V[]): { centre: V; radius: number } {
  // x² + y² + z² = 2ax + 2by + 2cz + d, solved by the normal equations.
  const A: number[][] = [
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ];
  const r = [0, 0, 0, 0];
  for (const p of points) {
    const row = [2 * p[0], 2 * p[1], 2 * p[2], 1];
    const y = dot(p, p);
    for (let i = 0; i < 4; i++) {
      r[i]! += row[i]! * y;
      for (let j = 0; j < 4; j++) A[i]![j]! += row[i]! * row[j]!;
    }
  }
  const s = solve(A, r);
  const centre: V = [s[0]!, s[1]!, s[2]!];
  return { centre, radius: Math.sqrt(s[3]! + dot(centre, centre)) };
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r]![c]! / M[c]![c]!;
      for (let j = c; j <= n; j++) M[r]![j]! -= k * M[c]![j]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/** Directions spread evenly over the sphere (Fibonacci lattice). */
export function directions(n: number): V[] {
  const out: V[] = [];
  const g = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n;
    const r = Math.sqrt(1 - y * y);
    out.push([Math.cos(g * i) * r, y, Math.sin(g * i) * r]);
  }
  return out;
}

/** An orthonormal pair spanning the plane perpendicular to `n`. */
function basis(n: V): [V, V] {
  const a: V = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const u = unit(cross(n, a));
  return [u, cross(n, u)];
}

/**
 * A cross-section of a bone: the part of the plane through `at` perpendicular to `n` that lies inside
 * the bone and within `radius` of `at`, sampled on a square grid of `step`. Returns its area and centroid.
 */
export function section(bone: string, at: V, n: V, radius: number, step = 0.0005): { area: number; centroid: V } {
  const f = field(bone);
  const [u, v] = basis(unit(n));
  let count = 0;
  let c: V = [0, 0, 0];
  for (let i = -radius; i <= radius; i += step) {
    for (let j = -radius; j <= radius; j += step) {
      if (i * i + j * j > radius * radius) continue;
      const p = add(at, add(mul(u, i), mul(v, j)));
      if (f(p) > 0) {
        count++;
        c = add(c, p);
      }
    }
  }
  return { area: count * step * step, centroid: count ? mul(c, 1 / count) : at };
}

/** The straight line best fitting points (centroid and direction, the principal axis). */
export function fitLine(points: V[]): { at: V; dir: V } {
  const c = mul(points.reduce((s, p) => add(s, p), [0, 0, 0] as V), 1 / points.length);
  // Power iteration on the scatter matrix.
  let d: V = unit(sub(points[points.length - 1]!, points[0]!));
  for (let k = 0; k < 50; k++) {
    let next: V = [0, 0, 0];
    for (const p of points) {
      const q = sub(p, c);
      next = add(next, mul(q, dot(q, d)));
    }
    d = unit(next);
  }
  return { at: c, dir: d };
}

export interface FemurMeasures {
  headCentre: V;
  headRadius: number;
  /** From the head centre along the neck, towards the shaft. */
  neckAxis: V;
  /** Down the proximal shaft. */
  shaftAxis: V;
  neckShaftAngle: number;
  /** Angle of the neck in front of the posterior condylar axis, seen down the shaft (positive: anteverted). */
  anteversion: number;
  /** Most posterior points of the medial and lateral condyles. */
  condyles: { medial: V; lateral: V };
}

/** Neck–shaft angle, anteversion and the landmarks they come from, measured on the right femur's field. */
export function measureFemur(bone = 'femur_r'): FemurMeasures {
  const info = BONES.find((b) => b.name === bone)!;
  // Shaft: centroids of sections across the proximal shaft (the upper half below the lesser trochanter).
  const top = info.hi[1];
  const bottom = info.lo[1];
  const length = top - bottom;
  const levels = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5].map((t) => top - t * length);
  let shaftAxis: V = [0, -1, 0];
  let centres: V[] = levels.map((y) => section(bone, [0, y, 0.03], [0, 1, 0], 0.03, 0.0007).centroid);
  for (let k = 0; k < 2; k++) {
    const line = fitLine(centres);
    shaftAxis = line.dir[1] < 0 ? line.dir : mul(line.dir, -1);
    centres = centres.map((c) => section(bone, c, shaftAxis, 0.025, 0.0007).centroid);
  }
  // Head: the most proximal-medial part of the bone is the head; fit a sphere to its surface, seen from
  // a point inside it, in the directions away from the neck.
  const seed = ((): V => {
    let best: V = [0, 0, 0];
    let score = -Infinity;
    for (let x = info.lo[0]; x <= info.hi[0]; x += 0.002) {
      for (let z = info.lo[2]; z <= info.hi[2]; z += 0.002) {
        for (let y = top - 0.06; y <= top; y += 0.002) {
          // Medial and high, inside the bone.
          const s = y - z;
          if (s > score && field(bone)([x, y, z]) > 0.01) {
            score = s;
            best = [x, y, z];
          }
        }
      }
    }
    return best;
  })();
  let head = fitSphere(directions(400).map((d) => exitPoint(bone, seed, d)!).filter(Boolean));
  let neckAxis: V = unit([0, -0.5, 1]);
  for (let k = 0; k < 6; k++) {
    const pts = directions(600)
      .filter((d) => dot(d, neckAxis) < -0.1)
      .map((d) => exitPoint(bone, head.centre, d)!)
      .filter(Boolean);
    head = fitSphere(pts);
    // The narrowest section of the neck beyond the head, and the axis through its centroid.
    let best = { area: Infinity, centroid: head.centre };
    for (let s = head.radius * 0.9; s <= head.radius + 0.03; s += 0.002) {
      const sec = section(bone, add(head.centre, mul(neckAxis, s)), neckAxis, 0.022, 0.0006);
      if (sec.area < best.area) best = sec;
    }
    neckAxis = unit(sub(best.centroid, head.centre));
  }
  const neckShaftAngle = angleDeg(mul(neckAxis, -1), shaftAxis);
  // Posterior condylar axis: the most posterior surface point of each condyle, "posterior" being the
  // frame's −x made perpendicular to the shaft.
  const back = unit(sub([-1, 0, 0], mul(shaftAxis, dot([-1, 0, 0], shaftAxis))));
  const condyle = (sign: 1 | -1): V => {
    let best: V = [0, 0, 0];
    let score = -Infinity;
    for (let y = bottom + 0.005; y <= bottom + 0.06; y += 0.001) {
      for (let z = 0.008; z <= 0.05; z += 0.001) {
        const from: V = [0.01, y, sign * z];
        const p = exitPoint(bone, from, back, 0.08);
        if (p && dot(p, back) > score) {
          score = dot(p, back);
          best = p;
        }
      }
    }
    return best;
  };
  const medial = condyle(-1);
  const lateral = condyle(1);
  // Seen down the shaft: the condylar line (lateral → medial) and the neck (shaft → head).
  const flat = (a: V) => unit(sub(a, mul(shaftAxis, dot(a, shaftAxis))));
  const m = flat(sub(medial, lateral));
  const h = flat(mul(neckAxis, -1));
  const forward = unit(cross(m, shaftAxis));
  const f = dot(forward, [1, 0, 0]) > 0 ? forward : mul(forward, -1);
  const anteversion = Math.atan2(dot(h, f), dot(h, m)) * deg;
  return {
    headCentre: head.centre,
    headRadius: head.radius,
    neckAxis,
    shaftAxis,
    neckShaftAngle,
    anteversion,
    condyles: { medial, lateral },
  };
}

/** A point fixed in one segment, seen in another's frame, for a pose. */
function between(frames: ReturnType<typeof computeFrames>, from: SegmentId, to: SegmentId, p: V): V {
  return toSegment(frames, to, toWorld(frames, from, p)) as V;
}

/** Surface points of a bone (its own frame): exits along many rays from an inside point. */
export function surfacePoints(bone: string, inside: V, n = 800): V[] {
  return directions(n)
    .map((d) => exitPoint(bone, inside, d, 0.2)!)
    .filter(Boolean);
}

/** The centre of a bone's box, nudged to the nearest inside grid point. */
export function insidePoint(bone: string): V {
  const info = BONES.find((b) => b.name === bone)!;
  const c: V = [(info.lo[0] + info.hi[0]) / 2, (info.lo[1] + info.hi[1]) / 2, (info.lo[2] + info.hi[2]) / 2];
  let best = c;
  let v = -Infinity;
  const f = field(bone);
  for (let i = -6; i <= 6; i++) {
    for (let j = -6; j <= 6; j++) {
      for (let k = -6; k <= 6; k++) {
        const p = add(c, [i * 0.002, j * 0.002, k * 0.002]);
        const fp = f(p);
        if (fp > v) {
          v = fp;
          best = p;
        }
      }
    }
  }
  return best;
}

/**
 * Patellofemoral contact at a knee angle (gait2392's knee_angle, degrees, negative = flexed): the
 * smallest gap between the patella's surface points and the femur (negative: overlap). Overlap is read
 * from the femur's field; a gap from `distance` (a point's distance to the femur's surface, e.g. by the
 * built mesh) where given, else from the field (exact only within a few millimetres of the bone).
 */
export function patellaGap(
  kneeDeg: number,
  side: 'r' | 'l',
  patellaPoints: V[],
  distance?: (p: V) => number,
): number {
  const pose: Pose = poseFrom({ [`knee_angle_${side}`]: kneeDeg });
  const frames = computeFrames(pose);
  const femur = field(`femur_${side}`);
  const inFemur = patellaPoints.map((p) => between(frames, `patella_${side}`, `femur_${side}`, p));
  const overlap = Math.max(...inFemur.map((q) => femur(q)));
  if (overlap > 0 || !distance) return -overlap;
  return Math.min(...inFemur.map((q) => distance(q)));
}

/**
 * Patellar height as read on a lateral radiograph, at a knee angle (gait2392's knee_angle, degrees,
 * negative = flexed), in the tibia frame:
 * - Insall–Salvati: the patellar ligament (the patella's lowest point to the tibial tuberosity landmark,
 *   where the ligament attaches) over the patella's greatest length;
 * - Caton–Deschamps: from the lower edge of the patella's articular surface to the anterosuperior corner
 *   of the tibia (its most anterior point within 6 mm of its top, near the midline), over the articular
 *   surface's length. The articular surface: the back-facing surface points above the lower pole, whose
 *   lowest fifth is non-articular.
 */
export function patellarHeight(kneeDeg: number, side: 'r' | 'l' = 'r'): { insallSalvati: number; catonDeschamps: number } {
  const patella = `patella_${side}`;
  const tibia = `tibia_${side}`;
  const f = field(patella);
  const points = surfacePoints(patella, insidePoint(patella), 1500);
  let length = 0;
  for (const a of points) for (const b of points) length = Math.max(length, len(sub(a, b)));
  const apex = lowestPoint(patella);
  const articular = points.filter(
    (p) => f(add(p, [0.001, 0, 0])) - f(add(p, [-0.001, 0, 0])) > 0.0008 && p[1] > apex[1] + 0.2 * length,
  );
  const frames = computeFrames(poseFrom({ [`knee_angle_${side}`]: kneeDeg }));
  const inTibia = (p: V) => between(frames, patella as SegmentId, tibia as SegmentId, p);
  const tuberosity = landmark(`tibial_tuberosity_${side}`).at as V;
  const ligament = len(sub(inTibia(apex), tuberosity));
  const onTibia = articular.map(inTibia);
  const low = onTibia.reduce((m, p) => (p[1] < m[1] ? p : m));
  const high = onTibia.reduce((m, p) => (p[1] > m[1] ? p : m));
  const t = field(tibia);
  const sign = side === 'r' ? 1 : -1;
  let top = 0;
  while (t([0, top, 0]) <= 0 && t([0.01, top, 0]) <= 0) top -= 0.0005;
  let corner: V = [-1, 0, 0];
  for (let x = -0.01; x < 0.06; x += 0.0005)
    for (let y = top - 0.006; y <= top; y += 0.0005)
      for (let z = -0.01; z <= 0.01; z += 0.002) if (x > corner[0] && t([x, y, sign * z]) > 0) corner = [x, y, z];
  const planar = (a: V, b: V) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  return { insallSalvati: ligament / length, catonDeschamps: planar(corner, low) / planar(high, low) };
}

/**
 * Lordosis (degrees) between two endplates measured on the vertebral fields at neutral: each endplate's
 * plane fitted to the surface heights of the middle of the body, its forward lean read in the world.
 * `which` picks the vertebra's upper or lower endplate; 'sacrum' is S1's upper endplate.
 */
export function endplateLean(bone: string, which: 'upper' | 'lower'): number {
  const info = BONES.find((b) => b.name === bone)!;
  const frames = neutralFrames();
  const f = field(bone);
  // The body: the deepest point of the midline section within 3 cm of the bone's top there (the
  // vertebral body is its thickest part; for the sacrum, S1's body under the sacral base).
  const core = ((): V => {
    let top = -Infinity;
    for (let x = info.lo[0]; x <= info.hi[0]; x += 0.001) {
      for (let y = info.lo[1]; y <= info.hi[1]; y += 0.001) if (f([x, y, 0]) > 0) top = Math.max(top, y);
    }
    let best: V = [0, 0, 0];
    let v = -Infinity;
    for (let x = info.lo[0]; x <= info.hi[0]; x += 0.001) {
      for (let y = top - 0.03; y <= top; y += 0.001) {
        const fp = f([x, y, 0]);
        if (fp > v) {
          v = fp;
          best = [x, y, 0];
        }
      }
    }
    return best;
  })();
  // The endplate: surface points hit by rays from the core within a cone about its normal, the plane
  // fitted to them, and the cone narrowed about the fitted normal.
  let axis: V = which === 'upper' ? [0, 1, 0] : [0, -1, 0];
  let plane = { c1: 0, c2: 0 };
  for (const cone of [50, 30, 20]) {
    const cos = Math.cos((cone * Math.PI) / 180);
    const heights: [number, number, number][] = directions(2500)
      .filter((d) => dot(d, axis) > cos)
      .map((d) => exitPoint(bone, core, d, 0.06))
      .filter((p): p is V => !!p)
      .map((p) => [p[0], p[2], p[1]]);
    plane = fitPlane(heights);
    const n = unit([-plane.c1, 1, -plane.c2]);
    axis = which === 'upper' ? n : mul(n, -1);
  }
  const [c1, c2] = [plane.c1, plane.c2];
  // Upward normal of the plane, in the segment frame, then in the world.
  const n = unit([-c1!, 1, -c2!]);
  const seg = BONES.find((x) => x.name === bone)!.segment;
  const w = applyVector(frameOf(frames, seg), n, [0, 0, 0]) as V;
  return Math.atan2(w[0], w[1]) * deg;
}

/** Least-squares plane y = c0 + c1 x + c2 z through points given as [x, z, y]. */
function fitPlane(points: [number, number, number][]): { c1: number; c2: number } {
  const A = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const b = [0, 0, 0];
  for (const [x, z, y] of points) {
    const row = [1, x, z];
    for (let i = 0; i < 3; i++) {
      b[i]! += row[i]! * y;
      for (let j = 0; j < 3; j++) A[i]![j]! += row[i]! * row[j]!;
    }
  }
  const [, c1, c2] = solve(A, b);
  return { c1: c1!, c2: c2! };
}

/** Lowest point of a bone (its own frame): the first solid point scanning up from its box, to 0.2 mm. */
export function lowestPoint(bone: string): V {
  const info = BONES.find((b) => b.name === bone)!;
  const f = field(bone);
  for (let y = info.lo[1]; y <= info.hi[1]; y += 0.0002) {
    let best: V | undefined;
    let v = 0;
    for (let x = info.lo[0]; x <= info.hi[0]; x += 0.001) {
      for (let z = info.lo[2]; z <= info.hi[2]; z += 0.001) {
        const fp = f([x, y, z]);
        if (fp > v) {
          v = fp;
          best = [x, y, z];
        }
      }
    }
    if (best) return best;
  }
  throw new Error(`${bone} is empty`);
}

/**
 * The malleoli, in the tibia frame: how far each reaches below the plafond (the tibia's distal articular
 * surface, probed straight down from the middle of the tibia's section 4.5 cm above its lowest point).
 */
export function malleoli(side: 'r' | 'l' = 'r'): { plafond: number; medial: number; lateral: number } {
  const tip = lowestPoint(`tibia_${side}`);
  const above = section(`tibia_${side}`, [tip[0], tip[1] + 0.045, 0], [0, 1, 0], 0.04, 0.0007).centroid;
  const plafond = exitPoint(`tibia_${side}`, above, [0, -1, 0], 0.06)!;
  const fibula = lowestPoint(`fibula_${side}`);
  return { plafond: plafond[1], medial: plafond[1] - tip[1], lateral: plafond[1] - fibula[1] };
}

export const neutral = (): Pose => poseFrom({});

export interface BoneMesh {
  name: string;
  segment: string;
  /** Positions in the node's (segment's) frame. */
  positions: Float32Array;
  indices: Uint32Array;
  bvh: MeshBVH;
}

/**
 * The bones as built (public/models/bones.glb): each node's positions through its matrix (the grid its
 * integers lie on, and the mirror for left bones), with a BVH for distances.
 */
export async function readBones(file = 'public/models/bones.glb'): Promise<BoneMesh[]> {
  const doc = await readGlb(new Uint8Array(readFileSync(file)));
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getMesh())
    .map((node) => {
      const prim = node.getMesh()!.listPrimitives()[0]!;
      const pos = prim.getAttribute('POSITION')!;
      const m = node.getMatrix();
      const positions = new Float32Array(pos.getCount() * 3);
      const e: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, e);
        for (let r = 0; r < 3; r++) positions[i * 3 + r] = m[r]! * e[0]! + m[4 + r]! * e[1]! + m[8 + r]! * e[2]! + m[12 + r]!;
      }
      const indices = Uint32Array.from(prim.getIndices()!.getArray()!);
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(positions, 3));
      g.setIndex(new BufferAttribute(indices, 1));
      const segment = (node.getExtras() as { segment?: string }).segment ?? '';
      return { name: node.getName(), segment, positions, indices, bvh: new MeshBVH(g) };
    });
}

/** Distance from a point (the bone's frame) to a built bone's surface. */
export const meshDistance = (b: BoneMesh, p: readonly number[]) =>
  b.bvh.closestPointToPoint(new Vector3(p[0], p[1], p[2]))!.distance;

/**
 * A facet joint at neutral: the smallest gap between the inferior articular process of `upper` (its
 * surface points within 12 mm of `centre`, a point of `upper`'s frame) and the bone below, and the
 * deepest overlap, by the lower bone's field.
 */
export function facetGap(upper: string, lower: string, centre: V): { gap: number; overlap: number } {
  const frames = neutralFrames();
  const up = BONES.find((b) => b.name === upper)!.segment;
  const lo = BONES.find((b) => b.name === lower)!.segment;
  // The deepest point of the upper bone near the joint (inside its inferior process), and rays from it.
  const f = field(upper);
  let seed = centre;
  let best = -Infinity;
  for (let i = -8; i <= 8; i++) {
    for (let j = -8; j <= 8; j++) {
      for (let k = -8; k <= 8; k++) {
        const p = add(centre, [i * 0.001, j * 0.001, k * 0.001]);
        const v = f(p);
        if (v > best) {
          best = v;
          seed = p;
        }
      }
    }
  }
  const near = directions(3000)
    .map((d) => exitPoint(upper, seed, d, 0.03))
    .filter((p): p is V => !!p && len(sub(p, centre)) < 0.012);
  const values = near.map((p) => field(lower)(between(frames, up, lo, p)));
  const deepest = Math.max(...values);
  return { gap: -deepest, overlap: Math.max(0, deepest) };
}
