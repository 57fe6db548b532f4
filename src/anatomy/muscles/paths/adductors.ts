/**
 * Adductors: gait2392's paths (CC BY 3.0). Adductor magnus gets a fourth, distal fibre between gait2392's
 * middle (add_mag2) and ischiocondylar (add_mag3) parts, after the four parts of Rajagopal 2016.
 * Adductor brevis, magnus and gracilis pass under the pubis when the hip flexes far (`pubic_ramus`
 * wrap, myomap); in standing and walking they are clear of it.
 */
import type { MusclePathDef } from '../types';
import { G2392, pt } from './helpers';

const UNDER_PUBIS = [{ cylinder: 'pubic_ramus', range: [0, 1] as const }];

export const adductorLongus: MusclePathDef = {
  name: 'adductor_longus',
  fibres: [
    {
      name: 'main',
      points: [pt('pelvis', -0.0316, -0.0836, 0.0169), pt('femur', 0.005, -0.2111, 0.0234)],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 627, optimalFibreLength: 0.138, tendonSlackLength: 0.11, pennation: 6, source: G2392 },
};

export const adductorBrevis: MusclePathDef = {
  name: 'adductor_brevis',
  fibres: [
    {
      name: 'main',
      points: [pt('pelvis', -0.0587, -0.0915, 0.0164), pt('femur', 0.0009, -0.1196, 0.0294)],
      wraps: UNDER_PUBIS,
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 429, optimalFibreLength: 0.133, tendonSlackLength: 0.02, pennation: 0, source: G2392 },
};

export const adductorMagnus: MusclePathDef = {
  name: 'adductor_magnus',
  fibres: [
    {
      name: 'proximal',
      points: [pt('pelvis', -0.0732, -0.1174, 0.0255), pt('femur', -0.0045, -0.1211, 0.0339)],
      wraps: UNDER_PUBIS,
      share: 0.25,
      source: G2392,
    },
    {
      name: 'middle',
      points: [pt('pelvis', -0.0831, -0.1192, 0.0308), pt('femur', 0.0054, -0.2285, 0.0227)],
      wraps: UNDER_PUBIS,
      share: 0.25,
      source: G2392,
    },
    {
      name: 'distal',
      points: [pt('pelvis', -0.097, -0.1185, 0.041), pt('femur', 0.0085, -0.305, 0.0165)],
      wraps: UNDER_PUBIS,
      share: 0.2,
      source: 'myomap, between gait2392 add_mag2 and add_mag3 (as the distal part of rajagopal2016)',
    },
    {
      name: 'ischiocondylar',
      points: [pt('pelvis', -0.1111, -0.1141, 0.0488), pt('femur', 0.007, -0.3837, -0.0266)],
      wraps: UNDER_PUBIS,
      share: 0.3,
      groups: ['adductor', 'extensor'],
      source: G2392,
    },
  ],
  architecture: { maxForce: 1212, optimalFibreLength: 0.113, tendonSlackLength: 0.143, pennation: 5, source: G2392 },
};

export const gracilis: MusclePathDef = {
  name: 'gracilis',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.074, -0.1187, 0.0279),
        // gait2392's conditional point of gracilis, present near full knee extension only.
        { ...pt('tibia', -0.0266, -0.0319, -0.0377), when: { coordinate: 'knee_angle', range: [-25, 10] } },
        pt('tibia', -0.0194, -0.0515, -0.0358),
        pt('tibia', 0.006, -0.0836, -0.0228),
      ],
      wraps: [{ cylinder: 'pubic_ramus', range: [0, 2] }],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 162, optimalFibreLength: 0.352, tendonSlackLength: 0.126, pennation: 3, source: G2392 },
};
