/**
 * Musculotendon length and moment arm of any muscle (or ligament) in any pose. The moment arm about a coordinate is
 * r = −dL/dθ (positive: the muscle pulls the coordinate in its positive direction), taken here by a
 * central difference of ±0.05° — the path is smooth except where a conditional point switches, and
 * there the difference gives the mean of the two sides.
 */
import { COORDINATE_INDEX, type CoordinateName, type Pose } from '../model/coordinates';
import { computeFrames, createFrames } from '../model/kinematics';
import { muscleLength } from './musclePath';
import type { PathBody } from './resolve';

const frames = createFrames();
let scratch = new Float64Array(0);

/** Musculotendon (or ligament) length (m) of `m` in `pose`. */
export function lengthOf(m: PathBody, pose: Pose): number {
  computeFrames(pose, frames);
  return muscleLength(m, frames, pose);
}

const STEP_DEG = 0.05;

/** Moment arm (m) of `m` about a rotational coordinate in `pose`. */
export function momentArm(m: PathBody, coordinate: CoordinateName, pose: Pose): number {
  if (scratch.length !== pose.length) scratch = new Float64Array(pose.length);
  scratch.set(pose);
  const i = COORDINATE_INDEX[coordinate];
  scratch[i] = pose[i]! + STEP_DEG;
  const up = lengthOf(m, scratch);
  scratch[i] = pose[i]! - STEP_DEG;
  const down = lengthOf(m, scratch);
  const dTheta = (2 * STEP_DEG * Math.PI) / 180;
  return -(up - down) / dTheta;
}
