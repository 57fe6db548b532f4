/**
 * Gluteal muscles and the deep lateral rotators. Gluteus maximus, medius and minimus, piriformis and
 * quadratus femoris are gait2392's paths (three parts each for the glutei); gluteus maximus also drapes
 * over a cylinder at the greater trochanter. gait2392's single "gemelli" path is split into superior and
 * inferior gemellus; obturator internus and externus, which gait2392 lacks, are placed on the landmarks
 * from their anatomical description (Gray's) with architecture after Horsman et al. 2007.
 */
import type { MusclePathDef } from '../types';
import { at, G2392, onBone, pt } from './helpers';

const GMAX_WRAP = [{ cylinder: 'greater_trochanter', range: [1, 2] as const }];

export const gluteusMaximus: MusclePathDef = {
  name: 'gluteus_maximus',
  fibres: [
    {
      name: 'upper',
      points: [
        pt('pelvis', -0.1195, 0.0612, 0.07),
        pt('pelvis', -0.1291, 0.0012, 0.0886),
        pt('femur', -0.0457, -0.0248, 0.0392),
        pt('femur', -0.0277, -0.0566, 0.047),
      ],
      wraps: GMAX_WRAP,
      share: 573 / 1944,
      groups: ['extensor', 'abductor'],
      source: G2392,
    },
    {
      name: 'middle',
      points: [
        pt('pelvis', -0.1349, 0.0176, 0.0563),
        pt('pelvis', -0.1376, -0.052, 0.0914),
        pt('femur', -0.0426, -0.053, 0.0293),
        pt('femur', -0.0156, -0.1016, 0.0419),
      ],
      wraps: GMAX_WRAP,
      share: 819 / 1944,
      source: G2392,
    },
    {
      name: 'lower',
      points: [
        pt('pelvis', -0.1556, -0.0314, 0.0058),
        pt('pelvis', -0.1529, -0.1052, 0.0403),
        // myomap: past ≈45° of flexion the fibres slide over the back and underside of the ischial
        // tuberosity (over the bursa there); the straight line from the via point to the femur would cut
        // through it. Only the piece from here to the femur drapes over the greater trochanter: the
        // tuberosity can come within that cylinder's reach when the thigh is flexed and adducted.
        onBone(pt('pelvis', -0.112, -0.121, 0.052), [-0.5, -0.87, 0]),
        pt('femur', -0.0299, -0.1041, 0.0135),
        pt('femur', -0.006, -0.1419, 0.0411),
      ],
      wraps: [{ cylinder: 'greater_trochanter', range: [2, 3] }],
      share: 552 / 1944,
      source: `${G2392}; contact on the ischial tuberosity (myomap)`,
    },
  ],
  architecture: { maxForce: 1944, optimalFibreLength: 0.144, tendonSlackLength: 0.13, pennation: 5, source: G2392 },
};

export const gluteusMedius: MusclePathDef = {
  name: 'gluteus_medius',
  fibres: [
    {
      name: 'anterior',
      // In deep flexion the fibres rest on the front of the greater trochanter (from about 100°).
      points: [pt('pelvis', -0.0408, 0.0304, 0.1209), onBone(pt('femur', 0, -0.019, 0.053), [0, 1, 0]), pt('femur', -0.0218, -0.0117, 0.0555)],
      share: 819 / 2045,
      groups: ['abductor', 'internal_rotator'],
      source: G2392,
    },
    {
      name: 'middle',
      points: [pt('pelvis', -0.0855, 0.0445, 0.0766), pt('femur', -0.0258, -0.0058, 0.0527)],
      share: 573 / 2045,
      source: G2392,
    },
    {
      name: 'posterior',
      points: [pt('pelvis', -0.1223, 0.0105, 0.0648), pt('femur', -0.0309, -0.0047, 0.0518)],
      share: 653 / 2045,
      groups: ['abductor', 'extensor', 'external_rotator'],
      source: G2392,
    },
  ],
  architecture: { maxForce: 2045, optimalFibreLength: 0.0535, tendonSlackLength: 0.078, pennation: 8, source: G2392 },
};

export const gluteusMinimus: MusclePathDef = {
  name: 'gluteus_minimus',
  fibres: [
    {
      name: 'anterior',
      points: [pt('pelvis', -0.0467, -0.008, 0.1056), pt('femur', -0.0072, -0.0104, 0.056)],
      share: 270 / 878,
      groups: ['abductor', 'internal_rotator'],
      source: G2392,
    },
    {
      name: 'middle',
      points: [pt('pelvis', -0.0633, -0.0065, 0.0991), pt('femur', -0.0096, -0.0104, 0.056)],
      share: 285 / 878,
      source: G2392,
    },
    {
      name: 'posterior',
      points: [pt('pelvis', -0.0834, -0.0063, 0.0856), pt('femur', -0.0135, -0.0083, 0.055)],
      share: 323 / 878,
      source: G2392,
    },
  ],
  architecture: { maxForce: 878, optimalFibreLength: 0.054, tendonSlackLength: 0.031, pennation: 5, source: G2392 },
};

export const piriformis: MusclePathDef = {
  name: 'piriformis',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.1396, 0.0003, 0.0235),
        pt('pelvis', -0.1193, -0.0276, 0.0657),
        pt('femur', -0.0148, -0.0036, 0.0437),
      ],
      wraps: [{ cylinder: 'hip_capsule', range: [1, 2] }],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 444, optimalFibreLength: 0.026, tendonSlackLength: 0.115, pennation: 10, source: G2392 },
};

// The conjoint tendon of the gemelli and obturator internus ends on the medial greater trochanter.
const CONJOINT = pt('femur', -0.0142, -0.0033, 0.0443);

export const gemellusSuperior: MusclePathDef = {
  name: 'gemellus_superior',
  fibres: [
    {
      name: 'main',
      points: [at('ischial_spine_r', [-0.006, -0.004, 0.012]), pt('femur', -0.0145, -0.0015, 0.0445)],
      // Behind the hip capsule, as obturator internus, so deep flexion does not draw it through the rim.
      wraps: [{ cylinder: 'hip_capsule', range: [0, 1] }],
      share: 1,
      source: 'gray (ischial spine to the obturator internus tendon); gait2392 gemelli insertion',
    },
  ],
  architecture: {
    maxForce: 70,
    optimalFibreLength: 0.024,
    tendonSlackLength: 0.045,
    pennation: 0,
    source: 'gait2392 gemelli (164 N) shared with the inferior gemellus by size (horsman2007)',
  },
};

export const obturatorInternus: MusclePathDef = {
  name: 'obturator_internus',
  fibres: [
    {
      name: 'main',
      points: [
        // The pelvic surface of the posterior margin of the obturator foramen (it also arises from the membrane).
        pt('pelvis', -0.0793, -0.1059, 0.0383),
        // Along the pelvic surface of the ischium to the lesser sciatic notch, round which it turns.
        pt('pelvis', -0.105, -0.09, 0.055),
        pt('pelvis', -0.1133, -0.082, 0.0714),
        CONJOINT,
      ],
      wraps: [{ cylinder: 'hip_capsule', range: [2, 3] }],
      share: 1,
      source: 'gray (obturator membrane, lesser sciatic notch); gait2392 gemelli points at the notch and trochanter',
    },
  ],
  architecture: {
    maxForce: 250,
    optimalFibreLength: 0.05,
    tendonSlackLength: 0.06,
    pennation: 0,
    source: 'horsman2007 (≈4 cm² physiological cross-section)',
  },
};

export const gemellusInferior: MusclePathDef = {
  name: 'gemellus_inferior',
  fibres: [
    {
      name: 'main',
      points: [at('ischial_tuberosity_r', [0.004, 0.016, 0.008]), pt('femur', -0.0142, -0.0055, 0.0441)],
      share: 1,
      source: 'gray (upper ischial tuberosity to the obturator internus tendon); gait2392 gemelli insertion',
    },
  ],
  architecture: {
    maxForce: 94,
    optimalFibreLength: 0.024,
    tendonSlackLength: 0.039,
    pennation: 0,
    source: 'gait2392 gemelli (164 N) shared with the superior gemellus by size (horsman2007)',
  },
};

export const obturatorExternus: MusclePathDef = {
  name: 'obturator_externus',
  fibres: [
    {
      name: 'main',
      points: [
        // Outer surface of the obturator membrane, under the femoral neck, into the trochanteric fossa.
        // The outer surface of the upper margin of the obturator foramen (it also arises from the membrane).
        pt('pelvis', -0.0615, -0.0866, 0.0585),
        pt('femur', -0.028, -0.042, 0.024),
        at('trochanteric_fossa_r'),
      ],
      share: 1,
      source: 'gray (obturator membrane, below the femoral neck, trochanteric fossa)',
    },
  ],
  architecture: {
    maxForce: 240,
    optimalFibreLength: 0.05,
    tendonSlackLength: 0.03,
    pennation: 0,
    source: 'horsman2007 (≈4 cm² physiological cross-section)',
  },
};

export const quadratusFemoris: MusclePathDef = {
  name: 'quadratus_femoris',
  fibres: [
    {
      name: 'main',
      points: [pt('pelvis', -0.1143, -0.1151, 0.052), pt('femur', -0.0381, -0.0359, 0.0366)],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 381, optimalFibreLength: 0.054, tendonSlackLength: 0.024, pennation: 0, source: G2392 },
};
