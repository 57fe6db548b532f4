/**
 * No jumps: every muscle's length changes smoothly as any hip coordinate sweeps its comfortable range in
 * a variety of poses, and along every motion. A wrap that switches sides or a point that pops in and out
 * of a path shows up here as a step.
 */
import { describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, coordinateDef, neutralPose, poseFrom } from '../../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../../src/anatomy/model/kinematics';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { MOTIONS } from '../../src/anatomy/motions';
import { PATH_STRUCTURES } from '../../src/anatomy/structures/catalog';
import { fibreLength, muscleLength } from '../../src/anatomy/path/musclePath';

const frames = createFrames();
/** Muscles and the path-bound structures (ligaments, fascia, nerves, vessels): all are drawn on their paths. */
const BODIES = [...MUSCLES, ...PATH_STRUCTURES];
const length = (m: (typeof BODIES)[number], pose: Float64Array) => {
  computeFrames(pose, frames);
  return muscleLength(m, frames, pose);
};

/** Largest ratio of a step's length change to the median step over a sweep: a jump stands out. */
function largestJump(values: number[]): number {
  const steps = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const sorted = [...steps].sort((a, b) => a - b);
  const typical = Math.max(sorted[Math.floor(sorted.length * 0.9)]!, 2e-5);
  return Math.max(...steps) / typical;
}

describe('lengths are continuous', () => {
  const bases = [
    neutralPose(),
    poseFrom({ hip_flexion_r: 45, hip_flexion_l: 45, knee_angle_r: -60, knee_angle_l: -60 }),
    poseFrom({ hip_flexion_r: 100, hip_flexion_l: -20, knee_angle_r: -110, lumbar_extension: -30 }),
    poseFrom({ hip_adduction_r: 20, hip_adduction_l: -30, hip_rotation_r: 30, hip_rotation_l: -35 }),
  ];
  for (const side of ['r', 'l'] as const) {
    for (const c of ['hip_flexion', 'hip_adduction', 'hip_rotation', 'knee_angle'] as const) {
      it(`over ${c}_${side}`, () => {
        const name = `${c}_${side}` as const;
        const [lo, hi] = coordinateDef(name).comfortable;
        for (const base of bases) {
          for (const m of BODIES) {
            const values: number[] = [];
            const pose = Float64Array.from(base);
            for (let v = lo; v <= hi; v += 0.5) {
              pose[COORDINATE_INDEX[name]] = v;
              values.push(length(m, pose));
            }
            expect(largestJump(values), `${m.id} over ${name}`).toBeLessThan(4);
          }
        }
      });
    }
  }

  // A muscle's length averages its fibres, which can hide one fibre's step: gait2392's deep-flexion
  // points over the trochlea, switched in at 102° and 110° on a patella path that is not gait2392's, made
  // one fibre of vastus medialis 2.8 mm longer from one tenth of a degree to the next.
  it('fibre by fibre over the knee, in tenths of a degree from full flexion to hyperextension', () => {
    const pose = neutralPose();
    const i = COORDINATE_INDEX.knee_angle_r;
    const [lo, hi] = coordinateDef('knee_angle_r').range;
    for (const m of BODIES) {
      if (!m.id.endsWith('_r')) continue;
      for (const f of m.fibres) {
        const values: number[] = [];
        for (let v = lo; v <= hi; v += 0.1) {
          pose[i] = v;
          computeFrames(pose, frames);
          values.push(fibreLength(f, frames, pose));
        }
        expect(largestJump(values), `${m.id}, ${f.name}`).toBeLessThan(4);
      }
    }
  });

  it('along every motion', () => {
    for (const motion of Object.values(MOTIONS)) {
      const pose = neutralPose();
      for (const m of BODIES) {
        const values: number[] = [];
        for (let i = 0; i <= 400; i++) values.push(length(m, motion.evaluate(i / 400, pose)));
        expect(largestJump(values), `${m.id} in ${motion.id}`).toBeLessThan(4);
      }
    }
  });
});
