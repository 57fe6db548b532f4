/**
 * Where the skin is anchored: landmarks and joint centres in world coordinates at the neutral standing
 * pose (the bind pose of the body mesh). Moving a landmark in src/anatomy moves the skin built on it.
 */
import type { Vec3 } from '../../anatomy/math/vec3';
import { frameOf, neutralFrames, toWorld } from '../../anatomy/model/kinematics';
import { neutralLandmark } from '../../anatomy/model/landmarks';
import type { SegmentId } from '../../anatomy/model/segments';

/** Neutral world position of a landmark (short name: the skin code reads dozens of them). */
export const lm = neutralLandmark;

/** Neutral world position of a segment's origin (its joint with the parent). */
export const origin = (segment: SegmentId): Vec3 => {
  const f = frameOf(neutralFrames(), segment);
  return [f[9]!, f[10]!, f[11]!];
};

/** Right-side anchors; the left side mirrors z. */
export const HIP = origin('femur_r');
export const KNEE = origin('tibia_r');
export const ANKLE = origin('talus_r');

/** A point given in the pelvis frame, in neutral world coordinates. */
export const fromPelvis = (p: Vec3): Vec3 => toWorld(neutralFrames(), 'pelvis', p) as Vec3;
