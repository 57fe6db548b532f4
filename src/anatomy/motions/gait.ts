/**
 * One cycle of normal walking, fitted to the OpenSim example trial (scripts/fit-gait.ts). Phase 0 is the
 * right heel's initial contact; the right leg's back stride (terminal stance, Perry's 31–50 % of the
 * cycle, when the trailing hip is extended and the psoas is stretched) is named as a segment.
 */
import { COORDINATE_COUNT, type Pose } from '../model/coordinates';
import type { Fourier } from './fourier';
import { GAIT_CYCLE_SECONDS, GAIT_FOURIER } from './gaitFourier';
import { COORDINATE_NAMES } from '../model/coordinates';
import type { Motion } from './types';

const SERIES: readonly Fourier[] = COORDINATE_NAMES.map((n) => GAIT_FOURIER[n]);

export const gait: Motion = {
  id: 'gait',
  label: 'Walking',
  description: 'One stride of normal walking, on a treadmill: watch the trailing hip extend in the back stride.',
  periodic: true,
  duration: GAIT_CYCLE_SECONDS,
  segments: [
    { id: 'back_stride', label: 'Back stride (right leg trailing)', from: 0.3, to: 0.52 },
    { id: 'back_stride_left', label: 'Back stride (left leg trailing)', from: 0.8, to: 1.02 },
  ],
  citations: [{ source: 'subject01_walk1' }, { source: 'gait2392' }, { source: 'perry2010', where: 'gait phases' }],
  provenance:
    'Hip, knee, ankle, pelvis and lumbar angles are an 8-harmonic fit to one stride of the OpenSim example trial subject01_walk1 (gait2392 inverse kinematics), with the legs made symmetric, the torso upright on average, treadmill walking in place, and the pelvis height set by the legs so the feet meet the floor.',
  evaluate(phase: number, out: Pose): Pose {
    const w = 2 * Math.PI * (phase - Math.floor(phase));
    // The series summed here rather than by a call per coordinate: in V8 a double passed to a call that is
    // not inlined is boxed on the heap, and this runs every frame.
    for (let c = 0; c < COORDINATE_COUNT; c++) {
      const f = SERIES[c]!;
      let v = f.a0;
      for (let k = 0; k < f.a.length; k++) v += f.a[k]! * Math.cos(w * (k + 1)) + f.b[k]! * Math.sin(w * (k + 1));
      out[c] = v;
    }
    return out;
  },
};
