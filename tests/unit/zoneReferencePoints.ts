/**
 * Reference points for every referral zone, written from the zone's description in words, in body-landmark
 * terms: at least three places the description puts inside the zone and two just outside it. They are
 * found on the real skin (support/bodyPoints.ts) and checked by tests/unit/zonePoints.test.ts through the
 * function `myomap refer` uses. Right side; the test mirrors them for the left.
 *
 * One entry per zone id. A zone without an entry fails the test: new zones come with their points.
 */
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { back, between, flank, front, KNEE_Y, L, leg, mid, mirror, over, skinFrom, thigh, Y } from './support/bodyPoints';

export type ReferencePoint = readonly [where: string, at: Vec3];
export interface ZonePoints {
  inside: readonly ReferencePoint[];
  outside: readonly ReferencePoint[];
  /** Drawn across the midline or on both sides whichever side's muscle it is (from the description). */
  across?: true;
}

// Heights, from landmarks.
const FOLD = Y('gluteal_fold_r'); // the buttock crease
const GROIN = Y('pubic_tubercle_r'); // the groin crease at the front, about level with the pubic tubercle
const TROCHANTER = Y('greater_trochanter_r');
const DIMPLE = Y('psis_r'); // the dimples over the posterior superior iliac spines
const ANKLE_Y = (Y('medial_malleolus_r') + Y('lateral_malleolus_r')) / 2;
/** Down the front of the thigh: 0 at the groin crease, 1 at the knee joint line. */
const frontThigh = (t: number) => between(GROIN, KNEE_Y, t);
/** Down the back of the thigh: 0 at the buttock crease, 1 at the knee joint line. */
const backThigh = (t: number) => between(FOLD, KNEE_Y, t);
/** Down the outer thigh: 0 at the greater trochanter, 1 at the knee joint line. */
const outerThigh = (t: number) => between(TROCHANTER, KNEE_Y, t);
/** Down the leg: 0 at the knee joint line, 1 at the ankle (between the malleoli). */
const down = (t: number) => between(KNEE_Y, ANKLE_Y, t);

// Places several zones share.
const OVER_SI_JOINT: ReferencePoint = ['over the sacroiliac joint, 2 cm below and just beside the dimple', back(DIMPLE - 0.02, 0.045)];
const BESIDE_L1: ReferencePoint = ['1.5 cm beside the L1 spinous process', back(Y('l1_spinous'), 0.015)];
const BESIDE_L3_5CM: ReferencePoint = ['5 cm beside the L3 spinous process', back(Y('l3_spinous'), 0.05)];
const BESIDE_L5: ReferencePoint = ['2 cm beside the L5 spinous process', back(Y('l5_spinous'), 0.02)];
const BESIDE_L2: ReferencePoint = ['4 cm beside the L2 spinous process', back(Y('l2_spinous'), 0.04)];
const FLANK_L3: ReferencePoint = ['11 cm out from the L3 spinous process, on the back of the flank', back(Y('l3_spinous'), 0.11)];
const MID_BUTTOCK: ReferencePoint = ['the middle of the buttock, 8 cm out from the cleft', back(between(FOLD, DIMPLE, 0.5), 0.08)];
const LOWER_BUTTOCK: ReferencePoint = ['the lower buttock 2 cm above the crease, 7 cm out', back(FOLD + 0.02, 0.07)];
const UPPER_BUTTOCK: ReferencePoint = ['the upper inner buttock, 3 cm below the dimple level, 8 cm out', back(DIMPLE - 0.03, 0.08)];
const OVER_TROCHANTER: ReferencePoint = ['over the greater trochanter, on the side of the hip', over('greater_trochanter_r', [0, 0, 1])];
const OVER_COCCYX: ReferencePoint = ['over the tip of the coccyx, at the top of the cleft', over('coccyx_tip', [-1, -0.3, 0])];
const ABOVE_COCCYX: ReferencePoint = ['on the midline 1.5 cm above the tip of the coccyx', over('coccyx_tip', [-1, 0, 0], [0, 0.015, 0])];
const OVER_S2: ReferencePoint = ['on the midline over the sacrum at S2', back(Y('s2_tubercle'), 0)];
const INNER_KNEE: ReferencePoint = ['the inner side of the knee, over the medial epicondyle', over('medial_epicondyle_r', [0, 0, -1])];
const OUTER_KNEE: ReferencePoint = ['the outer side of the knee, over the lateral epicondyle', over('lateral_epicondyle_r', [0, 0, 1])];
const KNEECAP: ReferencePoint = ['the front of the kneecap', over('patella_base_r', [1, 0, 0], [0, -0.02, 0])];
const OUTER_MID_THIGH: ReferencePoint = ['the outer side of the thigh halfway from the trochanter to the knee', thigh(outerThigh(0.5), 90)];
const INNER_MID_THIGH: ReferencePoint = ['the inner side of the thigh halfway down', thigh(frontThigh(0.5), 270)];
const BACK_MID_THIGH: ReferencePoint = ['the middle of the back of the thigh', thigh(backThigh(0.5), 180)];
const FRONT_MID_THIGH: ReferencePoint = ['the front of the thigh halfway down', thigh(frontThigh(0.5), 0)];
const GROIN_6CM: ReferencePoint = ['the groin just below the inguinal ligament, 6 cm from the midline', front(GROIN - 0.01, 0.06)];
const SHIN: ReferencePoint = ['the front of the shin a third of the way down', leg(down(0.33), 0)];
const BACK_OF_KNEE: ReferencePoint = ['the back of the knee 3 cm above the joint line', thigh(KNEE_Y + 0.03, 180)];
const BACK_OF_HEEL: ReferencePoint = ['the back of the heel', over('heel_r', [-1, 0, 0], [0, 0.03, 0])];
const TOP_OF_FOOT: ReferencePoint = ['the top of the foot behind the fourth toe', over('fifth_metatarsal_head_r', [0, 1, 0], [-0.01, 0, -0.02])];
const NAVEL: ReferencePoint = ['the navel', front(Y('umbilicus'), 0)];
/** Between the tip of the breastbone and the ninth costal cartilage: the pit of the stomach. */
const EPIGASTRIUM = between('xiphoid_process', 'costal_margin_9_r', 0.5);
/** The inner arch of the foot, a fraction `t` of the way from the heel to the ball of the big toe. */
const innerArch = (t: number) => {
  const heel = L('heel_r');
  const ball = L('first_metatarsal_head_r');
  return skinFrom([heel[0] + (ball[0] - heel[0]) * t, 0.045, heel[2] + (ball[2] - heel[2]) * t], [0, -0.4, -1]);
};
/** McBurney's point: a third of the way from the ASIS to the navel. */
const MCBURNEY = mid(mid(L('asis_r'), L('umbilicus')), L('asis_r'));

const ILIOPSOAS_BACK: ZonePoints = {
  inside: [BESIDE_L1, BESIDE_L3_5CM, BESIDE_L5, ['right beside the L3 spinous process, 1.5 cm out', back(Y('l3_spinous'), 0.015)], OVER_SI_JOINT],
  outside: [
    FLANK_L3,
    ['on the midline, over the tip of the L3 spinous process', back(Y('l3_spinous'), 0)],
    ['6 cm above T12, beside the spine', back(Y('t12_spinous') + 0.06, 0.03)],
  ],
};
const CROSSING_THE_LOW_BACK = back(Y('l5_spinous'), 0.03);

export const ZONE_POINTS: Readonly<Record<string, ZonePoints>> = {
  // ——— iliopsoas, psoas minor ———
  'iliopsoas-lumbar-strip': ILIOPSOAS_BACK,
  'psoas-minor-lumbar-strip': ILIOPSOAS_BACK,
  'iliopsoas-upper-thigh': {
    inside: [
      ['the front of the thigh 3 cm below the groin crease', thigh(frontThigh(0.08), 0)],
      ['the inner front of the upper thigh, 5 cm below the groin crease', thigh(frontThigh(0.13), 320)],
      ['the front-inner thigh 3 cm below the groin crease, 5 cm from the midline', front(GROIN - 0.03, 0.05)],
    ],
    outside: [
      ['the front of the thigh a third of the way to the knee', thigh(frontThigh(0.36), 0)],
      ['the outer side of the upper thigh below the trochanter', thigh(frontThigh(0.1), 90)],
    ],
  },
  'iliopsoas-upper-buttock': {
    inside: [
      ['the upper inner buttock 3 cm below the dimple level, 5 cm out', back(DIMPLE - 0.03, 0.05)],
      UPPER_BUTTOCK,
      ['just below and beside the sacroiliac joint, 6 cm out', back(DIMPLE - 0.045, 0.06)],
    ],
    outside: [LOWER_BUTTOCK, ['the outer buttock at the dimple level, 14 cm out', back(DIMPLE - 0.03, 0.14)]],
  },
  'iliopsoas-front-thigh': {
    inside: [
      ['the front of the thigh a third of the way to the knee', thigh(frontThigh(0.36), 0)],
      ['the front of the thigh 45 % of the way to the knee', thigh(frontThigh(0.45), 0)],
      ['the front of the thigh a little inward, 30 % of the way down', thigh(frontThigh(0.3), 340)],
    ],
    outside: [
      ['the front of the thigh a hand above the kneecap', thigh(frontThigh(0.75), 0)],
      BACK_MID_THIGH,
    ],
  },

  // ——— quadratus lumborum ———
  'ql-iliac-crest': {
    inside: [
      ['over the highest point of the iliac crest', over('iliac_crest_top_r', [0, 0.3, 1])],
      ['over the back of the iliac crest', over('iliac_crest_posterior_r', [-1, 0.3, 0.4])],
      ['over the iliac crest at its tubercle, on the side', over('iliac_tubercle_r', [0.2, 0.3, 1])],
    ],
    outside: [
      ['the side of the waist 7 cm above the crest', flank(Y('iliac_crest_top_r') + 0.07, -0.06)],
      ['the middle of the buttock', MID_BUTTOCK[1]],
    ],
  },
  'ql-greater-trochanter': {
    inside: [
      OVER_TROCHANTER,
      ['2.5 cm below the tip of the greater trochanter', over('greater_trochanter_r', [0, 0, 1], [0, -0.025, 0])],
      ['just behind the greater trochanter', over('greater_trochanter_r', [-0.5, 0, 1])],
    ],
    outside: [
      ['the outer thigh 12 cm below the trochanter', thigh(TROCHANTER - 0.12, 90)],
      ['the side of the waist at the iliac crest', over('iliac_crest_top_r', [0, 0.3, 1])],
    ],
  },
  'ql-lower-abdomen-groin': {
    inside: [
      ['the lower abdomen 2 cm above and 3 cm inside the front of the crest (ASIS)', front(Y('asis_r') + 0.02, 0.09)],
      ['the groin crease halfway between the ASIS and the pubic tubercle', front(between('asis_r', GROIN, 0.6), 0.08)],
      ['the lower abdomen just inside the crest, at the height of its top', front(Y('iliac_crest_top_r') - 0.02, 0.11)],
    ],
    outside: [
      ['3 cm from the midline at the level of the ASIS', front(Y('asis_r'), 0.03)],
      ['beside the navel, 8 cm out', front(Y('umbilicus'), 0.08)],
    ],
  },
  'ql-outer-thigh': {
    inside: [
      ['the outer thigh 5 cm below the trochanter', thigh(TROCHANTER - 0.05, 90)],
      ['the outer thigh 9 cm below the trochanter', thigh(TROCHANTER - 0.09, 90)],
      ['the front-outer thigh 7 cm below the trochanter', thigh(TROCHANTER - 0.07, 70)],
    ],
    outside: [
      ['the outer thigh two-thirds of the way to the knee', thigh(outerThigh(0.66), 90)],
      ['the back of the upper thigh', thigh(TROCHANTER - 0.07, 180)],
    ],
  },
  'ql-lightning-line': {
    inside: [
      ['a line on the front-outer thigh, 30 % of the way from the groin to the knee', thigh(frontThigh(0.3), 40)],
      ['the same line halfway down', thigh(frontThigh(0.55), 40)],
      ['the same line a hand above the outer kneecap', thigh(frontThigh(0.8), 40)],
    ],
    outside: [FRONT_MID_THIGH, INNER_MID_THIGH, ['the outer side of the thigh halfway down', thigh(frontThigh(0.5), 90)]],
  },
  'ql-sacroiliac': {
    inside: [
      ['1.5 cm below the dimple, 4.5 cm out', back(DIMPLE - 0.015, 0.045)],
      ['over the sacroiliac joint at its middle', back(Y('sacroiliac_joint_r') - 0.01, 0.04)],
      ['4 cm below the dimple, 5 cm out', back(DIMPLE - 0.04, 0.05)],
    ],
    outside: [
      ['7 cm above the dimple, in the low back', back(DIMPLE + 0.07, 0.05)],
      ['the outer buttock at the dimple level, 13 cm out', back(DIMPLE - 0.03, 0.13)],
    ],
  },
  'ql-lower-buttock': {
    inside: [
      ['the lower buttock 3 cm above the crease, 7 cm out', back(FOLD + 0.03, 0.07)],
      ['the lower outer buttock 5 cm above the crease, 11 cm out', back(FOLD + 0.05, 0.11)],
      ['the lower inner buttock 6 cm above the crease, 4 cm out', back(FOLD + 0.06, 0.04)],
    ],
    outside: [
      ['the upper buttock at the dimple level, 8 cm out', back(DIMPLE, 0.08)],
      ['the back of the thigh 9 cm below the crease', thigh(backThigh(0.3), 180)],
    ],
  },
  'ql-across-sacrum': {
    across: true,
    inside: [
      ['on the midline over the upper sacrum', back(Y('s2_tubercle') + 0.01, 0)],
      ['3 cm right of the midline over the upper sacrum', back(Y('s2_tubercle') + 0.02, 0.03)],
      ['3 cm left of the midline over the upper sacrum', mirror(back(Y('s2_tubercle') + 0.02, 0.03))],
    ],
    outside: [
      ['on the midline over the lower sacrum (the sacral hiatus)', back(Y('sacral_hiatus'), 0)],
      ['2 cm beside the L3 spinous process', back(Y('l3_spinous'), 0.02)],
    ],
  },

  // ——— paraspinals ———
  'iliocostalis-mid-buttock': {
    inside: [
      MID_BUTTOCK,
      ['the middle of the buttock, a little lower and further out', back(between(FOLD, DIMPLE, 0.45), 0.11)],
      ['the middle of the buttock, a little higher and further in', back(between(FOLD, DIMPLE, 0.65), 0.06)],
    ],
    outside: [['just above the buttock crease, 8 cm out', back(FOLD + 0.01, 0.08)], BESIDE_L3_5CM],
  },
  'iliocostalis-lower-abdomen': {
    inside: [
      ['the lower abdomen halfway from the pubis to the navel, 6 cm out', front(between(GROIN, 'umbilicus', 0.5), 0.06)],
      ['3 cm below the navel, 4 cm out', front(Y('umbilicus') - 0.03, 0.04)],
      ['4 cm above the pubic tubercle, 8 cm out', front(GROIN + 0.04, 0.08)],
    ],
    outside: [
      ['6 cm above the navel, 5 cm out', front(Y('umbilicus') + 0.06, 0.05)],
      ['the side of the waist', flank(Y('iliac_crest_top_r') + 0.04, -0.03)],
    ],
  },
  'longissimus-low-buttock': {
    inside: [
      ['the buttock beside the sacrum, 2 cm below the dimple', back(DIMPLE - 0.02, 0.04)],
      ['the buttock next to the sacrum, halfway down, 5 cm out', back(DIMPLE - 0.04, 0.05)],
      ['the lower buttock beside the cleft, 6 cm out', back(between(FOLD, DIMPLE, 0.4), 0.06)],
    ],
    outside: [['the outer buttock, 14 cm out', back(between(FOLD, DIMPLE, 0.5), 0.14)], BESIDE_L2],
  },
  'multifidus-spinous-processes': {
    across: true,
    inside: [
      ['on the midline over the L2 spinous process', back(Y('l2_spinous'), 0)],
      ['1 cm beside the L3 spinous process', back(Y('l3_spinous'), 0.01)],
      ['on the midline over the L1 spinous process', back(Y('l1_spinous'), 0)],
    ],
    outside: [['6 cm beside the L3 spinous process', back(Y('l3_spinous'), 0.06)], OVER_S2],
  },
  'multifidus-upper-abdomen': {
    inside: [
      ['5 cm above the navel, 5 cm out', front(Y('umbilicus') + 0.05, 0.05)],
      ['10 cm above the navel, 7 cm out', front(Y('umbilicus') + 0.1, 0.07)],
      ['just below the ribs, 4 cm out', front(Y('costal_margin_r') - 0.03, 0.04)],
    ],
    outside: [
      ['6 cm below the navel, 5 cm out', front(Y('umbilicus') - 0.06, 0.05)],
      ['the side of the waist above the crest', flank(Y('umbilicus') + 0.04, -0.04)],
    ],
  },
  'multifidus-coccyx': {
    across: true,
    inside: [OVER_COCCYX, ABOVE_COCCYX, ['just below and behind the tip of the coccyx', over('coccyx_tip', [-1, -0.6, 0])]],
    outside: [OVER_S2, ['the lower buttock at the height of the coccyx, 8 cm out', back(Y('coccyx_tip'), 0.08)]],
  },
  'multifidus-s1-buttock-thigh': {
    inside: [
      MID_BUTTOCK,
      ['the top of the hamstrings, just below the buttock crease', thigh(backThigh(0.15), 185)],
      ['the sacrum 2 cm beside the midline at S2', back(Y('s2_tubercle'), 0.02)],
    ],
    outside: [['the back of the thigh a hand above the knee', thigh(backThigh(0.75), 180)], OVER_TROCHANTER],
  },

  // ——— gluteus maximus ———
  'gmax1-cleft-crescent': {
    inside: [
      ['beside the cleft 3 cm out, at the level of the sacrum', back(between(FOLD, DIMPLE, 0.8), 0.03)],
      ['beside the cleft 3 cm out, halfway down the buttock', back(between(FOLD, DIMPLE, 0.55), 0.03)],
      OVER_SI_JOINT,
    ],
    outside: [['the middle of the buttock 12 cm out', back(between(FOLD, DIMPLE, 0.5), 0.12)], ['3 cm beside the L3 spinous process', back(Y('l3_spinous'), 0.03)]],
  },
  'gmax1-upper-back-thigh': {
    inside: [
      ['the back of the thigh just below the buttock crease', thigh(backThigh(0.05), 190)],
      ['the back of the thigh 3 cm below the crease, a little inward', thigh(backThigh(0.1), 200)],
      ['the back of the thigh 4 cm below the crease', thigh(backThigh(0.12), 180)],
    ],
    outside: [BACK_MID_THIGH, ['the outer side of the upper thigh', thigh(backThigh(0.1), 90)]],
  },
  'gmax2-whole-buttock': {
    inside: [
      MID_BUTTOCK,
      ['the upper outer buttock 3 cm below the iliac crest, 12 cm out', back(Y('iliac_crest_posterior_r') - 0.03, 0.12)],
      LOWER_BUTTOCK,
      ['the lower sacrum, just beside the midline', back(Y('sacral_hiatus') + 0.01, 0.01)],
    ],
    outside: [OVER_COCCYX, ['the side of the waist 6 cm above the iliac crest', flank(Y('iliac_crest_top_r') + 0.06, -0.08)]],
  },
  'gmax3-coccyx': {
    across: true,
    inside: [OVER_COCCYX, ABOVE_COCCYX, ['on the midline 2.5 cm above the tip of the coccyx', over('coccyx_tip', [-1, 0, 0], [0, 0.025, 0])]],
    outside: [MID_BUTTOCK, OVER_S2],
  },

  // ——— gluteus medius ———
  'gmed1-crest-si-sacrum': {
    inside: [
      ['over the back of the iliac crest', over('iliac_crest_posterior_r', [-1, 0.3, 0.4])],
      ['over the dimple (posterior superior iliac spine)', over('psis_r', [-1, 0, 0])],
      ['the sacrum 2 cm beside the midline at S2', back(Y('s2_tubercle'), 0.02)],
    ],
    outside: [LOWER_BUTTOCK, BESIDE_L2],
  },
  'gmed1-upper-buttock': {
    inside: [
      UPPER_BUTTOCK,
      ['the middle of the buttock, 10 cm out, at the height of the trochanter and above', back(TROCHANTER + 0.03, 0.1)],
      ['the upper buttock below the crest, 12 cm out', back(DIMPLE - 0.01, 0.12)],
    ],
    outside: [LOWER_BUTTOCK, OVER_TROCHANTER],
  },
  'gmed2-lateral-buttock': {
    inside: [
      ['the outer buttock, 12 cm out, halfway up', back(between(FOLD, DIMPLE, 0.6), 0.12)],
      ['the outer buttock below the crest, 15 cm out', back(DIMPLE - 0.03, 0.15)],
      ['the middle of the buttock, 9 cm out', back(between(FOLD, DIMPLE, 0.45), 0.09)],
    ],
    outside: [
      ['beside the cleft, 3 cm out', back(between(FOLD, DIMPLE, 0.5), 0.03)],
      ['the back of the thigh 12 cm below the crease', thigh(backThigh(0.4), 180)],
    ],
  },
  'gmed2-posterolateral-thigh': {
    inside: [
      ['the back-outer thigh just below the crease', thigh(backThigh(0.05), 140)],
      ['the back-outer thigh 4 cm below the crease', thigh(backThigh(0.15), 130)],
      ['the back of the upper thigh, slightly outward', thigh(backThigh(0.1), 165)],
    ],
    outside: [
      ['the inner side of the upper thigh', thigh(backThigh(0.1), 270)],
      ['the back-outer thigh a hand above the knee', thigh(backThigh(0.7), 140)],
    ],
  },
  'gmed3-crest-lumbosacral': {
    inside: [
      ['over the highest point of the iliac crest', over('iliac_crest_top_r', [0, 0.3, 1])],
      ['3 cm beside the L5 spinous process', CROSSING_THE_LOW_BACK],
      ['3 cm beside the midline over the sacrum at S2', back(Y('s2_tubercle'), 0.03)],
      ['over the iliac crest at its tubercle, on the side', over('iliac_tubercle_r', [0.2, 0.3, 1])],
    ],
    outside: [
      LOWER_BUTTOCK,
      ['3 cm beside the L2 spinous process', back(Y('l2_spinous'), 0.03)],
      ['the other side: 3 cm left of the L5 spinous process', mirror(CROSSING_THE_LOW_BACK)],
      ['the other side: over the left iliac crest', mirror(over('iliac_crest_top_r', [0, 0.3, 1]))],
    ],
  },
  'gmed3-other-side': {
    across: true,
    inside: [
      ['over the highest point of the left iliac crest', mirror(over('iliac_crest_top_r', [0, 0.3, 1]))],
      ['3 cm left of the L5 spinous process', mirror(CROSSING_THE_LOW_BACK)],
      ['3 cm left of the midline over the sacrum at S2', mirror(back(Y('s2_tubercle'), 0.03))],
    ],
    outside: [['the left lower buttock', mirror(LOWER_BUTTOCK[1])], ['3 cm left of the L2 spinous process', mirror(back(Y('l2_spinous'), 0.03))]],
  },

  // ——— gluteus minimus ———
  'gmin-ant-buttock-thigh': {
    inside: [
      OUTER_MID_THIGH,
      ['the outer thigh a hand above the knee', thigh(outerThigh(0.78), 90)],
      ['the lower outer buttock, behind the trochanter', thigh(TROCHANTER - 0.03, 140)],
    ],
    outside: [INNER_MID_THIGH, FRONT_MID_THIGH],
  },
  'gmin-ant-lateral-knee': {
    inside: [
      OUTER_KNEE,
      ['the outer knee 3 cm above the joint line', thigh(KNEE_Y + 0.03, 90)],
      ['the outer knee just below the joint line, above the head of the fibula', leg(KNEE_Y - 0.015, 90)],
    ],
    outside: [INNER_KNEE, KNEECAP],
  },
  'gmin-ant-peroneal-line': {
    inside: [
      ['the outer leg over the fibula, a third of the way down', leg(down(0.3), 90)],
      ['the outer leg over the fibula, 60 % of the way down', leg(down(0.6), 90)],
      ['the outer leg just above the ankle', leg(down(0.85), 95)],
    ],
    outside: [SHIN, ['the inner side of the calf halfway down', leg(down(0.5), 270)]],
  },
  'gmin-ant-dorsum-foot': {
    inside: [
      ['the top of the foot behind the fourth toe', over('fifth_metatarsal_head_r', [0, 1, 0], [-0.01, 0, -0.02])],
      ['the top of the foot over the outer metatarsals', over('fifth_metatarsal_head_r', [0, 1, 0], [-0.03, 0, -0.03])],
      ['the top of the foot behind the little toe', over('fifth_metatarsal_head_r', [0, 1, 0], [-0.02, 0, -0.005])],
    ],
    outside: [
      ['the back of the heel', over('heel_r', [-1, 0, 0], [0, 0.03, 0])],
      ['the inner ankle', over('medial_malleolus_r', [0, 0, -1])],
    ],
  },
  'gmin-post-buttock': {
    inside: [
      MID_BUTTOCK,
      ['the lower inner buttock 3 cm above the crease, 5 cm out', back(FOLD + 0.03, 0.05)],
      ['the upper outer buttock 2 cm below the dimple level, 11 cm out', back(DIMPLE - 0.02, 0.11)],
      ['the outer buttock halfway up, 12 cm out', back(between(FOLD, DIMPLE, 0.5), 0.12)],
    ],
    outside: [['just under the iliac crest, 10 cm out', back(Y('iliac_crest_posterior_r') - 0.005, 0.1)], OVER_TROCHANTER],
  },
  'gmin-post-thigh-calf': {
    inside: [BACK_MID_THIGH, ['the back of the thigh a hand above the knee', thigh(backThigh(0.8), 180)], ['the upper calf', leg(down(0.25), 180)]],
    outside: [['the outer side of the thigh halfway down', thigh(backThigh(0.5), 90)], SHIN],
  },
  'gmin-post-lower-calf': {
    inside: [
      ['the calf 60 % of the way down to the ankle', leg(down(0.6), 180)],
      ['the back of the lower leg three-quarters of the way down', leg(down(0.75), 180)],
      ['the lower calf, slightly inward', leg(down(0.68), 200)],
    ],
    outside: [['the upper calf', leg(down(0.25), 180)], ['the front of the lower shin', leg(down(0.7), 0)]],
  },

  // ——— piriformis and the short rotators ———
  'piriformis-si-buttock-hip': {
    inside: [
      OVER_SI_JOINT,
      ['the middle of the buttock, 10 cm out', back(between(FOLD, DIMPLE, 0.5), 0.1)],
      ['behind the hip joint, just behind the greater trochanter', over('greater_trochanter_r', [-1, 0, 0.4], [0, -0.02, 0])],
    ],
    outside: [['just above the buttock crease, 8 cm out', back(FOLD + 0.01, 0.08)], BESIDE_L3_5CM],
  },
  'piriformis-back-thigh': {
    inside: [
      ['the back of the thigh 3 cm below the buttock crease', thigh(backThigh(0.1), 180)],
      ['the back of the thigh 40 % of the way from the crease to the knee', thigh(backThigh(0.4), 180)],
      ['the back of the thigh just short of two-thirds of the way from the crease to the knee', thigh(backThigh(0.64), 180)],
    ],
    outside: [
      ['the back of the thigh 85 % of the way from the crease to the knee', thigh(backThigh(0.85), 180)],
      ['the outer side of the thigh 40 % of the way down', thigh(backThigh(0.4), 90)],
    ],
  },
  'obturator-internus-anococcygeal': {
    across: true,
    inside: [
      OVER_COCCYX,
      ['the perineum, in the midline between the thighs', over('perineum', [0, -1, 0], [0, 0.02, 0])],
      ['in the midline just in front of the coccyx, toward the anus', over('coccyx_tip', [-0.5, -1, 0], [0.01, -0.01, 0])],
      ['the anus, in the midline between the coccyx and the perineum', over('perineum', [0, -1, 0], [-0.03, 0.035, 0])],
    ],
    outside: [MID_BUTTOCK, ['the inner thigh 5 cm below the crease', thigh(backThigh(0.18), 270)]],
  },
  'obturator-internus-upper-back-thigh': {
    inside: [
      ['the back of the thigh just below the crease', thigh(backThigh(0.05), 180)],
      ['the back of the thigh 4 cm below the crease, a little inward', thigh(backThigh(0.12), 200)],
      ['the back of the thigh 4 cm below the crease, a little outward', thigh(backThigh(0.12), 160)],
    ],
    outside: [BACK_MID_THIGH, ['the outer side of the upper thigh', thigh(backThigh(0.1), 90)]],
  },

  // ——— tensor fasciae latae, sartorius, rectus femoris ———
  'tfl-hip-upper-thigh': {
    inside: [
      OVER_TROCHANTER,
      ['the front-outer hip just in front of the greater trochanter', over('greater_trochanter_r', [0.6, 0, 1])],
      ['the upper front-outer thigh, a fifth of the way to the knee', thigh(outerThigh(0.2), 60)],
    ],
    outside: [['the inner side of the upper thigh', thigh(outerThigh(0.2), 270)], MID_BUTTOCK],
  },
  'tfl-outer-thigh': {
    inside: [
      ['the outer thigh halfway to the knee', thigh(outerThigh(0.5), 80)],
      ['the front-outer thigh three-quarters of the way to the knee', thigh(outerThigh(0.75), 60)],
      ['the outer thigh just above the knee', thigh(outerThigh(0.9), 90)],
    ],
    outside: [INNER_MID_THIGH, ['the outer calf', leg(down(0.4), 90)]],
  },
  'tfl-behind-hip': {
    inside: [
      ['the back of the hip midway between the sitting bone and the greater trochanter', back(between('ischial_tuberosity_r', TROCHANTER, 0.5), 0.1)],
      ['the same hollow a little nearer the sitting bone', back(between('ischial_tuberosity_r', TROCHANTER, 0.4), 0.09)],
      ['the same hollow a little nearer the trochanter', back(between('ischial_tuberosity_r', TROCHANTER, 0.6), 0.12)],
    ],
    outside: [OVER_TROCHANTER, UPPER_BUTTOCK],
  },
  'sartorius-segments': {
    inside: [
      ['the upper front-outer thigh just below the ASIS', thigh(frontThigh(0.05), 30)],
      ['the front-inner thigh halfway down', thigh(frontThigh(0.5), 320)],
      ['the inner thigh a hand above the knee', thigh(frontThigh(0.84), 270)],
    ],
    outside: [['the outer side of the thigh halfway down', thigh(frontThigh(0.5), 90)], BACK_MID_THIGH],
  },
  'sartorius-course-medial-knee': {
    inside: [
      ['the front of the thigh a quarter of the way down, on its slanting course', thigh(frontThigh(0.28), 5)],
      ['the inner front of the thigh 70 % of the way down', thigh(frontThigh(0.7), 295)],
      INNER_KNEE,
    ],
    outside: [['the outer side of the thigh halfway down', thigh(frontThigh(0.5), 90)], OUTER_KNEE],
  },
  'rf-patella': {
    inside: [
      KNEECAP,
      ['the lower pole of the kneecap', over('patella_apex_r', [1, 0, 0])],
      ['beside the kneecap on its outer side', over('patella_base_r', [0.5, 0, 1], [0, -0.02, 0])],
    ],
    outside: [FRONT_MID_THIGH, SHIN],
  },
  'rf-above-patella': {
    inside: [
      ['the front of the thigh 4 cm above the kneecap', thigh(Y('patella_base_r') + 0.04, 0)],
      ['the front of the thigh 8 cm above the kneecap', thigh(Y('patella_base_r') + 0.08, 0)],
      ['the front of the thigh 6 cm above the kneecap, a little outward', thigh(Y('patella_base_r') + 0.06, 20)],
    ],
    outside: [
      ['the front of the thigh a quarter of the way down from the groin', thigh(frontThigh(0.25), 0)],
      ['the back of the thigh 5 cm above the knee crease', thigh(Y('patella_base_r') + 0.05, 180)],
    ],
  },

  // ——— pectineus and the adductors ———
  'pectineus-groin': {
    inside: [
      GROIN_6CM,
      ['the groin at the level of the pubic tubercle, 8 cm out', front(GROIN, 0.08)],
      ['the front-inner thigh 3 cm below the groin crease, 5 cm from the midline', front(GROIN - 0.03, 0.05)],
    ],
    outside: [
      ['the lower abdomen 3 cm above the ASIS level, 6 cm out', front(Y('asis_r') + 0.03, 0.06)],
      ['the front of the thigh 40 % of the way down', thigh(frontThigh(0.4), 0)],
    ],
  },
  'pectineus-anteromedial-thigh': {
    inside: [
      ['the front-inner thigh a fifth of the way down', thigh(frontThigh(0.2), 320)],
      ['the front-inner thigh 30 % of the way down', thigh(frontThigh(0.3), 300)],
      ['the front of the upper thigh, a little inward, 15 % of the way down', thigh(frontThigh(0.15), 340)],
    ],
    outside: [
      ['the front-inner thigh 70 % of the way down', thigh(frontThigh(0.7), 320)],
      ['the outer side of the upper thigh', thigh(frontThigh(0.25), 90)],
    ],
  },
  'adductor-longus-groin-thigh-knee': {
    inside: [GROIN_6CM, ['the front-inner thigh halfway down', thigh(frontThigh(0.5), 310)], ['the upper inner knee', thigh(KNEE_Y + 0.05, 270)]],
    outside: [['the outer side of the thigh halfway down', thigh(frontThigh(0.5), 90)], BACK_MID_THIGH],
  },
  'adductor-longus-shin': {
    inside: [
      ['the inner front of the shin a third of the way down', leg(down(0.3), 325)],
      ['the inner front of the shin 60 % of the way down', leg(down(0.6), 320)],
      ['the inner front of the shin above the ankle', leg(down(0.85), 330)],
    ],
    outside: [['the outer side of the leg halfway down', leg(down(0.5), 90)], ['the middle of the calf', leg(down(0.5), 180)]],
  },
  'admag1-groin-inner-thigh': {
    inside: [
      ['the groin just below the crease, 4.5 cm from the midline', front(GROIN - 0.02, 0.045)],
      ['the front-inner thigh halfway down', thigh(frontThigh(0.5), 290)],
      ['the front-inner thigh three-quarters of the way to the knee', thigh(frontThigh(0.75), 285)],
    ],
    outside: [INNER_KNEE, ['the outer side of the thigh halfway down', thigh(frontThigh(0.5), 90)]],
  },
  'admag2-intrapelvic': {
    across: true,
    inside: [
      ['over the pubic symphysis', over('pubic_symphysis', [1, 0, 0])],
      ['the perineum, between the thighs', over('perineum', [0, -1, 0], [0, 0.02, 0])],
      ['over the pubic bone 2 cm right of the symphysis', over('pubic_symphysis', [1, 0, 0], [0, 0.01, 0.02])],
    ],
    outside: [['the navel', front(Y('umbilicus'), 0)], ['the front of the thigh 30 % of the way down', thigh(frontThigh(0.3), 0)]],
  },
  'gracilis-inner-thigh': {
    inside: [
      ['the inner thigh a fifth of the way down', thigh(frontThigh(0.2), 270)],
      ['the inner thigh 45 % of the way down', thigh(frontThigh(0.45), 265)],
      ['the inner thigh 4 cm below the crotch', thigh(Y('perineum') - 0.04, 265)],
    ],
    outside: [
      ['the outer side of the thigh 40 % of the way down', thigh(frontThigh(0.4), 90)],
      ['the inner thigh just above the knee', thigh(frontThigh(0.92), 270)],
    ],
  },
  'gracilis-toward-knee': {
    inside: [INNER_KNEE, ['the inner thigh a hand above the knee', thigh(frontThigh(0.8), 270)], ['the inner thigh 70 % of the way down', thigh(frontThigh(0.7), 265)]],
    outside: [['the inner thigh a third of the way down', thigh(frontThigh(0.3), 270)], OUTER_KNEE],
  },

  // ——— hamstrings ———
  'medial-hamstrings-gluteal-fold': {
    inside: [
      ['the back of the thigh just below the crease, a little inward', thigh(backThigh(0.05), 190)],
      ['the back of the thigh 4 cm below the crease', thigh(backThigh(0.15), 200)],
      ['the lower buttock just above the crease', back(FOLD + 0.015, 0.07)],
    ],
    outside: [['the back-inner thigh 60 % of the way down', thigh(backThigh(0.6), 190)], UPPER_BUTTOCK],
  },
  'medial-hamstrings-posteromedial': {
    inside: [
      ['the back-inner thigh 60 % of the way down', thigh(backThigh(0.6), 210)],
      ['the back-inner knee, just above the joint line', thigh(KNEE_Y + 0.02, 210)],
      ['the top of the inner calf', leg(down(0.15), 210)],
    ],
    outside: [['the outer side of the thigh 60 % of the way down', thigh(backThigh(0.6), 90)], ['the lower calf', leg(down(0.7), 200)]],
  },
  'biceps-femoris-back-of-knee': {
    inside: [
      ['the back of the knee 3 cm above the joint line, toward its outer side', thigh(KNEE_Y + 0.03, 165)],
      ['the back of the knee just below the joint line', leg(KNEE_Y - 0.02, 180)],
      ['the back of the knee 5 cm above the joint line', thigh(KNEE_Y + 0.05, 180)],
    ],
    outside: [KNEECAP, ['the back of the thigh 9 cm below the crease', thigh(backThigh(0.3), 180)]],
  },
  'biceps-femoris-thigh-calf': {
    inside: [
      ['the back-outer thigh halfway down', thigh(backThigh(0.5), 150)],
      ['the back-outer thigh 40 % of the way down', thigh(backThigh(0.4), 160)],
      ['the upper calf', leg(down(0.2), 180)],
    ],
    outside: [FRONT_MID_THIGH, ['the lower calf', leg(down(0.6), 180)]],
  },
  // ——— the thigh, calf and abdominal wall ———
  'vm-front-inner-knee': {
    inside: [
      ['the inner edge of the kneecap', over('patella_base_r', [0.6, 0, -1], [0, -0.02, 0])],
      KNEECAP,
      ['the inner side of the knee 3 cm above the joint line, toward the front', thigh(KNEE_Y + 0.03, 290)],
    ],
    outside: [OUTER_KNEE, BACK_OF_KNEE],
  },
  'vm-inner-front-thigh': {
    inside: [
      ['the inner front of the thigh 65 % of the way down', thigh(frontThigh(0.65), 310)],
      ['the inner front of the thigh a hand above the knee', thigh(frontThigh(0.8), 300)],
      ['the inner front of the thigh just past halfway down', thigh(frontThigh(0.55), 320)],
    ],
    outside: [OUTER_MID_THIGH, ['the front-inner thigh just below the groin', thigh(frontThigh(0.15), 310)]],
  },
  'vi-front-mid-thigh': {
    inside: [
      FRONT_MID_THIGH,
      ['the front of the thigh a third of the way down', thigh(frontThigh(0.35), 0)],
      ['the front of the thigh 65 % of the way down, a little outward', thigh(frontThigh(0.65), 10)],
    ],
    outside: [BACK_MID_THIGH, INNER_MID_THIGH],
  },
  'vi-front-thigh-to-knee': {
    inside: [
      ['the front of the thigh 1.5 cm above the kneecap', thigh(Y('patella_base_r') + 0.015, 0)],
      ['the front of the thigh 4 cm above the kneecap', thigh(Y('patella_base_r') + 0.04, 0)],
      ['the front of the thigh 3 cm above the kneecap, a little outward', thigh(Y('patella_base_r') + 0.03, 20)],
    ],
    outside: [FRONT_MID_THIGH, ['the back of the thigh 5 cm above the knee crease', thigh(Y('patella_base_r') + 0.05, 180)]],
  },
  'vl-outer-thigh-knee': {
    inside: [OUTER_MID_THIGH, OUTER_KNEE, ['the outer edge of the kneecap', over('patella_base_r', [0.6, 0, 1], [0, -0.02, 0])]],
    outside: [INNER_MID_THIGH, ['the inner edge of the kneecap', over('patella_base_r', [0.6, 0, -1], [0, -0.02, 0])]],
  },
  'vl-hip-and-back-of-knee': {
    inside: [
      ['the outer thigh just below the greater trochanter', thigh(TROCHANTER - 0.04, 90)],
      ['behind the outer side of the knee', thigh(KNEE_Y + 0.02, 145)],
      ['the top of the outer calf', leg(down(0.1), 130)],
    ],
    outside: [INNER_KNEE, OUTER_MID_THIGH],
  },
  'gastrocnemius-instep': {
    inside: [
      ['the inner arch of the foot, a little behind its middle', innerArch(0.45)],
      ['the inner arch of the foot at its middle', innerArch(0.6)],
      ['the inner arch of the foot toward the ball of the big toe', innerArch(0.75)],
    ],
    outside: [BACK_OF_HEEL, TOP_OF_FOOT],
  },
  'gastrocnemius-calf-to-knee': {
    inside: [
      ['the back-inner calf halfway down', leg(down(0.5), 210)],
      ['the back-inner ankle above the heel', leg(down(0.85), 200)],
      ['the back of the knee', thigh(KNEE_Y + 0.02, 185)],
    ],
    outside: [SHIN, ['the outer side of the calf', leg(down(0.4), 90)]],
  },
  'gastrocnemius-back-of-knee': {
    inside: [BACK_OF_KNEE, ['the back of the knee just below the joint line', leg(KNEE_Y - 0.02, 180)], ['the back of the knee at the joint line, a little outward', thigh(KNEE_Y + 0.01, 160)]],
    outside: [KNEECAP, ['the middle of the calf', leg(down(0.5), 180)]],
  },
  'gastrocnemius-upper-calf': {
    inside: [
      ['the upper calf', leg(down(0.2), 180)],
      ['the upper calf on its inner side', leg(down(0.3), 220)],
      ['the upper calf on its outer side', leg(down(0.25), 140)],
    ],
    outside: [SHIN, ['the lower calf', leg(down(0.75), 180)]],
  },
  'soleus-heel': {
    inside: [
      BACK_OF_HEEL,
      ['the underside of the heel', over('heel_r', [0, -1, 0], [0.02, 0.03, 0])],
      ['where the back of the heel meets its underside', over('heel_r', [-0.7, -0.7, 0], [0.01, 0.02, 0])],
    ],
    outside: [TOP_OF_FOOT, ['the sole under the ball of the big toe', over('first_metatarsal_head_r', [0, -1, 0], [0, 0.015, 0])]],
  },
  'soleus-achilles': {
    inside: [
      ['the Achilles tendon above the heel', leg(down(0.85), 180)],
      ['the Achilles tendon just above the heel', leg(down(0.92), 180)],
      ['the lower end of the calf where the tendon begins', leg(down(0.8), 190)],
    ],
    outside: [['the middle of the calf', leg(down(0.4), 180)], ['the front of the ankle', leg(down(0.9), 0)]],
  },
  'soleus-upper-calf': {
    inside: [
      ['high on the back of the calf', leg(down(0.2), 180)],
      ['the back of the calf a third of the way down', leg(down(0.35), 180)],
      ['high on the back of the calf, a little inward', leg(down(0.25), 210)],
    ],
    outside: [['the lower calf', leg(down(0.75), 180)], SHIN],
  },
  'soleus-sacroiliac-joint': {
    inside: [OVER_SI_JOINT, ['over the sacroiliac joint at its middle', back(Y('sacroiliac_joint_r') - 0.01, 0.04)], ['1.5 cm below the dimple, 4.5 cm out', back(DIMPLE - 0.015, 0.045)]],
    outside: [['7 cm above the dimple, in the low back', back(DIMPLE + 0.07, 0.05)], ['the outer buttock at the dimple level, 13 cm out', back(DIMPLE - 0.03, 0.13)]],
  },
  'rectus-upper-thoracolumbar-band': {
    across: true,
    inside: [
      ['on the midline of the back, level with the lowest ribs', back(Y('rib12_medial_r'), 0)],
      ['8 cm right of the midline, level with the lowest ribs', back(Y('rib12_medial_r'), 0.08)],
      ['8 cm left of the midline, level with the lowest ribs', mirror(back(Y('rib12_medial_r'), 0.08))],
    ],
    outside: [BESIDE_L3_5CM, ['the side of the trunk at the tip of the 12th rib', flank(Y('rib12_tip_r'), -0.04)]],
  },
  'rectus-upper-epigastrium': {
    across: true,
    inside: [
      ['just below the tip of the breastbone', front(Y('xiphoid_process') - 0.03, 0)],
      ['the pit of the stomach, 3 cm right of the midline', front(EPIGASTRIUM, 0.03)],
      ['the pit of the stomach, 3 cm left of the midline', mirror(front(EPIGASTRIUM, 0.03))],
    ],
    outside: [['3 cm beside the navel', front(Y('umbilicus'), 0.03)], ['over the lower ribs 11 cm out', front(EPIGASTRIUM, 0.11)]],
  },
  'rectus-periumbilical-cramp': {
    across: true,
    inside: [
      NAVEL,
      ['3 cm above and 3 cm right of the navel', front(Y('umbilicus') + 0.03, 0.03)],
      ['3 cm below and 3 cm left of the navel', mirror(front(Y('umbilicus') - 0.03, 0.03))],
    ],
    outside: [['10 cm below the navel', front(Y('umbilicus') - 0.1, 0.02)], ['11 cm beside the navel', front(Y('umbilicus'), 0.11)]],
  },
  'rectus-lower-sacral-band': {
    across: true,
    inside: [
      ['on the midline at the level of the sacroiliac joints', back(Y('sacroiliac_joint_r'), 0)],
      ['8 cm right of the midline at the level of the sacroiliac joints', back(Y('sacroiliac_joint_r'), 0.08)],
      ['8 cm left of the midline at the level of the sacroiliac joints', mirror(back(Y('sacroiliac_joint_r'), 0.08))],
    ],
    outside: [['3 cm beside the L2 spinous process', back(Y('l2_spinous'), 0.03)], LOWER_BUTTOCK],
  },
  'rectus-lower-lower-belly': {
    across: true,
    inside: [
      ['on the midline 3 cm above the pubic bone', front(GROIN + 0.03, 0)],
      ['5 cm above the pubic bone, 3 cm right of the midline', front(GROIN + 0.05, 0.03)],
      ['5 cm above the pubic bone, 3 cm left of the midline', mirror(front(GROIN + 0.05, 0.03))],
    ],
    outside: [NAVEL, ['the lower belly just inside the ASIS, 10 cm out', front(Y('asis_r'), 0.1)]],
  },
  'rectus-mcburney-lower-quadrant': {
    inside: [
      ["McBurney's point: a third of the way from the ASIS to the navel", front(MCBURNEY[1], MCBURNEY[2])],
      ["2 cm above McBurney's point", front(MCBURNEY[1] + 0.02, MCBURNEY[2])],
      ["2 cm from McBurney's point toward the ASIS", front(MCBURNEY[1] - 0.01, MCBURNEY[2] + 0.015)],
    ],
    outside: [NAVEL, ['the groin beside the pubic tubercle, 4 cm out', front(GROIN, 0.04)]],
  },
  'obliques-heartburn': {
    across: true,
    inside: [
      ['just below the tip of the breastbone', front(Y('xiphoid_process') - 0.03, 0)],
      ['the pit of the stomach, 7 cm right of the midline', front(EPIGASTRIUM, 0.07)],
      ['the pit of the stomach, 4 cm left of the midline', mirror(front(EPIGASTRIUM, 0.04))],
    ],
    outside: [NAVEL, ['the lower belly above the pubic bone', front(GROIN + 0.04, 0.03)]],
  },
  'obliques-groin-testicle': {
    inside: [
      ['the groin just above the crease, 6 cm out', front(GROIN + 0.02, 0.06)],
      ['the front of the groin just outside the pubic tubercle (standing in for the testicle)', front(GROIN - 0.02, 0.04)],
      ['the groin halfway from the pubic tubercle to the ASIS', front(between(GROIN, 'asis_r', 0.5), 0.07)],
    ],
    outside: [['5 cm beside the navel', front(Y('umbilicus'), 0.05)], OVER_TROCHANTER],
  },
  'obliques-lower-belly': {
    inside: [
      ['the lower belly halfway from the ASIS level to the navel, 6 cm out', front(between('asis_r', 'umbilicus', 0.5), 0.06)],
      ['the lower belly 2 cm above the ASIS level, 10 cm out', front(Y('asis_r') + 0.02, 0.1)],
      ['2 cm below the navel, 3 cm out', front(Y('umbilicus') - 0.02, 0.03)],
    ],
    outside: [['6 cm above the navel, 5 cm out', front(Y('umbilicus') + 0.06, 0.05)], GROIN_6CM],
  },
  'internal-oblique-flank-ache': {
    inside: [
      ['the side of the waist midway between the iliac crest and the lowest rib', flank(between('iliac_crest_top_r', 'rib12_tip_r', 0.5), -0.04)],
      ['the side of the waist 3 cm above the iliac crest', flank(Y('iliac_crest_top_r') + 0.03, -0.02)],
      ['the side of the waist just below the lowest rib', flank(Y('rib12_tip_r') - 0.02, -0.06)],
    ],
    outside: [['5 cm beside the navel', front(Y('umbilicus'), 0.05)], BESIDE_L3_5CM],
  },
  'transversus-upper-band': {
    across: true,
    inside: [
      ['on the midline of the upper belly, between the lower edges of the ribs', front(between('costal_margin_low_r', 'costal_margin_8_r', 0.5), 0)],
      ['the upper belly 7 cm right of the midline, between the rib edges', front(between('costal_margin_low_r', 'costal_margin_8_r', 0.5), 0.07)],
      ['the upper belly 7 cm left of the midline, between the rib edges', mirror(front(between('costal_margin_low_r', 'costal_margin_8_r', 0.5), 0.07))],
    ],
    outside: [['4 cm below the navel', front(Y('umbilicus') - 0.04, 0.03)], ['the back at the same height, 5 cm out', back(between('costal_margin_low_r', 'costal_margin_8_r', 0.5), 0.05)]],
  },
};
