/** Motions as data: every coordinate as a smooth function of a phase 0..1. */
import type { Pose } from '../model/coordinates';
import type { Citation } from '../muscles/types';

export const MOTION_IDS = ['hip_flexion', 'gait', 'sit_to_stand', 'kneeling_lunge'] as const;
export type MotionId = (typeof MOTION_IDS)[number];

export const isMotionId = (s: string): s is MotionId => (MOTION_IDS as readonly string[]).includes(s);

export interface Motion {
  id: MotionId;
  label: string;
  /** One sentence for people: what the body does. */
  description: string;
  /** Loops: phase 1 equals phase 0 and the curves join smoothly. */
  periodic: boolean;
  /** Seconds per cycle at 1× speed. */
  duration: number;
  /** Named parts of the cycle, e.g. the back stride of walking. */
  segments?: { id: string; label: string; from: number; to: number }[];
  citations: Citation[];
  /** Where the numbers come from, in a sentence or two. */
  provenance: string;
  /** Every coordinate at `phase` (0..1, wrapped for periodic motions, clamped otherwise), into `out`. */
  evaluate(phase: number, out: Pose): Pose;
}
