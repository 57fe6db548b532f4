/**
 * Hamstrings: gait2392's paths (CC BY 3.0), with its conditional points behind the knee. Beyond about
 * 90° of hip flexion gait2392's straight line from the ischial tuberosity to the knee runs through the
 * femoral head; myomap lets them wrap under the hip joint instead (wrapObjects.ts, `under_hip`).
 */
import type { MusclePathDef } from '../types';
import { G2392, pt, when } from './helpers';

export const bicepsFemorisLong: MusclePathDef = {
  name: 'biceps_femoris_long',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.126, -0.1026, 0.0694),
        pt('tibia', -0.0301, -0.036, 0.0294),
        pt('tibia', -0.0234, -0.0563, 0.0343),
      ],
      wraps: [{ cylinder: 'under_hip', range: [0, 1] }],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 896, optimalFibreLength: 0.109, tendonSlackLength: 0.326, pennation: 0, source: G2392 },
};

export const bicepsFemorisShort: MusclePathDef = {
  name: 'biceps_femoris_short',
  fibres: [
    {
      name: 'main',
      points: [
        pt('femur', 0.005, -0.2111, 0.0234),
        pt('tibia', -0.0301, -0.036, 0.0294),
        pt('tibia', -0.0234, -0.0563, 0.0343),
      ],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 804, optimalFibreLength: 0.173, tendonSlackLength: 0.089, pennation: 23, source: G2392 },
};

export const semitendinosus: MusclePathDef = {
  name: 'semitendinosus',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.1263, -0.1099, 0.0604),
        when(pt('tibia', -0.042, -0.0286, -0.0228), 'knee_angle', [-19, 10]),
        pt('tibia', -0.0332, -0.0528, -0.0229),
        pt('tibia', -0.0113, -0.0746, -0.0245),
        pt('tibia', 0.0027, -0.0956, -0.0193),
      ],
      wraps: [{ cylinder: 'under_hip', range: [0, 2] }],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 410, optimalFibreLength: 0.201, tendonSlackLength: 0.2555, pennation: 5, source: G2392 },
};

export const semimembranosus: MusclePathDef = {
  name: 'semimembranosus',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.1192, -0.0975, 0.0715),
        when(pt('tibia', -0.0348, -0.0352, -0.0189), 'knee_angle', [-32, 10]),
        pt('tibia', -0.027, -0.0477, -0.0196),
      ],
      wraps: [{ cylinder: 'under_hip', range: [0, 2] }],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 1288, optimalFibreLength: 0.08, tendonSlackLength: 0.359, pennation: 15, source: G2392 },
};
