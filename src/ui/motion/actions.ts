/**
 * What the motion controls do, through the store only (so the URL and the embed API stay in step):
 * choose a motion, play or pause by hand, scrub, the two presets, and the pose made by hand.
 */
import { COORDINATES, type CoordinateName, type Pose } from '../../anatomy/model/coordinates';
import { MOTIONS, type MotionId } from '../../anatomy/motions';
import { selectMuscle } from '../../state/selection';
import { useStore } from '../../state/store';
import { percentText, speedText } from './format';

/** The back stride: the right leg's terminal stance in walking, where its hip is extended. */
export const BACK_STRIDE = MOTIONS.gait.segments!.find((s) => s.id === 'back_stride')!;
export const BACK_STRIDE_SPEED = 0.35;

export function chooseMotion(id: MotionId | null): void {
  const s = useStore.getState();
  s.setMotion(id);
  s.setPhase(0);
  if (s.highlight.length) s.set('highlight', []);
  if (!id) s.setPlaying(false);
}

/** The range the phase runs in now: the looped part, or the whole motion. */
function span(): readonly [number, number] {
  return useStore.getState().range ?? [0, 1];
}

export function togglePlay(): void {
  const s = useStore.getState();
  if (!s.motion) return;
  if (s.play) {
    s.setPlaying(false);
    s.announce(`Paused at ${percentText(useStore.getState().t)}`);
    return;
  }
  const [from, to] = span();
  // From outside the looped part, or from the end of a motion that does not loop: start again.
  if (s.t < from || s.t > to || (!s.loop && s.t >= to - 1e-3)) s.setPhase(from);
  s.setPlaying(true);
  s.announce(`Playing ${MOTIONS[s.motion].label.toLowerCase()} at ${speedText(s.speed)} speed`);
}

/** Scrubbing pauses and moves the phase. */
export function scrub(t: number): void {
  const s = useStore.getState();
  if (s.play) s.setPlaying(false);
  s.setPhase(t);
}

function preset(motion: MotionId, opts: { range: readonly [number, number] | null; speed: number; start: number }) {
  const s = useStore.getState();
  if (s.reducedMotion && s.play) s.setPlaying(false);
  s.setMotion(motion);
  s.set('range', opts.range);
  s.set('loop', true);
  s.setSpeed(opts.speed);
  s.setPhase(opts.start);
  selectMuscle('psoas_major_r');
  s.set('highlight', ['iliacus_r']);
  s.set('stretchColours', true);
  // From the right side the trailing leg's hip extension (and the knee rising) reads best.
  s.setView('right');
  s.autoplay();
}

/** "Back stride": walking, looping the right leg's terminal stance slowly, its psoas and iliacus lit. */
export function backStride(): void {
  preset('gait', { range: [BACK_STRIDE.from, BACK_STRIDE.to], speed: BACK_STRIDE_SPEED, start: BACK_STRIDE.from });
  const s = useStore.getState();
  s.announce(
    `Back stride of walking: the right leg trails and its hip extends, so the right psoas major and iliacus lengthen (yellow). ${
      s.play ? `Looping at ${speedText(s.speed)} speed.` : 'Paused: press Play to run it.'
    }`,
  );
}

/** "Knee up": standing hip flexion, the right psoas major and iliacus shortening. */
export function kneeUp(): void {
  preset('hip_flexion', { range: null, speed: 1, start: 0 });
  const s = useStore.getState();
  s.announce(
    `Knee up: the right hip flexes to 120°, so the right psoas major and iliacus shorten (blue). ${
      s.play ? 'Playing.' : 'Paused: press Play to run it.'
    }`,
  );
}

export function wholeCycle(): void {
  const s = useStore.getState();
  s.set('range', null);
  s.announce('Playing the whole motion');
}

/** Rotations of `pose`, to hold when a slider takes over from a motion. */
function rotationsOf(pose: Pose): Partial<Record<CoordinateName, number>> {
  const out: Partial<Record<CoordinateName, number>> = {};
  COORDINATES.forEach((c, i) => {
    if (c.kind === 'rotation') out[c.name] = Math.round(pose[i]! * 10) / 10;
  });
  return out;
}

/**
 * A slider of "Pose by hand": the motion stops, the pose on screen (`shown`, the viewer's current pose)
 * holds, then this coordinate moves.
 */
export function setManual(name: CoordinateName, value: number, shown: Pose): void {
  const s = useStore.getState();
  if (s.motion) s.set('manual', rotationsOf(shown));
  if (s.highlight.length) s.set('highlight', []);
  useStore.getState().setManual(name, value);
}

export function resetPose(): void {
  const s = useStore.getState();
  if (s.motion) chooseMotion(null);
  s.set('manual', {});
  s.announce('Pose reset to standing');
}
