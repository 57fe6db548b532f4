/**
 * Forward kinematics: a pose → the world transform of every segment. Allocation-free after the first
 * call when the caller reuses `Frames` (the viewer does, every frame).
 */
import { type CubicSpline, evalSplineOf } from '../math/spline';
import {
  applyInversePoint,
  applyPoint,
  createTransform,
  multiply,
  setAxisAngleOf,
  setIdentity,
  type Transform,
} from '../math/transform';
import type { ReadonlyVec3, Vec3 } from '../math/vec3';
import { COORDINATE_INDEX, COORDINATES, neutralPose, type Pose } from './coordinates';
import { JOINTS } from './joints';
import { SEGMENT_IDS, SEGMENT_INDEX, type SegmentId } from './segments';

export type Frames = Transform[];

export const createFrames = (): Frames => SEGMENT_IDS.map(() => createTransform());

/*
 * The joints' coordinate functions compiled into flat arrays (kind, coordinate, slope or constant,
 * spline), so that posing reads numbers from typed arrays: reading a number property through a call site
 * that sees several object shapes, or passing one to a call that is not inlined, boxes it on the heap,
 * and this runs for every joint every frame.
 */
const FUNCTIONS = JOINTS.flatMap((j) => [...j.rotations, ...j.translations].map((a) => a.fn));
const CONSTANT = 0;
const LINEAR = 1;
const SPLINE = 2;
const FN_KIND = Int8Array.from(FUNCTIONS, (f) => (f.kind === 'constant' ? CONSTANT : f.kind === 'linear' ? LINEAR : SPLINE));
const FN_COORDINATE = Int32Array.from(FUNCTIONS, (f) => (f.kind === 'constant' ? 0 : COORDINATE_INDEX[f.coordinate]));
const FN_SCALAR = Float64Array.from(FUNCTIONS, (f) => (f.kind === 'constant' ? f.value : f.kind === 'linear' ? f.slope : 0));
const FN_SPLINE: (CubicSpline | null)[] = FUNCTIONS.map((f) => (f.kind === 'spline' ? f.spline : null));
const IS_ROTATION = Uint8Array.from(COORDINATES, (c) => (c.kind === 'rotation' ? 1 : 0));
/** Per joint: index of its first function (rotations, then translations). */
const FN_START = Int32Array.from(
  JOINTS.map((_, i) => JOINTS.slice(0, i).reduce((n, j) => n + j.rotations.length + j.translations.length, 0)),
);

/** Scratch result of `evaluate`. */
const value = new Float64Array(1);

/** The value of compiled function `f` for a pose, into value[0]. */
function evaluate(f: number, pose: Pose): void {
  const kind = FN_KIND[f]!;
  if (kind === CONSTANT) {
    value[0] = FN_SCALAR[f]!;
    return;
  }
  // The coordinate in internal units (radians for rotations), as OpenSim's functions expect.
  const i = FN_COORDINATE[f]!;
  value[0] = IS_ROTATION[i] ? (pose[i]! * Math.PI) / 180 : pose[i]!;
  if (kind === LINEAR) value[0] = FN_SCALAR[f]! * value[0]!;
  else evalSplineOf(FN_SPLINE[f]!, value, 0, value, 0);
}

const local = createTransform();
const rot = createTransform();

/** Pose of joint `index`'s child frame in its parent frame. */
function jointTransform(index: number, pose: Pose, out: Transform): Transform {
  const j = JOINTS[index]!;
  let f = FN_START[index]!;
  setIdentity(out);
  for (let k = 0; k < j.rotations.length; k++, f++) {
    evaluate(f, pose);
    setAxisAngleOf(j.rotations[k]!.axis, value, 0, rot);
    multiply(out, rot, out);
  }
  out[9] = j.location[0];
  out[10] = j.location[1];
  out[11] = j.location[2];
  for (let k = 0; k < j.translations.length; k++, f++) {
    const axis = j.translations[k]!.axis;
    evaluate(f, pose);
    const v = value[0]!;
    out[9] = out[9]! + axis[0] * v;
    out[10] = out[10]! + axis[1] * v;
    out[11] = out[11]! + axis[2] * v;
  }
  return out;
}

const PARENT_INDEX = JOINTS.map((j) => SEGMENT_INDEX[j.parent]);
const CHILD_INDEX = JOINTS.map((j) => SEGMENT_INDEX[j.child]);

/** World transform of every segment for `pose` (JOINTS are ordered parents first). */
export function computeFrames(pose: Pose, out: Frames = createFrames()): Frames {
  setIdentity(out[SEGMENT_INDEX.ground]!);
  for (let i = 0; i < JOINTS.length; i++) {
    jointTransform(i, pose, local);
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
