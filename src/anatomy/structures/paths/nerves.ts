/**
 * The lumbar plexus and its branches, and the sciatic nerve, placed from their anatomical description
 * (Gray's; Netter; Moore; Bogduk for the plexus in psoas) relative to the model's psoas and iliacus
 * fibres (src/anatomy/muscles/paths/hipFlexors.ts) and landmarks, in the neutral pelvis frame:
 * - the ventral rami of L1–L4 leave the intervertebral foramina and enter the back of psoas, in front of
 *   the transverse processes, where they form the plexus within the muscle;
 * - the femoral nerve (L2–L4) leaves the lateral border of psoas and runs down the groove between psoas
 *   and iliacus, under the inguinal ligament lateral to the femoral artery;
 * - the obturator nerve (L2–L4) leaves the medial border of psoas at the pelvic brim, behind the common
 *   iliac vessels, and runs along the side wall of the pelvis to the obturator canal;
 * - the lateral femoral cutaneous nerve (L2–L3) leaves the lateral border, crosses iliacus obliquely and
 *   passes under the inguinal ligament just medial to the ASIS;
 * - the genitofemoral nerve (L1–L2) pierces psoas and runs down its front;
 * - the sciatic nerve (L4–S3) forms on the front of piriformis, leaves the pelvis through the greater
 *   sciatic foramen below it, passes between the ischial tuberosity and the greater trochanter, and runs
 *   down the back of the thigh to divide at the apex of the popliteal fossa.
 * The model's psoas fibres run from the sides of the lumbar bodies to the pelvic brim; the plexus lies
 * 10–14 mm behind their centroid at each level, inside the muscle's section.
 */
import type { Vec3 } from '../../math/vec3';
import { landmark } from '../../model/landmarks';
import { between } from '../../model/kinematics';
import type { VertebraId } from '../../model/segments';
import type { PathPointDef } from '../../muscles/types';
import type { PathStructureDef } from '../types';
import { at } from '../../muscles/paths/helpers';
import { fibre, on } from './helpers';

const ANATOMY = 'gray; netter (course and relations)';
const PLEXUS = 'gray; bogduk2012 (the plexus within psoas, in front of the transverse processes)';

const NEXT: Record<string, VertebraId | 'sacrum'> = { t12: 'l1', l1: 'l2', l2: 'l3', l3: 'l4', l4: 'l5', l5: 'sacrum' };

/**
 * The intervertebral foramen below vertebra `v`, where its spinal nerve leaves: halfway between its
 * pedicle and the next one down, just lateral to them. Carried by `v`.
 */
function foramen(v: VertebraId): PathPointDef {
  const toPelvis = (id: string): Vec3 => {
    const l = landmark(id);
    return between(l.segment, 'pelvis', l.at);
  };
  const a = toPelvis(`${v}_pedicle_r`);
  const next = NEXT[v]!;
  // Below L5 the S1 pedicle: the back of the sacral base.
  const b: Vec3 = next === 'sacrum' ? [-0.102, 0.06, 0.014] : toPelvis(`${next}_pedicle_r`);
  return on(v, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, 0.022);
}

/** Where the roots L2–L4 meet within psoas and the femoral and obturator nerves begin. */
const PLEXUS_JUNCTION = on('l5', -0.0573, 0.0994, 0.046);
/** The sacral plexus on the front of piriformis, where the sciatic nerve forms. */
export const SCIATIC_FORMATION = on('pelvis', -0.112, -0.014, 0.046);

export const lumbarPlexus: PathStructureDef = {
  name: 'lumbar_plexus',
  kind: 'nerve',
  paired: true,
  fibres: [
    fibre(
      'L1: iliohypogastric and ilioinguinal nerves',
      [
        foramen('l1'),
        on('l1', -0.0881, 0.1985, 0.032),
        // Out of the lateral border of psoas, across the front of quadratus lumborum to the iliac crest.
        on('l2', -0.0882, 0.1847, 0.05),
        on('l3', -0.092, 0.1573, 0.072),
        on('l4', -0.0863, 0.121, 0.094),
        on('pelvis', -0.07, 0.098, 0.112),
      ],
      PLEXUS,
      0.2,
    ),
    fibre(
      'L2 root',
      [foramen('l2'), on('l2', -0.0802, 0.1687, 0.036), on('l3', -0.072, 0.1383, 0.04), PLEXUS_JUNCTION],
      PLEXUS,
      0.2,
    ),
    fibre('L3 root', [foramen('l3'), on('l3', -0.074, 0.1363, 0.04), PLEXUS_JUNCTION], PLEXUS, 0.2),
    fibre('L4 root', [foramen('l4'), on('l4', -0.0663, 0.107, 0.042), PLEXUS_JUNCTION], PLEXUS, 0.2),
    fibre(
      'lumbosacral trunk (L4–L5)',
      [
        foramen('l5'),
        // Over the sacral ala, medial to psoas and behind the common iliac vessels, into the pelvis.
        on('l5', -0.0793, 0.0634, 0.034),
        on('pelvis', -0.09, 0.028, 0.042),
        SCIATIC_FORMATION,
      ],
      PLEXUS,
      0.2,
    ),
  ],
  drawing: {
    default: { shape: 'tube', radius: 0.0025 },
    fibres: { 'L1: iliohypogastric and ilioinguinal nerves': { shape: 'tube', radius: 0.002 } },
    source: 'gray (ventral rami of the upper lumbar nerves 4–6 mm across)',
  },
};

export const femoralNerve: PathStructureDef = {
  name: 'femoral_nerve',
  kind: 'nerve',
  paired: true,
  fibres: [
    fibre(
      'femoral nerve and muscular branches',
      [
        PLEXUS_JUNCTION,
        on('l5', -0.0523, 0.0794, 0.058),
        // Out of the lateral border of psoas, then down the groove between psoas and iliacus.
        on('pelvis', -0.049, 0.058, 0.0632),
        on('pelvis', -0.046, 0.02, 0.073),
        on('pelvis', -0.04, -0.002, 0.076),
        on('pelvis', -0.031, -0.028, 0.079),
        // Under the inguinal ligament, lateral to the femoral artery, on iliopsoas.
        on('pelvis', -0.024, -0.04, 0.078),
        // Its branches fan into the quadriceps.
        on('femur', -0.026, -0.176, 0.1),
      ],
      ANATOMY,
      0.6,
    ),
    fibre(
      'saphenous nerve',
      [
        PLEXUS_JUNCTION,
        on('l5', -0.0523, 0.0794, 0.058),
        on('pelvis', -0.049, 0.058, 0.0632),
        on('pelvis', -0.046, 0.02, 0.073),
        on('pelvis', -0.04, -0.002, 0.076),
        on('pelvis', -0.031, -0.028, 0.079),
        on('pelvis', -0.024, -0.04, 0.078),
        // Beside the femoral artery down the femoral triangle and the adductor canal…
        on('femur', -0.033, -0.186, 0.08),
        on('femur', -0.046, -0.276, 0.072),
        // …out between sartorius and gracilis to the medial side of the knee, and down the leg.
        on('femur', -0.08, -0.438, 0.036),
        on('tibia', -0.08, -0.56, 0.034),
        on('tibia', -0.062, -0.86, 0.044),
      ],
      ANATOMY,
      0.4,
    ),
  ],
  drawing: {
    default: { shape: 'tube', radius: 0.0035 },
    fibres: { 'saphenous nerve': { shape: 'tube', radius: 0.0015 } },
    source: 'gray (the femoral nerve a flat band ≈ 1 cm wide under the inguinal ligament; the saphenous nerve thin)',
  },
};

const OBTURATOR_START: PathPointDef[] = [
  on('l5', -0.0603, 0.0994, 0.04),
  // Out of the medial border of psoas at the pelvic brim, behind the common iliac vessels.
  on('l5', -0.0683, 0.0694, 0.03),
  on('pelvis', -0.074, 0.04, 0.036),
  // Along the side wall of the pelvis, on obturator internus, to the obturator canal.
  on('pelvis', -0.078, 0.0, 0.046),
  on('pelvis', -0.07, -0.037, 0.047),
  on('pelvis', -0.061, -0.054, 0.042),
  on('pelvis', -0.056, -0.074, 0.046),
];

/** Out of the obturator canal into the thigh: under the pubic ramus as the hip flexes, like the adductors. */
const UNDER_PUBIS = [{ cylinder: 'pubic_ramus', range: [OBTURATOR_START.length, OBTURATOR_START.length + 1] as const }];

export const obturatorNerve: PathStructureDef = {
  name: 'obturator_nerve',
  kind: 'nerve',
  paired: true,
  fibres: [
    fibre(
      'anterior division',
      [
        ...OBTURATOR_START,
        at('obturator_canal_r'),
        // In front of adductor brevis, behind pectineus and adductor longus, to gracilis.
        on('femur', -0.056, -0.176, 0.038),
      ],
      ANATOMY,
      0.5,
      UNDER_PUBIS,
    ),
    fibre(
      'posterior division',
      // Behind adductor brevis, on adductor magnus.
      [...OBTURATOR_START, at('obturator_canal_r'), on('femur', -0.076, -0.186, 0.046)],
      ANATOMY,
      0.5,
      UNDER_PUBIS,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0025 }, source: 'gray (≈ 5 mm across in the pelvis)' },
};

export const lateralFemoralCutaneousNerve: PathStructureDef = {
  name: 'lateral_femoral_cutaneous_nerve',
  kind: 'nerve',
  paired: true,
  fibres: [
    fibre(
      'lateral femoral cutaneous nerve',
      [
        on('l4', -0.0643, 0.131, 0.044),
        // Out of the lateral border of psoas, obliquely across iliacus towards the ASIS.
        on('l4', -0.0623, 0.111, 0.06),
        on('pelvis', -0.068, 0.076, 0.078),
        on('pelvis', -0.052, 0.041, 0.089),
        on('pelvis', -0.03, 0.012, 0.098),
        // Under the inguinal ligament 1–2 cm medial to the ASIS (4–6 mm behind its middle, clear of the
        // 3 mm band), then over sartorius into the thigh.
        on('pelvis', -0.0195, -0.014, 0.106),
        // Then over the front of the AIIS and the origin of rectus femoris (`front_of_aiis`, which holds
        // it forward while the hip is extended or partly flexed), down the front of the thigh under the
        // skin, turning lateral.
        on('femur', -0.016, -0.2, 0.138),
        on('femur', -0.03, -0.26, 0.152),
      ],
      ANATOMY,
      1,
      [{ cylinder: 'front_of_aiis', range: [5, 6] }],
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0015 }, source: 'gray (a slender cutaneous nerve)' },
};

const GENITOFEMORAL_START: PathPointDef[] = [
  on('l2', -0.0762, 0.1827, 0.034),
  // Through psoas, onto its front at L3–L4, and down it under the psoas fascia.
  on('l3', -0.056, 0.1523, 0.04),
  on('l3', -0.04, 0.1373, 0.044),
  on('l5', -0.0243, 0.0994, 0.048),
  on('pelvis', -0.021, 0.06, 0.052),
  on('pelvis', -0.017, 0.02, 0.06),
  // Divides above the inguinal ligament.
  on('pelvis', -0.015, -0.015, 0.066),
];

export const genitofemoralNerve: PathStructureDef = {
  name: 'genitofemoral_nerve',
  kind: 'nerve',
  paired: true,
  fibres: [
    fibre(
      'genital branch',
      [
        ...GENITOFEMORAL_START,
        // Into the deep inguinal ring and along the inguinal canal with the spermatic cord (round ligament).
        at('deep_inguinal_ring_r'),
        at('superficial_inguinal_ring_r'),
        on('pelvis', -0.012, -0.078, 0.028),
      ],
      ANATOMY,
      0.5,
    ),
    fibre(
      'femoral branch',
      [
        ...GENITOFEMORAL_START,
        // Under the inguinal ligament lateral to the femoral artery, to the skin of the femoral triangle.
        on('pelvis', -0.024, -0.044, 0.07),
        on('femur', -0.008, -0.15, 0.072),
      ],
      ANATOMY,
      0.5,
    ),
  ],
  drawing: { default: { shape: 'tube', radius: 0.0015 }, source: 'gray (a slender nerve on psoas)' },
};

/** Behind the hip as it flexes, like the hamstrings; behind the femoral condyles as the knee bends. */
const UNDER_HIP = { cylinder: 'under_hip', range: [3, 4] as const };

const SCIATIC_TRUNK: PathPointDef[] = [
  SCIATIC_FORMATION,
  // Out of the greater sciatic foramen below piriformis…
  on('pelvis', -0.124, -0.044, 0.066),
  // …behind the gemelli and obturator internus, and between the ischial tuberosity and the greater trochanter.
  on('pelvis', -0.126, -0.07, 0.084),
  on('pelvis', -0.126, -0.1, 0.092),
  // Down the back of the thigh, on adductor magnus under biceps femoris.
  on('femur', -0.11, -0.216, 0.092),
  on('femur', -0.103, -0.316, 0.088),
  // The apex of the popliteal fossa. Below it the nerves pass behind the knee to points on the calf: a
  // point in the fossa carried by either bone would swing into the other as the knee bends far, so the
  // path goes round the back of the condyles instead (wrapObjects.ts, behind_knee).
  on('femur', -0.101, -0.386, 0.084),
];

export const sciaticNerve: PathStructureDef = {
  name: 'sciatic_nerve',
  kind: 'nerve',
  paired: true,
  fibres: [
    fibre(
      'S1 root',
      [on('sacrum', -0.092, 0.042, 0.026), on('sacrum', -0.1, 0.016, 0.036), SCIATIC_FORMATION],
      PLEXUS,
      0.1,
    ),
    fibre(
      'S2 root',
      [on('sacrum', -0.11, 0.022, 0.023), on('sacrum', -0.108, 0.004, 0.036), SCIATIC_FORMATION],
      PLEXUS,
      0.1,
    ),
    fibre(
      'S3 root',
      [on('sacrum', -0.122, 0.002, 0.02), on('sacrum', -0.116, -0.008, 0.034), SCIATIC_FORMATION],
      PLEXUS,
      0.1,
    ),
    fibre(
      'tibial nerve',
      // Down the middle of the popliteal fossa, behind the knee, between the heads of gastrocnemius.
      [...SCIATIC_TRUNK, on('tibia', -0.12, -0.522, 0.08), on('tibia', -0.118, -0.6, 0.08)],
      ANATOMY,
      0.4,
      [UNDER_HIP, { cylinder: 'behind_knee', range: [6, 7] }],
    ),
    fibre(
      'common fibular nerve',
      [
        ...SCIATIC_TRUNK,
        // Along the medial border of biceps femoris, behind the lateral condyle, round the neck of the fibula.
        on('tibia', -0.11, -0.512, 0.13),
        at('fibular_neck_r', [-0.002, 0, 0.01]),
        on('tibia', -0.076, -0.552, 0.134),
      ],
      ANATOMY,
      0.3,
      [UNDER_HIP, { cylinder: 'behind_knee', range: [6, 7] }],
    ),
  ],
  drawing: {
    default: { shape: 'tube', radius: 0.005 },
    fibres: {
      'S1 root': { shape: 'tube', radius: 0.003 },
      'S2 root': { shape: 'tube', radius: 0.003 },
      'S3 root': { shape: 'tube', radius: 0.0025 },
      'common fibular nerve': { shape: 'tube', radius: 0.0035 },
    },
    source: 'gray (the sciatic nerve ≈ 2 cm wide where it leaves the pelvis, the largest nerve of the body)',
  },
};
