/**
 * Forward kinematics and paths against figures of the gait2392 model: the reference values are
 * OpenSim's own (shared/reference/opensim/hip_muscle_paths.json, computed with kinematics that
 * reproduced OpenSim's marker output to < 1e-6 m), not outputs of this code.
 */
import { describe, expect, it } from 'vitest';
import { neutralPose, poseFrom } from '../../src/anatomy/model/coordinates';
import { computeFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { SEGMENT_INDEX } from '../../src/anatomy/model/segments';
import { muscle } from '../../src/anatomy/muscles/catalog';
import type { MuscleId } from '../../src/anatomy/muscles/types';
import { lengthOf, momentArm } from '../../src/anatomy/path/mechanics';

describe('forward kinematics', () => {
  it('puts the hip and knee centres where gait2392 has them', () => {
    const f = computeFrames(neutralPose());
    expect(toWorld(f, 'femur_r', [0, 0, 0])).toEqual([-0.0707, 0.95 - 0.0661, 0.0835].map((v) => expect.closeTo(v, 9)));
    const knee = toWorld(f, 'tibia_r', [0, 0, 0]);
    const hip = toWorld(f, 'femur_r', [0, 0, 0]);
    // gait2392 femur length, hip centre to knee centre at knee angle 0: 0.395846 m.
    expect(Math.hypot(knee[0] - hip[0], knee[1] - hip[1], knee[2] - hip[2])).toBeCloseTo(0.395846, 5);
  });

  it('flexes the hip forward and the knee backward (gait2392 signs)', () => {
    const f = computeFrames(poseFrom({ hip_flexion_r: 90, knee_angle_r: -90 }));
    const hip = toWorld(f, 'femur_r', [0, 0, 0]);
    const knee = toWorld(f, 'tibia_r', [0, 0, 0]);
    const ankle = toWorld(f, 'talus_r', [0, 0, 0]);
    expect(knee[0] - hip[0]).toBeGreaterThan(0.38); // thigh points forward
    expect(Math.abs(knee[1] - hip[1])).toBeLessThan(0.02);
    expect(ankle[1]).toBeLessThan(knee[1] - 0.4); // shank hangs down
  });

  it('mirrors the left leg: adduction moves both knees toward the midline', () => {
    const f = computeFrames(poseFrom({ hip_adduction_r: 20, hip_adduction_l: 20 }));
    expect(toWorld(f, 'tibia_r', [0, 0, 0])[2]).toBeLessThan(0.0835);
    expect(toWorld(f, 'tibia_l', [0, 0, 0])[2]).toBeGreaterThan(-0.0835);
  });

  it('turns the torso by the whole lumbar extension, shared among T12–L5', () => {
    const f = computeFrames(poseFrom({ lumbar_extension: 30 }));
    const torso = f[SEGMENT_INDEX.torso]!;
    // The torso's y axis tilts back by 30°: its x component is −sin 30°.
    expect(torso[1]).toBeCloseTo(-Math.sin(Math.PI / 6), 9);
  });
});

describe('musculotendon lengths and moment arms match gait2392 where myomap uses its paths', () => {
  // Length (m) and hip flexion / adduction / rotation moment arms (m) at the default pose, from gait2392.
  const REFERENCE: [MuscleId, number, number, number, number][] = [
    ['tensor_fasciae_latae_r', 0.5358, 0.0346, -0.0492, 0.0062],
    ['sartorius_r', 0.56922, 0.04514, -0.0272, -0.0051],
    ['rectus_femoris_r', 0.4103, 0.0425, -0.0123, -0.0017],
    ['pectineus_r', 0.1037, 0.0231, 0.033, 0.0022],
    ['adductor_longus_r', 0.2162, 0.0378, 0.0669, 0.0058],
    ['gracilis_r', 0.44049, 0.00058, 0.05784, -0.00425],
    ['semimembranosus_r', 0.41457, -0.0492, 0.01144, 0.00112],
    ['biceps_femoris_long_r', 0.4202, -0.0567, 0.0179, -0.0053],
    ['piriformis_r', 0.1363, -0.0091, -0.0198, -0.0292],
    ['quadratus_femoris_r', 0.0696, 0.0043, 0.042, -0.0402],
  ];
  // Rectus femoris ends on myomap's patella base, 25 mm above gait2392's moving insertion (joints.ts); its
  // tendon slack length is shortened with it, so the length less the tendon slack length (what the fibres
  // see) is gait2392's.
  const GAIT2392_SLACK: Partial<Record<MuscleId, number>> = { rectus_femoris_r: 0.31 };
  it.each(REFERENCE)('%s', (id, length, flex, add, rot) => {
    const m = muscle(id);
    const p = neutralPose();
    const slack = GAIT2392_SLACK[id];
    const shortened = slack === undefined ? 0 : slack - m.architecture.tendonSlackLength;
    expect(lengthOf(m, p) + shortened).toBeCloseTo(length, 3);
    expect(momentArm(m, 'hip_flexion_r', p)).toBeCloseTo(flex, 3);
    expect(momentArm(m, 'hip_adduction_r', p)).toBeCloseTo(add, 3);
    expect(momentArm(m, 'hip_rotation_r', p)).toBeCloseTo(rot, 3);
  });

  it('the psoas fibre from L4/L5 has gait2392 psoas length over hip flexion −30…60° within 5 mm', () => {
    // gait2392 psoas_r length at hip flexion −30, 0, 30, 60° (conditional-point path).
    const ref: [number, number][] = [
      [-30, 0.27914],
      [0, 0.26095],
      [30, 0.23937],
      [60, 0.217],
    ];
    const psoas = muscle('psoas_major_r');
    const lowest = psoas.fibres[4]!;
    for (const [deg, len] of ref) {
      const p = poseFrom({ hip_flexion_r: deg });
      const only = { ...psoas, fibres: [{ ...lowest, share: 1 }] };
      expect(Math.abs(lengthOf(only, p) - len)).toBeLessThan(0.005);
    }
  });
});
