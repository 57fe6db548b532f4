/**
 * The poses a compare pane can hold, for teachers: standing, the back stride of walking (the trailing
 * hip extended, psoas stretched), the knee lifted to 90°, the kneeling lunge's rear leg, and sitting.
 * Each is a motion at a phase, found from the motion curves themselves rather than typed in.
 */
import { COORDINATE_INDEX, neutralPose } from '../../anatomy/model/coordinates';
import { MOTIONS, type MotionId } from '../../anatomy/motions';

export interface ComparePose {
  id: string;
  label: string;
  motion: MotionId | null;
  t: number;
}

/** The phase at which `coordinate` of `motion` is largest (or smallest), scanning the whole motion. */
function extremePhase(motion: MotionId, coordinate: keyof typeof COORDINATE_INDEX, sign: 1 | -1): number {
  const pose = neutralPose();
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i <= 200; i++) {
    const t = i / 200;
    const v = sign * MOTIONS[motion].evaluate(t, pose)[COORDINATE_INDEX[coordinate]]!;
    if (v > bestValue) {
      bestValue = v;
      best = t;
    }
  }
  return best;
}

/** The first phase at which the right hip reaches `deg` of flexion on the way up. */
function hipFlexedTo(deg: number): number {
  const pose = neutralPose();
  for (let i = 0; i <= 400; i++) {
    const t = i / 800;
    if (MOTIONS.hip_flexion.evaluate(t, pose)[COORDINATE_INDEX.hip_flexion_r]! >= deg) return t;
  }
  return 0.5;
}

export const COMPARE_POSES: readonly ComparePose[] = [
  { id: 'standing', label: 'Standing', motion: null, t: 0 },
  // The right hip's greatest extension in walking: the back stride.
  { id: 'back_stride', label: 'Back stride (walking)', motion: 'gait', t: extremePhase('gait', 'hip_flexion_r', -1) },
  { id: 'knee_up', label: 'Knee up (hip flexed 90°)', motion: 'hip_flexion', t: hipFlexedTo(90) },
  {
    id: 'kneeling_lunge',
    label: 'Kneeling lunge (right leg behind)',
    motion: 'kneeling_lunge',
    t: extremePhase('kneeling_lunge', 'hip_flexion_r', -1),
  },
  { id: 'sitting', label: 'Sitting', motion: 'sit_to_stand', t: 0 },
];

export const comparePose = (id: string): ComparePose => COMPARE_POSES.find((p) => p.id === id) ?? COMPARE_POSES[0]!;
