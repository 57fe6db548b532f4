/**
 * Advances the motion and poses the body, once per frame and before anything draws: the phase moves on
 * with time × speed when playing; the pose is evaluated from the motion (or neutral), then frames and
 * muscle lengths are recomputed — only when the phase actually changed.
 */
import { useFrame } from '@react-three/fiber';
import { standOnFloor } from '../anatomy/model/contact';
import { neutralPose, poseFrom } from '../anatomy/model/coordinates';
import { MOTIONS } from '../anatomy/motions';
import { commitPose, frame } from '../state/frame';
import { useStore } from '../state/store';
import { POSE_PRIORITY } from './priorities';

let lastMotion: string | null | undefined;
let lastPhase = -1;
let lastManual: object | undefined;

/**
 * Move the shared frame state to `phase` of the current motion — or, with no motion, to the hand-made
 * pose of the sliders, standing on the floor; cheap when nothing changed.
 */
export function poseAt(phase: number) {
  const { motion, manual } = useStore.getState();
  if (motion === lastMotion && phase === lastPhase && manual === lastManual) return;
  lastMotion = motion;
  lastPhase = phase;
  lastManual = manual;
  frame.phase = phase;
  if (motion) MOTIONS[motion].evaluate(phase, frame.pose);
  else standOnFloor(poseFrom(manual, neutralPose(), frame.pose));
  commitPose();
}

export function PoseDriver() {
  useFrame((_, delta) => {
    const s = useStore.getState();
    // Playing, the phase runs on in frame.phase (no React work per frame); paused, the store's t rules.
    let phase = s.t;
    if (s.motion && s.play) {
      const m = MOTIONS[s.motion];
      const [from, to] = s.range ?? [0, 1];
      phase = frame.phase + (Math.min(delta, 0.1) * s.speed) / m.duration;
      if (phase < from) phase = from;
      if (phase >= to) {
        if (s.loop) phase = s.range || !m.periodic ? from + (phase - to) : phase - Math.floor(phase);
        else {
          phase = to;
          s.setPlaying(false);
        }
      }
    }
    poseAt(phase);
  }, POSE_PRIORITY);
  return null;
}
