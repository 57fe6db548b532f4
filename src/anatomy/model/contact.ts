/**
 * Where the body meets the floor: skin points under each foot (and the front of the knee, for
 * kneeling), and the pelvis translation that keeps a chosen contact where it belongs. The floor is the
 * plane y = 0 of ground; at neutral standing the soles rest on it.
 */
import type { Vec3 } from '../math/vec3';
import { COORDINATE_INDEX, type Pose } from './coordinates';
import { computeFrames, createFrames, type Frames, toWorld } from './kinematics';
import type { SegmentId, Side } from './segments';

/** Skin contact points under the right foot (foot frame), heel first; left mirrors z. */
const SOLE: readonly Vec3[] = [
  [-0.004, -0.0161, 0.0],
  [0.17, -0.013, -0.026],
  [0.145, -0.013, 0.038],
  [0.245, -0.006, -0.012],
];
/** Skin over the front of the kneecap (patella frame), where a kneeling leg rests. */
const KNEE: Vec3 = [0.016, -0.022, 0.0];

const mz = (p: Vec3, s: Side): Vec3 => (s === 'r' ? p : [p[0], p[1], -p[2]]);

export const solePoints = (s: Side): { segment: SegmentId; at: Vec3 }[] =>
  SOLE.map((p) => ({ segment: `foot_${s}` as SegmentId, at: mz(p, s) }));
export const heelPoint = (s: Side) => solePoints(s)[0]!;
export const kneePoint = (s: Side): { segment: SegmentId; at: Vec3 } => ({ segment: `patella_${s}`, at: mz(KNEE, s) });

const scratch = createFrames();
const w: Vec3 = [0, 0, 0];

/** Lowest world height among the soles of both feet. */
export function lowestSole(frames: Frames): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of ['r', 'l'] as const) {
    for (const p of solePoints(s)) min = Math.min(min, toWorld(frames, p.segment, p.at, w)[1]);
  }
  return min;
}

export type Anchor = { segment: SegmentId; at: Vec3; world: Vec3 };

/**
 * Shift the pelvis (pelvis_tx, pelvis_ty) so that `anchor.at` on its segment lands on `anchor.world`
 * in x and y. Rotations are unchanged, so the rest of the body keeps its shape.
 */
export function placeAnchor(pose: Pose, anchor: Anchor): Pose {
  computeFrames(pose, scratch);
  toWorld(scratch, anchor.segment, anchor.at, w);
  pose[COORDINATE_INDEX.pelvis_tx] = pose[COORDINATE_INDEX.pelvis_tx]! + anchor.world[0] - w[0];
  pose[COORDINATE_INDEX.pelvis_ty] = pose[COORDINATE_INDEX.pelvis_ty]! + anchor.world[1] - w[1];
  return pose;
}

/** Shift pelvis_ty so the lowest sole point touches the floor. */
export function standOnFloor(pose: Pose): Pose {
  computeFrames(pose, scratch);
  pose[COORDINATE_INDEX.pelvis_ty] = pose[COORDINATE_INDEX.pelvis_ty]! - lowestSole(scratch);
  return pose;
}
