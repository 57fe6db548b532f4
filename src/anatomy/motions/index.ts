/** The four motions of SPEC.md. */
import { gait } from './gait';
import { hipFlexion } from './hipFlexion';
import { kneelingLunge } from './kneelingLunge';
import { sitToStand } from './sitToStand';
import type { Motion, MotionId } from './types';

export const MOTIONS: Readonly<Record<MotionId, Motion>> = {
  hip_flexion: hipFlexion,
  gait,
  sit_to_stand: sitToStand,
  kneeling_lunge: kneelingLunge,
};

export const motion = (id: MotionId): Motion => MOTIONS[id];
export { MOTION_IDS, isMotionId, type Motion, type MotionId } from './types';
