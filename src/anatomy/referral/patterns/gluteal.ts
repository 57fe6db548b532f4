/**
 * Referral patterns of the buttock: gluteus maximus (three trigger points), gluteus medius (three),
 * gluteus minimus (its front and back parts), piriformis with the other short lateral rotators, and
 * the pelvic-floor pattern of obturator internus.
 */
import type { Pattern, Region } from '../types';
import { cite, LATERAL_KNEE, SACRUM_HALF, SI_JOINT_AREA, ts2, WHOLE_BUTTOCK } from './common';

/** The posterior iliac crest, from the dimple (PSIS) up and out along the crest. */
const POSTERIOR_CREST: Region[] = [
  { kind: 'patch', at: 'psis_r', radius: 0.03, offset: [-0.018, 0.004, 0.002] },
  { kind: 'patch', at: 'iliac_crest_posterior_r', radius: 0.035, offset: [-0.018, 0, 0.014] },
];

/** The whole iliac crest of one side, back to front, as a chain of patches on the skin over it. */
const ILIAC_CREST: Region[] = [
  ...POSTERIOR_CREST,
  { kind: 'patch', at: 'iliac_crest_top_r', radius: 0.035, offset: [0, 0, 0.027] },
  { kind: 'patch', at: 'iliac_tubercle_r', radius: 0.03, offset: [0.004, 0, 0.025] },
];

export const GLUTEUS_MAXIMUS_TRP1: Pattern = {
  id: 'gluteus-maximus-trp1',
  label: 'Gluteus maximus, trigger point 1',
  muscles: ['gluteus_maximus'],
  triggerPoints: ['gmax-trp1'],
  zones: [
    {
      id: 'gmax1-cleft-crescent',
      type: 'essential',
      description:
        'A crescent beside the cleft between the buttocks, from the sacroiliac joint down to just above the buttock crease.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('gluteusMaximus'), ...cite('BRS')],
      regions: [
        SI_JOINT_AREA,
        { kind: 'trunk', from: 'ischial_tuberosity_r', to: 'psis_r', lateral: [0.006, 0.045], facing: 'posterior' },
      ],
    },
    {
      id: 'gmax1-upper-back-thigh',
      type: 'spillover',
      description: 'A short way onto the top of the back of the thigh.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('gluteusMaximus'), ...cite('BRS')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.22, to: 0.4, around: [160, 235] }],
    },
  ],
};

export const GLUTEUS_MAXIMUS_TRP2: Pattern = {
  id: 'gluteus-maximus-trp2',
  label: 'Gluteus maximus, trigger point 2',
  muscles: ['gluteus_maximus'],
  triggerPoints: ['gmax-trp2'],
  zones: [
    {
      id: 'gmax2-whole-buttock',
      type: 'essential',
      description:
        'All of the buttock, plus the lower part of the sacrum and, toward the outside, up to just under the iliac crest; the anus and the coccyx are left out.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('gluteusMaximus'), ...cite('BRS')],
      regions: [
        WHOLE_BUTTOCK,
        { kind: 'trunk', from: 'sacral_hiatus', to: 's2_tubercle', lateral: [0, 0.03], facing: 'posterior' },
      ],
    },
  ],
  note: 'The pattern stays in the buttock; no spillover beyond it is described.',
};

export const GLUTEUS_MAXIMUS_TRP3: Pattern = {
  id: 'gluteus-maximus-trp3',
  label: 'Gluteus maximus, trigger point 3',
  muscles: ['gluteus_maximus'],
  triggerPoints: ['gmax-trp3'],
  zones: [
    {
      id: 'gmax3-coccyx',
      type: 'essential',
      description: 'Over the coccyx, in the midline (one cause of coccyx pain).',
      laterality: 'midline',
      evidence: 'verified',
      citations: [ts2('gluteusMaximus'), ...cite('BRS')],
      regions: [{ kind: 'patch', at: 'coccyx_tip', radius: 0.035, offset: [-0.02, 0.008, 0] }],
    },
  ],
};

export const GLUTEUS_MEDIUS_TRP1: Pattern = {
  id: 'gluteus-medius-trp1',
  label: 'Gluteus medius, trigger point 1 (posterior)',
  muscles: ['gluteus_medius'],
  triggerPoints: ['gmed-trp1'],
  zones: [
    {
      id: 'gmed1-crest-si-sacrum',
      type: 'essential',
      description: 'Along the back of the iliac crest, over the sacroiliac joint and onto the sacrum.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMedius'), ...cite('BRS', 'NAMTPT')],
      regions: [...POSTERIOR_CREST, SI_JOINT_AREA, SACRUM_HALF],
    },
    {
      id: 'gmed1-upper-buttock',
      type: 'spillover',
      description: 'Over the upper and middle buttock.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMedius'), ...cite('NAMTPT')],
      regions: [
        { kind: 'trunk', from: 'greater_trochanter_r', to: 'psis_r', lateral: [0.035, 0.13], facing: 'posterior' },
      ],
    },
  ],
};

export const GLUTEUS_MEDIUS_TRP2: Pattern = {
  id: 'gluteus-medius-trp2',
  label: 'Gluteus medius, trigger point 2 (middle)',
  muscles: ['gluteus_medius'],
  triggerPoints: ['gmed-trp2'],
  zones: [
    {
      id: 'gmed2-lateral-buttock',
      type: 'essential',
      description: 'The outer and middle buttock.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMedius'), ...cite('BRS', 'NAMTPT')],
      regions: [
        {
          kind: 'trunk',
          from: 'ischial_tuberosity_r',
          to: 'iliac_crest_posterior_r',
          lateral: [0.07, 0.175],
          facing: 'posterior',
        },
      ],
    },
    {
      id: 'gmed2-posterolateral-thigh',
      type: 'spillover',
      description: 'The top of the thigh, behind and to the outer side.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMedius'), ...cite('NAMTPT')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.2, to: 0.45, around: [105, 185] }],
    },
  ],
};

/** The lower lumbar spine and the sacrum on one side: from the sacral hiatus up to L4, out to 7 cm. */
const LUMBOSACRAL_HALF: Region = { kind: 'trunk', from: 'sacral_hiatus', to: 'l4_spinous', lateral: [0, 0.07], facing: 'posterior' };

export const GLUTEUS_MEDIUS_TRP3: Pattern = {
  id: 'gluteus-medius-trp3',
  label: 'Gluteus medius, trigger point 3 (anterior)',
  muscles: ['gluteus_medius'],
  triggerPoints: ['gmed-trp3'],
  zones: [
    {
      id: 'gmed3-crest-lumbosacral',
      type: 'essential',
      description: 'Along the iliac crest on the same side, and over the lower lumbar spine and sacrum on that side.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('gluteusMedius')],
      regions: [...ILIAC_CREST, LUMBOSACRAL_HALF],
    },
    {
      id: 'gmed3-other-side',
      type: 'spillover',
      description: 'Perhaps the same on the other side too: the other iliac crest and the other half of the low back.',
      laterality: 'bilateral',
      evidence: 'uncertain',
      citations: [ts2('gluteusMedius')],
      regions: [...ILIAC_CREST, LUMBOSACRAL_HALF],
    },
  ],
  note: 'Uncertain. The spread to both sides is recalled from the book and not checked against its figure, so the other side is drawn stippled, not solid. One set of student notes gives this trigger point pain over the sacrum, coccyx and buttock cleft instead.',
};

export const GLUTEUS_MINIMUS_ANTERIOR: Pattern = {
  id: 'gluteus-minimus-anterior',
  label: 'Gluteus minimus, anterior part',
  muscles: ['gluteus_minimus'],
  triggerPoints: ['gmin-anterior'],
  zones: [
    {
      id: 'gmin-ant-buttock-thigh',
      type: 'essential',
      description: 'Lower outer buttock and the outer side of the thigh.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMinimus'), ...cite('PFH', 'NAMTPT', 'KENT')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: -0.08, to: 0.25, around: [105, 165] },
        { kind: 'limb', limb: 'thigh', from: 0.05, to: 0.86, around: [65, 115] },
      ],
    },
    {
      id: 'gmin-ant-lateral-knee',
      type: 'spillover',
      description: 'The outer side of the knee, between the thigh and leg parts of the pattern.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('gluteusMinimus'), ...cite('PFH', 'knowledgebuilders')],
      regions: LATERAL_KNEE,
    },
    {
      id: 'gmin-ant-peroneal-line',
      type: 'essential',
      description: 'Down the outer leg over the fibula, from below the knee to the ankle.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMinimus'), ...cite('PFH', 'NAMTPT')],
      regions: [{ kind: 'limb', limb: 'leg', from: 0.1, to: 1, around: [68, 112] }],
    },
    {
      id: 'gmin-ant-dorsum-foot',
      type: 'spillover',
      description: 'Rarely, onto the top of the foot.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('gluteusMinimus'), ...cite('PFH')],
      regions: [{ kind: 'patch', at: 'fifth_metatarsal_head_r', radius: 0.04, offset: [0, 0.035, -0.034] }],
    },
  ],
  note: 'A "pseudo-sciatica" pattern. Where it runs is well documented; which stretches the figure draws solid is recalled. Sources differ on the knee: one that follows the book closely includes the outer knee, another says the pattern skips it, so the knee is drawn as uncertain spillover.',
};

export const GLUTEUS_MINIMUS_POSTERIOR: Pattern = {
  id: 'gluteus-minimus-posterior',
  label: 'Gluteus minimus, posterior part',
  muscles: ['gluteus_minimus'],
  triggerPoints: ['gmin-posterior'],
  zones: [
    {
      id: 'gmin-post-buttock',
      type: 'essential',
      description:
        'Most of the buttock: from the buttock crease up to the level of the dimples, and from the cleft out to its outer part (the strip just under the iliac crest and the side of the hip are spared).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('gluteusMinimus'), ...cite('PFH', 'NAMTPT')],
      regions: [{ kind: 'trunk', from: 'gluteal_fold_r', to: 'psis_r', lateral: [0.02, 0.13], facing: 'posterior' }],
    },
    {
      id: 'gmin-post-thigh-calf',
      type: 'essential',
      description: 'Down the middle of the back of the thigh and onto the calf.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('gluteusMinimus'), ...cite('PFH', 'NAMTPT')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.2, to: 1, around: [150, 210] },
        { kind: 'limb', limb: 'leg', from: 0, to: 0.5, around: [145, 215] },
      ],
    },
    {
      id: 'gmin-post-lower-calf',
      type: 'spillover',
      description: 'Lower calf, toward the ankle.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('gluteusMinimus'), ...cite('PFH')],
      regions: [{ kind: 'limb', limb: 'leg', from: 0.5, to: 0.85, around: [145, 215] }],
    },
  ],
  note: 'The sources place this pattern on the buttock, the back of the thigh and the calf; that it covers most of the buttock, not only its lower inner part, is recalled from the figure, not checked. How far down the calf the pain reaches is not confirmed.',
};

export const PIRIFORMIS: Pattern = {
  id: 'piriformis',
  label: 'Piriformis and the other short lateral rotators',
  muscles: [
    'piriformis',
    'gemellus_superior',
    'obturator_internus',
    'gemellus_inferior',
    'obturator_externus',
    'quadratus_femoris',
  ],
  triggerPoints: [
    'piriformis-lateral',
    'piriformis-medial',
    'gemellus-superior-trp',
    'obturator-internus-external',
    'gemellus-inferior-trp',
    'obturator-externus-trp',
    'quadratus-femoris-trp',
  ],
  zones: [
    {
      id: 'piriformis-si-buttock-hip',
      type: 'essential',
      description:
        'From the sacroiliac joint across the buttock to the back of the hip joint, behind the greater trochanter.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('piriformis'), ...cite('NAMTPT', 'TPT')],
      regions: [
        SI_JOINT_AREA,
        {
          kind: 'trunk',
          from: 'quadrate_tubercle_r',
          to: 'greater_sciatic_notch_r',
          lateral: [0.03, 0.16],
          facing: 'posterior',
        },
      ],
    },
    {
      id: 'piriformis-back-thigh',
      type: 'spillover',
      description: 'The upper two-thirds of the back of the thigh, from the buttock crease two-thirds of the way to the back of the knee.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('piriformis'), ...cite('NAMTPT')],
      // The crease lies about a quarter of the way from the hip joint to the knee (0.26), so two-thirds of
      // the back of the thigh below it ends at about 0.76 of the femur's length.
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.24, to: 0.76, around: [145, 215] }],
    },
  ],
  note: 'Travell and Simons state that the gemelli, the obturators and quadratus femoris have patterns not told apart from that of piriformis, so they share this one. Pressure of the muscle on the sciatic, gluteal or pudendal nerves can add tingling or pain down the leg or in the perineum; that is nerve entrapment, not referred pain, and is not drawn.',
};

export const OBTURATOR_INTERNUS_PELVIC: Pattern = {
  id: 'obturator-internus-pelvic',
  label: 'Obturator internus, inside the pelvis',
  muscles: ['obturator_internus'],
  triggerPoints: ['obturator-internus-intrapelvic'],
  zones: [
    {
      id: 'obturator-internus-anococcygeal',
      type: 'essential',
      description:
        'Toward the anus and coccyx, and inside the vagina; drawn on the skin in the midline from the coccyx to the perineum.',
      laterality: 'midline',
      evidence: 'uncertain',
      citations: [ts2('pelvicFloor'), ...cite('AAMM')],
      regions: [
        { kind: 'patch', at: 'coccyx_tip', radius: 0.03, offset: [-0.008, -0.028, 0] },
        // The anus, between the two.
        { kind: 'patch', at: 'coccyx_tip', radius: 0.025, offset: [0.017, -0.07, 0] },
        { kind: 'patch', at: 'perineum', radius: 0.025 },
      ],
    },
    {
      id: 'obturator-internus-upper-back-thigh',
      type: 'spillover',
      description: 'Sometimes the top of the back of the thigh.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('pelvicFloor')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.2, to: 0.4, around: [150, 220] }],
    },
  ],
  note: 'Recalled, not checked: discussed with the pelvic-floor muscles, whose patterns it overlaps. From outside, obturator internus shares the piriformis pattern.',
};

export const GLUTEAL_PATTERNS: readonly Pattern[] = [
  GLUTEUS_MAXIMUS_TRP1,
  GLUTEUS_MAXIMUS_TRP2,
  GLUTEUS_MAXIMUS_TRP3,
  GLUTEUS_MEDIUS_TRP1,
  GLUTEUS_MEDIUS_TRP2,
  GLUTEUS_MEDIUS_TRP3,
  GLUTEUS_MINIMUS_ANTERIOR,
  GLUTEUS_MINIMUS_POSTERIOR,
  PIRIFORMIS,
  OBTURATOR_INTERNUS_PELVIC,
];
