/**
 * Standing hip flexion of the right leg, 0 → 120° and back, the knee bending with it as in a high knee
 * raise. Past ~90° the pelvis tilts backward (lumbopelvic rhythm) while the trunk stays upright and the
 * standing leg keeps its thigh vertical; the standing foot stays planted.
 * Ranges: gait2392; the pelvic contribution at end range after Elia et al. 1996 (≈10° of posterior tilt).
 */
import { COORDINATE_COUNT, type Pose } from '../model/coordinates';
import { heelPoint, placeAnchor } from '../model/contact';
import { neutralFrames, toWorld } from '../model/kinematics';
import { buildTrack, evalTrack, type Key } from './keyframes';
import type { Motion } from './types';

const peak = (s: number): Key['values'] => ({
  hip_flexion_r: 120 * s,
  knee_angle_r: -112 * s,
  ankle_angle_r: -15 * s,
  pelvis_tilt: 10 * s * s,
  lumbar_extension: -10 * s * s,
  hip_flexion_l: -10 * s * s,
});

const TRACK = buildTrack(
  [
    { phase: 0, values: peak(0) },
    { phase: 0.25, values: peak(0.5) },
    { phase: 0.5, values: peak(1) },
    { phase: 0.75, values: peak(0.5) },
  ],
  true,
);

const LEFT_HEEL = heelPoint('l');
const HEEL_AT_NEUTRAL = toWorld(neutralFrames(), LEFT_HEEL.segment, LEFT_HEEL.at) as [number, number, number];

export const hipFlexion: Motion = {
  id: 'hip_flexion',
  label: 'Hip flexion',
  description: 'Standing on the left leg, the right thigh rises to 120° with the knee bending, then lowers.',
  periodic: true,
  duration: 4,
  citations: [{ source: 'gait2392', where: 'coordinate ranges' }, { source: 'elia1996' }],
  provenance:
    'Right hip 0→120→0° on a smooth curve, knee flexion 0.93× the hip angle, up to 10° of posterior pelvic tilt at full flexion taken up by the lumbar spine and the standing hip; the left heel is held where it stands in neutral.',
  evaluate(phase: number, out: Pose): Pose {
    evalTrack(TRACK, phase, out);
    if (out.length !== COORDINATE_COUNT) throw new Error('pose size');
    return placeAnchor(out, { ...LEFT_HEEL, world: HEEL_AT_NEUTRAL });
  },
};
