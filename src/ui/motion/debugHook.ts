/**
 * A tiny read-only hook for browser tests and curious readers: `window.myomapMotion.phase`, `.pose()`
 * (gait2392 coordinate values) and `.length(id)` (metres) of what is on screen now.
 */
import { COORDINATE_NAMES } from '../../anatomy/model/coordinates';
import { MUSCLE_IDS } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { frame } from '../../state/frame';

export interface MotionHook {
  readonly phase: number;
  pose(): Record<string, number>;
  length(id: MuscleId): number;
}

export function installMotionHook(target: Window = window): void {
  const hook: MotionHook = {
    get phase() {
      return frame.phase;
    },
    pose: () => Object.fromEntries(COORDINATE_NAMES.map((n, i) => [n, frame.pose[i]!])),
    length: (id) => frame.lengths[MUSCLE_IDS.indexOf(id)] ?? Number.NaN,
  };
  Object.defineProperty(target, 'myomapMotion', { value: Object.freeze(hook), configurable: true });
}
