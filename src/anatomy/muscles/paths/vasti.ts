/**
 * The three vasti. Each keeps gait2392's path (CC BY 3.0) as one fibre — its femoral points — with its
 * moving insertion on the tibia expressed in myomap's patella frame (joints.ts); the tendon wraps the
 * front of the distal femur in deep flexion (wrapObjects.ts). gait2392 places the vasti origins in
 * mid-thigh only, so further fibres span each muscle's real origin (Gray's), from the trochanters down
 * the linea aspera, so that a body built round them has the muscle's extent:
 * - vastus lateralis: greater trochanter and upper intertrochanteric line, gluteal tuberosity, upper
 *   lateral lip of the linea aspera; round the lateral side of the thigh to the lateral patella;
 * - vastus medialis: lower intertrochanteric line and spiral line, medial lip of the linea aspera,
 *   medial supracondylar line and the adductor magnus tendon (its oblique lowest fibres); to the medial
 *   patella;
 * - vastus intermedius: front and lateral surfaces of the upper two-thirds of the shaft, on the bone
 *   under rectus femoris; to the base of the patella.
 * Via points lie in each belly (2–4 cm from the shaft centre) and clear of the bone.
 */
import type { FibreDef, MusclePathDef, PathPointDef } from '../types';
import { G2392, pt, SLACK_SOURCE } from './helpers';

/** gait2392's moving insertions of the vasti, in the patella frame (mean over the knee's range, within 2 mm). */
const INSERTION = {
  lateral: pt('patella', -0.0018, -0.0014, 0.0151),
  medial: pt('patella', -0.0057, 0.0009, -0.016),
  intermedius: pt('patella', -0.0061, 0.0033, 0.0008),
};

/**
 * Every fibre's last piece, from its lowest point on the femur to the patella, may wrap the front of the
 * distal femur (the front_of_knee cylinder, wrapObjects.ts): from about 75° of flexion the tendon lies on
 * the trochlea and the condyles. (Each lowest point lies outside that cylinder: one inside it would make
 * the wrap, and the length, jump.) gait2392 uses conditional points there instead, switched in at a
 * fixed knee angle; on myomap's patella path (joints.ts) they lie behind the patella's base in deep
 * flexion and pulled the tendon backwards, so they are left out.
 */
const fibre = (name: string, points: PathPointDef[], share: number, source: string): FibreDef => ({
  name,
  points,
  wraps: [{ cylinder: 'front_of_knee', range: [points.length - 2, points.length - 1] }],
  share,
  source,
});

const GRAY_ORIGIN = 'gray (origin); gait2392 (insertion)';

export const vastusLateralis: MusclePathDef = {
  name: 'vastus_lateralis',
  fibres: [
    fibre(
      'from the greater trochanter',
      [
        // Anterior and lower borders of the greater trochanter, top of the intertrochanteric line.
        pt('femur', 0.0026, -0.045, 0.0585),
        pt('femur', 0.034, -0.2, 0.055),
        pt('femur', 0.036, -0.31, 0.036),
        INSERTION.lateral,
      ],
      0.2,
      GRAY_ORIGIN,
    ),
    fibre(
      'from the gluteal tuberosity',
      [
        pt('femur', -0.005, -0.1, 0.05),
        pt('femur', 0.014, -0.215, 0.06),
        pt('femur', 0.032, -0.315, 0.038),
        INSERTION.lateral,
      ],
      0.25,
      GRAY_ORIGIN,
    ),
    fibre(
      'from the linea aspera (gait2392)',
      [
        // gait2392's origin, moved 2.4 mm onto myomap's bone surface.
        pt('femur', 0.0068, -0.1851, 0.0335),
        pt('femur', 0.0269, -0.2591, 0.0409),
        INSERTION.lateral,
      ],
      0.35,
      G2392,
    ),
    fibre(
      'from the lower linea aspera',
      [
        pt('femur', 0.01, -0.2448, 0.0275),
        pt('femur', 0.012, -0.29, 0.043),
        pt('femur', 0.03, -0.32, 0.033),
        INSERTION.lateral,
      ],
      0.2,
      GRAY_ORIGIN,
    ),
  ],
  // gait2392's 0.157 m less the 23.7 mm by which this path is shorter than gait2392's (SLACK_SOURCE).
  architecture: {
    maxForce: 1871,
    optimalFibreLength: 0.084,
    tendonSlackLength: 0.133,
    pennation: 5,
    source: SLACK_SOURCE,
  },
};

export const vastusMedialis: MusclePathDef = {
  name: 'vastus_medialis',
  fibres: [
    fibre(
      'from the intertrochanteric line',
      [
        // Lower end of the intertrochanteric line, in front of and above the lesser trochanter.
        pt('femur', 0.006, -0.072, 0.016),
        pt('femur', 0.036, -0.2, -0.004),
        pt('femur', 0.042, -0.3, -0.014),
        INSERTION.medial,
      ],
      0.25,
      GRAY_ORIGIN,
    ),
    fibre(
      'from the linea aspera (gait2392)',
      [
        // gait2392's origin lies inside myomap's shaft: moved 7 mm back onto the medial lip of the linea
        // aspera, with a via point on the medial side of the shaft so that the fibre goes round it.
        pt('femur', 0.008, -0.21, 0.012),
        pt('femur', 0.02, -0.24, 0.002),
        pt('femur', 0.0356, -0.2769, 0.0009),
        INSERTION.medial,
      ],
      0.35,
      `${G2392} (origin moved onto the bone surface)`,
    ),
    fibre(
      'from the medial supracondylar line',
      [pt('femur', 0.01, -0.29, 0.004), pt('femur', 0.03, -0.32, -0.022), INSERTION.medial],
      0.2,
      GRAY_ORIGIN,
    ),
    fibre(
      'oblique, from the adductor magnus tendon',
      [pt('femur', 0.0038, -0.342, -0.0119), pt('femur', 0.04, -0.355, -0.036), INSERTION.medial],
      0.2,
      'gray (vastus medialis obliquus from the adductor magnus tendon); gait2392 (insertion)',
    ),
  ],
  // gait2392's 0.126 m less 17.2 mm.
  architecture: {
    maxForce: 1294,
    optimalFibreLength: 0.089,
    tendonSlackLength: 0.109,
    pennation: 5,
    source: SLACK_SOURCE,
  },
};

export const vastusIntermedius: MusclePathDef = {
  name: 'vastus_intermedius',
  fibres: [
    fibre(
      'from the upper front of the shaft',
      [
        pt('femur', 0.0193, -0.0905, 0.0329),
        pt('femur', 0.03, -0.135, 0.03),
        pt('femur', 0.036, -0.2, 0.024),
        pt('femur', 0.04, -0.3, 0.012),
        INSERTION.intermedius,
      ],
      0.3,
      GRAY_ORIGIN,
    ),
    fibre(
      'from the front of the shaft (gait2392)',
      [pt('femur', 0.029, -0.1924, 0.031), pt('femur', 0.0335, -0.2084, 0.0285), INSERTION.intermedius],
      0.4,
      G2392,
    ),
    fibre(
      'from the lateral surface of the shaft',
      [
        pt('femur', 0.011, -0.11, 0.047),
        pt('femur', 0.03, -0.22, 0.038),
        pt('femur', 0.04, -0.31, 0.022),
        INSERTION.intermedius,
      ],
      0.3,
      GRAY_ORIGIN,
    ),
  ],
  // gait2392's 0.136 m less 23.6 mm.
  architecture: {
    maxForce: 1365,
    optimalFibreLength: 0.087,
    tendonSlackLength: 0.112,
    pennation: 3,
    source: SLACK_SOURCE,
  },
};
