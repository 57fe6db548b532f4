/**
 * Forward kinematics: a pose → the world transform of every segment. Allocation-free after the first
 * call when the caller reuses `Frames` (the viewer does, every frame).
 */
import { evalSpline } from '../math/spline';
import {
  applyInversePoint,
  applyPoint,
  createTransform,
  multiply,
  setAxisAngle,
  setIdentity,
  type Transform,
} from '../math/transform';
import type { ReadonlyVec3, Vec3 } from '../math/vec3';
import { COORDINATE_INDEX, internalValue, neutralPose, type Pose } from './coordinates';
import { type CoordinateFunction, JOINTS, type JointDef } from './joints';
import { SEGMENT_IDS, SEGMENT_INDEX, type SegmentId } from './segments';

export type Frames = Transform[];

export const createFrames = (): Frames => SEGMENT_IDS.map(() => createTransform());

export function evaluate(fn: CoordinateFunction, pose: Pose): number {
  switch (fn.kind) {
    case 'constant':
      return fn.value;
    case 'linear':
      return fn.slope * internalValue(pose, COORDINATE_INDEX[fn.coordinate]);
    case 'spline':
      return evalSpline(fn.spline, internalValue(pose, COORDINATE_INDEX[fn.coordinate]));
  }
}

const local = createTransform();
const rot = createTransform();

/** Pose of the joint's child frame in its parent frame. */
export function jointTransform(j: JointDef, pose: Pose, out: Transform): Transform {
  setIdentity(out);
  for (const r of j.rotations) {
    setAxisAngle(r.axis, evaluate(r.fn, pose), rot);
    multiply(out, rot, out);
  }
  out[9] = j.location[0];
  out[10] = j.location[1];
  out[11] = j.location[2];
  for (const t of j.translations) {
    const v = evaluate(t.fn, pose);
    out[9] = out[9]! + t.axis[0] * v;
    out[10] = out[10]! + t.axis[1] * v;
    out[11] = out[11]! + t.axis[2] * v;
  }
  return out;
}

const PARENT_INDEX = JOINTS.map((j) => SEGMENT_INDEX[j.parent]);
const CHILD_INDEX = JOINTS.map((j) => SEGMENT_INDEX[j.child]);

/** World transform of every segment for `pose` (JOINTS are ordered parents first). */
export function computeFrames(pose: Pose, out: Frames = createFrames()): Frames {
  setIdentity(out[SEGMENT_INDEX.ground]!);
  for (let i = 0; i < JOINTS.length; i++) {
    jointTransform(JOINTS[i]!, pose, local);
    multiply(out[PARENT_INDEX[i]!]!, local, out[CHILD_INDEX[i]!]!);
  }
  return out;
}

export const frameOf = (frames: Frames, segment: SegmentId) => frames[SEGMENT_INDEX[segment]]!;

/** A point fixed in `segment`, in world coordinates. */
export function toWorld(frames: Frames, segment: SegmentId, p: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  return applyPoint(frameOf(frames, segment), p, out);
}

/** A world point expressed in the frame of `segment`. */
export function toSegment(frames: Frames, segment: SegmentId, p: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  return applyInversePoint(frameOf(frames, segment), p, out);
}

let neutral: Frames | undefined;
/** Frames of the neutral standing pose (every coordinate at its gait2392 default). */
export function neutralFrames(): Frames {
  neutral ??= computeFrames(neutralPose());
  return neutral;
}

/** Move a point from one segment's frame to another's, in the neutral pose. */
export function between(from: SegmentId, to: SegmentId, p: ReadonlyVec3): Vec3 {
  const f = neutralFrames();
  return toSegment(f, to, toWorld(f, from, p)) as Vec3;
}
