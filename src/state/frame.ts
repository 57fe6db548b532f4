/**
 * Per-frame values, outside React: the current phase and pose, the segment frames of that pose and the
 * muscle lengths. Written by the pose driver once per frame; read by the scene and by DOM readouts.
 */
import { neutralPose, type Pose } from '../anatomy/model/coordinates';
import { computeFrames, createFrames, type Frames } from '../anatomy/model/kinematics';
import { MUSCLES } from '../anatomy/muscles/catalog';
import { muscleLength } from '../anatomy/path/musclePath';

export interface FrameState {
  phase: number;
  pose: Pose;
  frames: Frames;
  /** Musculotendon length per muscle (MUSCLES order), metres. */
  lengths: Float64Array;
  /** Lengths in neutral standing, for the stretch colours. */
  restLengths: Float64Array;
  /** Bumped whenever the pose changes, so consumers redo work only then. */
  version: number;
}

const rest = neutralPose();
const restFrames = computeFrames(rest);

export const frame: FrameState = {
  phase: 0,
  pose: neutralPose(),
  frames: createFrames(),
  lengths: new Float64Array(MUSCLES.length),
  restLengths: Float64Array.from(MUSCLES, (m) => muscleLength(m, restFrames, rest)),
  version: 0,
};

/** Recompute frames and lengths after frame.pose changed. */
export function commitPose(): void {
  computeFrames(frame.pose, frame.frames);
  for (let i = 0; i < MUSCLES.length; i++) frame.lengths[i] = muscleLength(MUSCLES[i]!, frame.frames, frame.pose);
  frame.version++;
}

commitPose();
