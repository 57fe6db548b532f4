/**
 * The three vasti. Each keeps gait2392's path (CC BY 3.0) as one fibre — its femoral points and the
 * conditional points that carry the quadriceps tendon over the trochlea in deep flexion — with its moving
 * insertion on the tibia expressed in myomap's patella frame (the patella rides where gait2392's rectus
 * femoris insertion moves; joints.ts). gait2392 places the vasti origins in mid-thigh only, so further
 * fibres span each muscle's real origin (Gray's), from the trochanters down the linea aspera, so that a
 * body built round them has the muscle's extent:
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
import { G2392, onBone, pt, when } from './helpers';

/** gait2392's moving insertions of the vasti, in the patella frame (mean over the knee's range, within 2 mm). */
const INSERTION = {
  lateral: pt('patella', -0.0018, -0.0014, 0.0151),
  medial: pt('patella', -0.0057, 0.0009, -0.016),
  intermedius: pt('patella', -0.0061, 0.0033, 0.0008),
};

/**
 * gait2392's conditional points over the trochlea (present from the knee angle given, degrees, to full
 * flexion). gait2392 has a second, deeper point for vastus lateralis (from 110°) and medialis (from 102°),
 * at the front of the distal femur; on myomap's patella path (joints.ts) the base passes below and behind
 * it with the tendon clear of the bone, so switched in it only made the length step (2.8 mm in one tenth
 * of a degree for medialis; tests/unit/continuity.test.ts) and is left out.
 */
const overTrochlea = (x: number, y: number, z: number, fromDeg: number): PathPointDef =>
  when(pt('femur', x, y, z), 'knee_angle', [-150, fromDeg]);

const VL_TROCHLEA = [overTrochlea(0.0361, -0.403, 0.0205, -69.33)];
const VM_TROCHLEA = [overTrochlea(0.037, -0.4048, -0.0125, -69.33)];
const VI_TROCHLEA = [overTrochlea(0.0343, -0.403, 0.0055, -81.36)];

/**
 * The first of those places as a contact point, for the added fibres: their via points lie off gait2392's
 * line, so a point switched in at a fixed knee angle would make their length jump; a contact point takes
 * the tendon onto the front of the trochlea only once the straight line would cut into it (myomap).
 */
const onTrochlea = ([p]: PathPointDef[]): PathPointDef[] => [onBone({ segment: p!.segment, at: p!.at }, [1, 0, 0])];
const VL_CONTACT = onTrochlea(VL_TROCHLEA);
const VM_CONTACT = onTrochlea(VM_TROCHLEA);
const VI_CONTACT = onTrochlea(VI_TROCHLEA);

const fibre = (name: string, points: PathPointDef[], share: number, source: string): FibreDef => ({
  name,
  points,
  share,
  source,
});

const GRAY_ORIGIN = 'gray (origin); gait2392 (distal point, as a contact point, and insertion)';

export const vastusLateralis: MusclePathDef = {
  name: 'vastus_lateralis',
  fibres: [
    fibre(
      'from the greater trochanter',
      [
        // Anterior and lower borders of the greater trochanter, top of the intertrochanteric line.
        pt('femur', 0.0026, -0.045, 0.0585),
        pt('femur', 0.034, -0.2, 0.055),
        pt('femur', 0.036, -0.33, 0.036),
        ...VL_CONTACT,
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
        pt('femur', 0.032, -0.34, 0.038),
        ...VL_CONTACT,
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
        ...VL_TROCHLEA,
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
        pt('femur', 0.03, -0.35, 0.033),
        ...VL_CONTACT,
        INSERTION.lateral,
      ],
      0.2,
      GRAY_ORIGIN,
    ),
  ],
  architecture: { maxForce: 1871, optimalFibreLength: 0.084, tendonSlackLength: 0.157, pennation: 5, source: G2392 },
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
        pt('femur', 0.042, -0.32, -0.014),
        ...VM_CONTACT,
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
        ...VM_TROCHLEA,
        INSERTION.medial,
      ],
      0.35,
      `${G2392} (origin moved onto the bone surface)`,
    ),
    fibre(
      'from the medial supracondylar line',
      [pt('femur', 0.01, -0.29, 0.004), pt('femur', 0.03, -0.34, -0.022), ...VM_CONTACT, INSERTION.medial],
      0.2,
      GRAY_ORIGIN,
    ),
    fibre(
      'oblique, from the adductor magnus tendon',
      [pt('femur', 0.0038, -0.342, -0.0119), pt('femur', 0.025, -0.37, -0.036), ...VM_CONTACT, INSERTION.medial],
      0.2,
      'gray (vastus medialis obliquus from the adductor magnus tendon); gait2392 (distal point, as a contact point, and insertion)',
    ),
  ],
  architecture: { maxForce: 1294, optimalFibreLength: 0.089, tendonSlackLength: 0.126, pennation: 5, source: G2392 },
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
        ...VI_CONTACT,
        INSERTION.intermedius,
      ],
      0.3,
      GRAY_ORIGIN,
    ),
    fibre(
      'from the front of the shaft (gait2392)',
      [pt('femur', 0.029, -0.1924, 0.031), pt('femur', 0.0335, -0.2084, 0.0285), ...VI_TROCHLEA, INSERTION.intermedius],
      0.4,
      G2392,
    ),
    fibre(
      'from the lateral surface of the shaft',
      [
        pt('femur', 0.011, -0.11, 0.047),
        pt('femur', 0.03, -0.22, 0.038),
        pt('femur', 0.04, -0.31, 0.022),
        ...VI_CONTACT,
        INSERTION.intermedius,
      ],
      0.3,
      GRAY_ORIGIN,
    ),
  ],
  architecture: { maxForce: 1365, optimalFibreLength: 0.087, tendonSlackLength: 0.136, pennation: 3, source: G2392 },
};
