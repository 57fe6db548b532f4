/**
 * The great vessels of the lumbar region and the thigh, placed from their anatomical description
 * (Gray's; Netter; Moore) on the model's vertebrae, pelvis and femur, in the neutral pelvis frame:
 * - the abdominal aorta on the left front of the lumbar bodies, through the aortic hiatus at T12,
 *   dividing in front of the lower L4 body;
 * - the inferior vena cava to its right, formed in front of L5 and lying on the right crus higher up;
 * - the common iliac arteries dividing at the pelvic brim in front of the sacroiliac joints, the right
 *   one crossing in front of the origin of the vena cava and the end of the left common iliac vein;
 * - the external iliac vessels along the medial border of psoas, under the inguinal ligament at the
 *   mid-inguinal point (halfway between the ASIS and the pubic symphysis), the vein medial to the artery;
 * - the femoral artery and vein down the femoral triangle (the vein passing behind the artery at its apex)
 *   and the adductor canal to the adductor hiatus, where they become the popliteal vessels.
 * Points sit 1–3 mm clear of the bone surface plus the vessel's radius, so the drawn tube rests on it.
 * In the thigh the first point carried by the femur is 12 cm below the hip: a point nearer the joint
 * would swing into the pelvis as the hip flexes far (the groin folds; the real vessels are pushed aside).
 */
import type { PathStructureDef } from '../types';
import { at } from '../../muscles/paths/helpers';
import { fibre, on } from './helpers';

const ANATOMY = 'gray; netter (course and relations)';

/** Where the aorta ends and the common iliac arteries begin: in front of the lower L4 body, just left of the midline. */
export const AORTIC_BIFURCATION = on('l4', -0.0383, 0.105, -0.003);
/** Where the common iliac veins meet and the vena cava begins: in front of the L5 body, right of the midline. */
export const CAVAL_CONFLUENCE = on('l5', -0.0413, 0.0894, 0.016);
/** The mid-inguinal point, under the inguinal ligament: the femoral artery's beginning (right). */
export const ARTERY_AT_LIGAMENT = on('pelvis', -0.026, -0.054, 0.062);
/** The femoral vein under the ligament, medial to the artery, in front of pectineus (right). */
export const VEIN_AT_LIGAMENT = on('pelvis', -0.03, -0.06, 0.05);
/** The right common iliac artery's division, in front of the sacroiliac joint and medial to psoas. */
const ARTERY_DIVISION = on('pelvis', -0.062, 0.05, 0.032);
/** The external and internal iliac veins meet behind the artery's division (right). */
const VEIN_CONFLUENCE = on('pelvis', -0.07, 0.05, 0.03);

const SIZES =
  'Radii: infrarenal aorta ≈ 10 mm and common iliac arteries ≈ 6 mm (joh2013, paivansalo2000: ultrasound in adults without aortic disease); common femoral artery ≈ 4–5 mm (sandgren1999); vena cava ≈ 11 mm and the veins a little larger than their arteries (gray)';

export const abdominalAorta: PathStructureDef = {
  name: 'abdominal_aorta',
  kind: 'vessel',
  paired: false,
  fibres: [
    fibre(
      'aorta',
      [
        // Through the aortic hiatus, behind the median arcuate ligament, in front of T12.
        on('t12', -0.0601, 0.2642, -0.003),
        on('l1', -0.0511, 0.2305, -0.007),
        on('l2', -0.0422, 0.1957, -0.009),
        on('l3', -0.036, 0.1583, -0.009),
        on('l4', -0.0353, 0.121, -0.007),
        AORTIC_BIFURCATION,
      ],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.01 }, source: SIZES },
};

export const inferiorVenaCava: PathStructureDef = {
  name: 'inferior_vena_cava',
  kind: 'vessel',
  paired: false,
  fibres: [
    fibre(
      'vena cava',
      [
        CAVAL_CONFLUENCE,
        on('l4', -0.0353, 0.121, 0.018),
        on('l3', -0.034, 0.1583, 0.019),
        // In front of the right crus from L2 up (the crus lies on the vertebral bodies).
        on('l2', -0.0362, 0.1957, 0.018),
        on('l1', -0.0431, 0.2305, 0.018),
        on('t12', -0.0511, 0.2642, 0.019),
        // On towards the caval opening of the diaphragm (T8), above the model.
        on('torso', -0.0583, 0.2971, 0.019),
      ],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.011 }, source: SIZES },
};

export const commonIliacArtery: PathStructureDef = {
  name: 'common_iliac_artery',
  kind: 'vessel',
  paired: true,
  fibres: [
    fibre(
      'common iliac artery',
      [
        { ...AORTIC_BIFURCATION, at: [AORTIC_BIFURCATION.at[0], AORTIC_BIFURCATION.at[1], 0] },
        // The right one crosses in front of the beginning of the vena cava.
        on('l5', -0.0243, 0.0874, 0.014),
        ARTERY_DIVISION,
      ],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.006 }, source: SIZES },
};

export const commonIliacVein: PathStructureDef = {
  name: 'common_iliac_vein',
  kind: 'vessel',
  paired: true,
  fibres: [fibre('common iliac vein', [VEIN_CONFLUENCE, on('l5', -0.0503, 0.0734, 0.022), CAVAL_CONFLUENCE], ANATOMY, 1)],
  // The vena cava lies right of the midline, so the left vein is the longer: it crosses the front of L5,
  // behind the right common iliac artery, to reach it.
  left: [
    fibre(
      'common iliac vein',
      [
        { ...VEIN_CONFLUENCE, at: [VEIN_CONFLUENCE.at[0], VEIN_CONFLUENCE.at[1], -VEIN_CONFLUENCE.at[2]] },
        on('l5', -0.0523, 0.0714, -0.016),
        on('l5', -0.0453, 0.0834, 0),
        CAVAL_CONFLUENCE,
      ],
      `${ANATOMY}; may1957 (the left vein behind the right artery)`,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0065 }, source: SIZES },
};

export const externalIliacArtery: PathStructureDef = {
  name: 'external_iliac_artery',
  kind: 'vessel',
  paired: true,
  fibres: [
    fibre(
      'external iliac artery',
      [ARTERY_DIVISION, on('pelvis', -0.052, 0.02, 0.04), on('pelvis', -0.04, -0.02, 0.052), ARTERY_AT_LIGAMENT],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0045 }, source: SIZES },
};

export const externalIliacVein: PathStructureDef = {
  name: 'external_iliac_vein',
  kind: 'vessel',
  paired: true,
  fibres: [
    fibre(
      'external iliac vein',
      [VEIN_AT_LIGAMENT, on('pelvis', -0.044, -0.022, 0.04), on('pelvis', -0.058, 0.018, 0.03), VEIN_CONFLUENCE],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0055 }, source: SIZES },
};

export const femoralArtery: PathStructureDef = {
  name: 'femoral_artery',
  kind: 'vessel',
  paired: true,
  fibres: [
    fibre(
      'femoral artery',
      [
        ARTERY_AT_LIGAMENT,
        // Over the superior pubic ramus (on the psoas tendon and pectineus), then down the femoral
        // triangle in front of pectineus and adductor longus.
        on('pelvis', -0.0215, -0.076, 0.063),
        // The apex of the triangle, under sartorius.
        on('femur', -0.039, -0.186, 0.072),
        // The adductor canal, between vastus medialis and the adductors.
        on('femur', -0.051, -0.276, 0.068),
        // The adductor hiatus, behind and medial to the shaft: on as the popliteal artery.
        at('adductor_hiatus_r'),
      ],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0045 }, source: SIZES },
};

export const femoralVein: PathStructureDef = {
  name: 'femoral_vein',
  kind: 'vessel',
  paired: true,
  fibres: [
    fibre(
      'femoral vein',
      [
        VEIN_AT_LIGAMENT,
        on('pelvis', -0.0215, -0.078, 0.051),
        // Behind the artery at the apex of the triangle and in the adductor canal.
        on('femur', -0.047, -0.186, 0.066),
        on('femur', -0.059, -0.276, 0.069),
        at('adductor_hiatus_r', [-0.007, -0.002, 0.0045]),
      ],
      ANATOMY,
      1,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0055 }, source: SIZES },
};
