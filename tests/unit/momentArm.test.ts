/**
 * Moment arms (−dL/dθ by a ±0.05° central difference) against independent computations: the geometric
 * moment arm r = ((insertion − joint centre) × unit line of action) · axis for straight muscles, and a
 * coarser difference of length for every muscle in several poses.
 */
import { describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, neutralPose, poseFrom } from '../../src/anatomy/model/coordinates';
import { computeFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { lengthOf, momentArm } from '../../src/anatomy/path/mechanics';

describe('moment arms', () => {
  it('equal the geometric moment arm for every two-point muscle crossing the hip (neutral)', () => {
    const pose = neutralPose();
    const f = computeFrames(pose);
    let checked = 0;
    for (const m of MUSCLES) {
      for (const fibre of m.fibres) {
        const [o, i] = fibre.points;
        if (fibre.points.length !== 2 || fibre.wraps.length || o!.segment !== 'pelvis' || !i!.segment.startsWith('femur')) continue;
        const origin = toWorld(f, o!.segment, o!.at);
        const insertion = toWorld(f, i!.segment, i!.at);
        const hip = toWorld(f, i!.segment, [0, 0, 0]);
        const d = [origin[0] - insertion[0], origin[1] - insertion[1], origin[2] - insertion[2]];
        const len = Math.hypot(d[0]!, d[1]!, d[2]!);
        const u = d.map((v) => v / len);
        const r = [insertion[0] - hip[0], insertion[1] - hip[1], insertion[2] - hip[2]];
        const torque = [r[1]! * u[2]! - r[2]! * u[1]!, r[2]! * u[0]! - r[0]! * u[2]!, r[0]! * u[1]! - r[1]! * u[0]!];
        // At neutral the flexion axis is z, adduction x (mirrored on the left), rotation y (mirrored).
        const s = m.side === 'r' ? 1 : -1;
        const single = { ...m, fibres: [{ ...fibre, share: 1 }] };
        expect(momentArm(single, `hip_flexion_${m.side}`, pose)).toBeCloseTo(torque[2]!, 5);
        expect(momentArm(single, `hip_adduction_${m.side}`, pose)).toBeCloseTo(s * torque[0]!, 5);
        expect(momentArm(single, `hip_rotation_${m.side}`, pose)).toBeCloseTo(s * torque[1]!, 5);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(16);
  });

  it('agree with a ±1° difference of length for every muscle in several poses', () => {
    const poses = [
      neutralPose(),
      poseFrom({ hip_flexion_r: 40, hip_flexion_l: -15, knee_angle_r: -60, lumbar_extension: -20 }),
      poseFrom({ hip_flexion_r: -20, hip_adduction_r: -15, hip_rotation_r: 20, hip_flexion_l: 90, knee_angle_l: -90 }),
    ];
    for (const pose of poses) {
      for (const m of MUSCLES) {
        for (const c of ['hip_flexion', 'hip_adduction', 'hip_rotation'] as const) {
          const name = `${c}_${m.side}` as const;
          const i = COORDINATE_INDEX[name];
          const up = Float64Array.from(pose);
          const down = Float64Array.from(pose);
          up[i] = pose[i]! + 1;
          down[i] = pose[i]! - 1;
          const coarse = -(lengthOf(m, up) - lengthOf(m, down)) / ((2 * Math.PI) / 180);
          expect(Math.abs(momentArm(m, name, pose) - coarse), `${m.id} ${name}`).toBeLessThan(0.0015);
        }
      }
    }
  });
});
