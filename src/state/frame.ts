/**
 * Per-frame values of one viewer, outside React: the current phase and pose, the segment frames of that
 * pose and the muscle lengths. Each viewer's runtime (runtime.ts) owns one; its pose driver writes it once
 * per frame, and the scene and the DOM readouts of that viewer read it.
 */
import { neutralPose, type Pose } from '../anatomy/model/coordinates';
import { computeFrames, createFrames, type Frames } from '../anatomy/model/kinematics';
import { MUSCLES } from '../anatomy/muscles/catalog';
import { muscleLength, muscleLengths } from '../anatomy/path/musclePath';

export interface FrameState {
  phase: number;
  pose: Pose;
  frames: Frames;
  /** Musculotendon length per muscle (MUSCLES order), metres. */
  lengths: Float64Array;
  /** Lengths in neutral standing, for the stretch colours (shared by every viewer: they never change). */
  readonly restLengths: Float64Array;
  /** Bumped whenever the pose changes, so consumers redo work only then. */
  version: number;
}

let rest: Float64Array | undefined;

/** Neutral-standing lengths, computed once on first use. */
function restLengths(): Float64Array {
  if (!rest) {
    const pose = neutralPose();
    const frames = computeFrames(pose);
    rest = Float64Array.from(MUSCLES, (m) => muscleLength(m, frames, pose));
  }
  return rest;
}

/** A frame state in neutral standing, ready to draw. */
export function createFrameState(): FrameState {
  const f: FrameState = {
    phase: 0,
    pose: neutralPose(),
    frames: createFrames(),
    lengths: new Float64Array(MUSCLES.length),
    restLengths: restLengths(),
    version: 0,
  };
  commitPose(f);
  return f;
}

/** Recompute frames and lengths after `f.pose` changed. */
export function commitPose(f: FrameState): void {
  computeFrames(f.pose, f.frames);
  muscleLengths(MUSCLES, f.frames, f.pose, f.lengths);
  f.version++;
}
