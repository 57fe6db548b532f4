/**
 * How much of a structure, and of its essential referral zone, a camera sees from a given side — the
 * measure behind each structure's best view. A skin triangle counts as seen when it faces the camera
 * (not at a grazing angle) and nothing of the body stands between it and the camera; a point of a
 * structure counts as seen when no bone stands between it and the camera (the skin is see-through).
 * Directions stand for the camera: at the viewing distance its rays are close to parallel.
 */
import * as THREE from 'three';
import { computeBoundsTree, type MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from '../../anatomy/math/vec3';
import type { Frames } from '../../anatomy/model/kinematics';
import { boneAt } from '../bones/hitTest';

export interface SkinSurface {
  /** Neutral-pose world positions and unit normals, 3 per vertex; triangles, 3 indices each. */
  positions: Float32Array;
  normals: Float32Array;
  indices: ArrayLike<number>;
}

/** Skin turned further than this from the camera (cosine) reads as an edge, not as a surface. */
export const MIN_FACING = 0.25;

/** Area of each triangle, m². */
export function triangleAreas(s: SkinSurface): Float64Array {
  const n = s.indices.length / 3;
  const out = new Float64Array(n);
  const p = s.positions;
  for (let t = 0; t < n; t++) {
    const a = s.indices[t * 3]! * 3;
    const b = s.indices[t * 3 + 1]! * 3;
    const c = s.indices[t * 3 + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const cx = uy * vz - uz * vy;
    const cy = uz * vx - ux * vz;
    const cz = ux * vy - uy * vx;
    out[t] = 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
  }
  return out;
}

/** A bounding-volume hierarchy of the skin, for ray casts. */
export function skinTree(s: SkinSurface): MeshBVH {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(s.positions, 3));
  geometry.setIndex(Array.from(s.indices));
  computeBoundsTree.call(geometry);
  return (geometry as THREE.BufferGeometry & { boundsTree: MeshBVH }).boundsTree;
}

/** For each direction, 1 for each skin triangle the camera there sees, else 0. */
export function skinTrianglesSeen(s: SkinSurface, directions: readonly Vec3[]): Uint8Array[] {
  const bvh = skinTree(s);
  const n = s.indices.length / 3;
  const ray = new THREE.Ray();
  const origin = new THREE.Vector3();
  const normal = new THREE.Vector3();
  return directions.map((d) => {
    const seen = new Uint8Array(n);
    const dir = new THREE.Vector3(d[0], d[1], d[2]).normalize();
    for (let t = 0; t < n; t++) {
      origin.set(0, 0, 0);
      normal.set(0, 0, 0);
      for (let k = 0; k < 3; k++) {
        const v = s.indices[t * 3 + k]! * 3;
        origin.x += s.positions[v]! / 3;
        origin.y += s.positions[v + 1]! / 3;
        origin.z += s.positions[v + 2]! / 3;
        normal.x += s.normals[v]!;
        normal.y += s.normals[v + 1]!;
        normal.z += s.normals[v + 2]!;
      }
      normal.normalize();
      if (normal.dot(dir) < MIN_FACING) continue;
      // Start a hair off the surface, so the triangle does not hide itself.
      ray.origin.copy(origin).addScaledVector(normal, 0.002);
      ray.direction.copy(dir);
      seen[t] = bvh.raycastFirst(ray, THREE.DoubleSide) ? 0 : 1;
    }
    return seen;
  });
}

/** Share (0..1) of the weighted area that is seen: Σ weight·seen / Σ weight (0 when nothing is weighted). */
export function shareSeen(weights: Float64Array, seen: Uint8Array): number {
  let all = 0;
  let shown = 0;
  for (let t = 0; t < weights.length; t++) {
    all += weights[t]!;
    if (seen[t]) shown += weights[t]!;
  }
  return all > 0 ? shown / all : 0;
}

/**
 * How deep under the skin a structure lies seen from direction `d`: the mean distance (m) from its
 * points to where a ray towards the camera leaves the body (a point the ray never leaves counts as 0).
 */
export function meanDepthUnderSkin(skin: MeshBVH, points: ArrayLike<number>, d: Vec3): number {
  const n = Math.floor(points.length / 3);
  if (!n) return 0;
  const ray = new THREE.Ray(new THREE.Vector3(), new THREE.Vector3(d[0], d[1], d[2]).normalize());
  let sum = 0;
  for (let i = 0; i < n; i++) {
    ray.origin.set(points[i * 3]!, points[i * 3 + 1]!, points[i * 3 + 2]!);
    let far = 0;
    // The last crossing of the skin on the way out is where the body ends towards the camera.
    for (const hit of skin.raycast(ray, THREE.DoubleSide)) far = Math.max(far, hit.distance);
    sum += far;
  }
  return sum / n;
}

/** How far towards the camera a structure's point is checked for bone in the way, and in what steps (m). */
const REACH = 0.45;
const STEP = 0.004;

/**
 * Share of `points` (world xyz, neutral pose) that a camera in direction `d` sees past the bones: each
 * point is moved `lift` towards the camera first (from a muscle's centre line to its surface).
 */
export function pointsSeenPastBone(frames: Frames, points: ArrayLike<number>, d: Vec3, lift = 0): number {
  const n = Math.floor(points.length / 3);
  if (!n) return 0;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const x = points[i * 3]! + d[0] * lift;
    const y = points[i * 3 + 1]! + d[1] * lift;
    const z = points[i * 3 + 2]! + d[2] * lift;
    let blocked = false;
    for (let s = STEP; s <= REACH && !blocked; s += STEP) {
      if (boneAt(frames, x + d[0] * s, y + d[1] * s, z + d[2] * s)) blocked = true;
    }
    if (!blocked) seen++;
  }
  return seen / n;
}
