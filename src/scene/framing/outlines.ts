/**
 * Outline points of the loaded models, per segment, for framing: the corners of each bone's box in its
 * segment's frame, and of the skin around each segment (its vertices grouped by the segment that moves
 * them most). Computed once per model load; posing them is 8 points × segments, not a mesh.
 */
import * as THREE from 'three';
import { toSegment } from '../../anatomy/model/kinematics';
import { neutralFrames } from '../../anatomy/model/kinematics';
import { SEGMENT_IDS } from '../../anatomy/model/segments';
import type { SegmentPoints } from '../../state/runtime';
import type { CarriedBone } from '../modelRig';

/** The eight corners of a box, xyz triples. */
export function corners(box: THREE.Box3): Float64Array {
  const out = new Float64Array(24);
  for (let i = 0; i < 8; i++) {
    out[i * 3] = i & 1 ? box.max.x : box.min.x;
    out[i * 3 + 1] = i & 2 ? box.max.y : box.min.y;
    out[i * 3 + 2] = i & 4 ? box.max.z : box.min.z;
  }
  return out;
}

/** Each bone's box (in its segment's frame, through the node's own matrix in the file). */
export function boneOutlines(bones: readonly CarriedBone[]): SegmentPoints[] {
  return bones.map((b) => {
    const g = b.mesh.geometry;
    if (!g.boundingBox) g.computeBoundingBox();
    const box = g.boundingBox!.clone().applyMatrix4(b.local);
    return { segment: b.segment, points: corners(box) };
  });
}

/**
 * The skin's outline per segment: `neutral` are the skin's vertex positions in neutral standing (world),
 * `joints`/`weights` its skinning, `jointSegment` the segment index of each joint (−1: none).
 */
export function skinOutlines(
  neutral: Float32Array,
  joints: ArrayLike<number>,
  weights: ArrayLike<number>,
  jointSegment: readonly number[],
): SegmentPoints[] {
  const boxes = new Map<number, THREE.Box3>();
  const frames = neutralFrames();
  const local = [0, 0, 0] as [number, number, number];
  const v = new THREE.Vector3();
  for (let i = 0; i < neutral.length / 3; i++) {
    let best = 0;
    for (let k = 1; k < 4; k++) if (weights[i * 4 + k]! > weights[i * 4 + best]!) best = k;
    const segment = jointSegment[joints[i * 4 + best]!] ?? -1;
    if (segment < 0) continue;
    toSegment(frames, SEGMENT_IDS[segment]!, [neutral[i * 3]!, neutral[i * 3 + 1]!, neutral[i * 3 + 2]!], local);
    let box = boxes.get(segment);
    if (!box) {
      box = new THREE.Box3();
      boxes.set(segment, box);
    }
    box.expandByPoint(v.set(local[0], local[1], local[2]));
  }
  return [...boxes].map(([segment, box]) => ({ segment, points: corners(box) }));
}
