/**
 * Ligaments of the hip, pelvis and lumbosacral junction, placed from their attachments (Gray's; Fuss &
 * Bacher 1991 for the hip capsule; Bogduk for the iliolumbar ligament) on the model's landmarks, in the
 * neutral pelvis frame. Each band is a fibre, so a ligament crossing a joint lengthens and shortens with
 * it like a muscle: the iliofemoral ligament is drawn taut as the hip extends in the back stride.
 */
import type { PathStructureDef } from '../types';
import { fibre, on } from './helpers';

const HIP_CAPSULE = 'gray; fuss_bacher1991 (hip capsule ligaments)';
/** Capsular ligaments turn their flat face away from the centre of the femoral head. */
/** Over the front of the capsule and femoral head (wrapObjects.ts), which they wrap round as the hip extends. */
const OVER_CAPSULE = [{ cylinder: 'hip_capsule_front', range: [0, 1] as const }];
const ON_CAPSULE = { segment: 'pelvis' as const, at: [-0.0707, -0.0661, 0.0835] as [number, number, number] };

export const inguinalLigament: PathStructureDef = {
  name: 'inguinal_ligament',
  kind: 'ligament',
  paired: true,
  fibres: [
    fibre(
      'inguinal ligament',
      [
        on('pelvis', -0.012, 0.0, 0.1205),
        // Its middle sags a little towards the thigh.
        on('pelvis', -0.0155, -0.032, 0.09),
        on('pelvis', -0.0185, -0.052, 0.06),
        on('pelvis', -0.025, -0.077, 0.025),
      ],
      'gray (from the anterior superior iliac spine to the pubic tubercle)',
      1,
    ),
  ],
  drawing: {
    default: { shape: 'band', width: 0.01, thickness: 0.003, facing: { segment: 'pelvis', at: [-0.07, -0.03, 0.07] } },
    source: 'gray (the in-rolled lower border of the external oblique aponeurosis, about a centimetre deep)',
  },
};

export const iliofemoralLigament: PathStructureDef = {
  name: 'iliofemoral_ligament',
  kind: 'ligament',
  paired: true,
  // The Y of Bigelow: two bands from the AIIS and the acetabular rim below it, diverging to the
  // intertrochanteric line, over the front of the capsule.
  fibres: [
    fibre(
      'lateral (superior) band',
      [on('pelvis', -0.029, -0.038, 0.099), on('femur', -0.063, -0.086, 0.13)],
      `${HIP_CAPSULE}; bigelow1869 (the Y ligament)`,
      0.5,
    ),
    fibre(
      'medial (inferior) band',
      [on('pelvis', -0.033, -0.041, 0.09), on('femur', -0.066, -0.114, 0.106)],
      `${HIP_CAPSULE}; bigelow1869 (the Y ligament)`,
      0.5,
      OVER_CAPSULE,
    ),
  ],
  drawing: {
    default: { shape: 'band', width: 0.014, thickness: 0.005, facing: ON_CAPSULE },
    source:
      'gray; fuss_bacher1991 (the strongest ligament of the body, each band ≈ 1–1.5 cm wide and up to ≈ 1 cm thick)',
  },
};

export const pubofemoralLigament: PathStructureDef = {
  name: 'pubofemoral_ligament',
  kind: 'ligament',
  paired: true,
  fibres: [
    fibre(
      'pubofemoral ligament',
      [on('pelvis', -0.037, -0.074, 0.074), on('femur', -0.073, -0.114, 0.098)],
      `${HIP_CAPSULE} (from the iliopubic eminence and superior pubic ramus to the capsule above the lesser trochanter)`,
      1,
      OVER_CAPSULE,
    ),
  ],
  drawing: { default: { shape: 'band', width: 0.012, thickness: 0.003, facing: ON_CAPSULE }, source: HIP_CAPSULE },
};

export const ischiofemoralLigament: PathStructureDef = {
  name: 'ischiofemoral_ligament',
  kind: 'ligament',
  paired: true,
  fibres: [
    fibre(
      'ischiofemoral ligament',
      [on('pelvis', -0.1, -0.088, 0.076), on('femur', -0.09, -0.066, 0.116)],
      `${HIP_CAPSULE} (from the ischium behind the acetabulum, spiralling up over the back of the neck to the base of the greater trochanter)`,
      1,
      [{ cylinder: 'hip_capsule', range: [0, 1] }],
    ),
  ],
  drawing: { default: { shape: 'band', width: 0.012, thickness: 0.003, facing: ON_CAPSULE }, source: HIP_CAPSULE },
};

export const sacrotuberousLigament: PathStructureDef = {
  name: 'sacrotuberous_ligament',
  kind: 'ligament',
  paired: true,
  fibres: [
    fibre(
      'from the posterior iliac spines',
      [on('pelvis', -0.142, 0.014, 0.048), on('pelvis', -0.146, -0.05, 0.06), on('pelvis', -0.128, -0.104, 0.055)],
      'gray (posterior iliac spines, lower sacrum and coccyx to the medial margin of the ischial tuberosity)',
      0.5,
    ),
    fibre(
      'from the sacrum and coccyx',
      [on('sacrum', -0.152, -0.03, 0.024), on('sacrum', -0.148, -0.062, 0.034), on('pelvis', -0.128, -0.104, 0.052)],
      'gray',
      0.5,
    ),
  ],
  drawing: {
    default: { shape: 'band', width: 0.014, thickness: 0.005 },
    source: 'gray (broad above, narrowing to ≈ 1.5 cm and thickening towards the tuberosity)',
  },
};

export const sacrospinousLigament: PathStructureDef = {
  name: 'sacrospinous_ligament',
  kind: 'ligament',
  paired: true,
  fibres: [
    fibre(
      'upper',
      [on('sacrum', -0.136, -0.026, 0.022), on('pelvis', -0.11, -0.06, 0.05)],
      'gray (lateral margin of the lower sacrum and coccyx to the ischial spine)',
      0.5,
    ),
    fibre('lower', [on('sacrum', -0.136, -0.058, 0.014), on('pelvis', -0.11, -0.064, 0.05)], 'gray', 0.5),
  ],
  drawing: {
    default: { shape: 'band', width: 0.012, thickness: 0.004 },
    source: 'gray (a thin triangle in front of the sacrotuberous ligament)',
  },
};

export const iliolumbarLigament: PathStructureDef = {
  name: 'iliolumbar_ligament',
  kind: 'ligament',
  paired: true,
  fibres: [
    fibre(
      'superior band',
      [on('l5', -0.1033, 0.0994, 0.044), on('pelvis', -0.108, 0.082, 0.07)],
      'gray; bogduk2012 (L5 transverse process to the inner lip of the iliac crest in front of the sacroiliac joint)',
      0.5,
    ),
    fibre(
      'inferior band',
      [on('l5', -0.1023, 0.0954, 0.04), on('sacrum', -0.096, 0.066, 0.05)],
      'gray; bogduk2012 (to the ala of the sacrum)',
      0.5,
    ),
  ],
  drawing: { default: { shape: 'band', width: 0.01, thickness: 0.004 }, source: 'bogduk2012' },
};
