/**
 * Referral patterns of the low back and deep flank: iliopsoas (psoas major with iliacus), psoas minor,
 * quadratus lumborum, and three of the long back muscles: multifidus, longissimus thoracis and iliocostalis lumborum.
 */
import type { Pattern, Region } from '../types';
import { cite, LOWER_BUTTOCK, SACRUM_HALF, SI_JOINT_AREA, ts1Paraspinals, ts2 } from './common';

/**
 * The iliopsoas back strip: right beside the spinous processes (from about a centimetre off the midline,
 * where the skin over the tips ends) out to about 7 cm, from T12 down to the sacrum.
 */
const PARASPINAL_STRIP: Region = {
  kind: 'trunk',
  from: 't12_spinous',
  to: 's2_tubercle',
  lateral: [0.012, 0.07],
  facing: 'posterior',
};

/** The back part of the iliopsoas pattern: the strip, ending over the sacroiliac joint. */
const ILIOPSOAS_BACK: Region[] = [PARASPINAL_STRIP, SI_JOINT_AREA];

export const ILIOPSOAS: Pattern = {
  id: 'iliopsoas',
  label: 'Iliopsoas (psoas major and iliacus)',
  muscles: ['psoas_major', 'iliacus'],
  triggerPoints: ['psoas-abdominal', 'iliopsoas-distal', 'iliacus-fossa'],
  zones: [
    {
      id: 'iliopsoas-lumbar-strip',
      type: 'essential',
      description:
        'Vertical strip on the same side of the low back, right beside the spinous processes and out to about 7 cm, from T12 down to the sacrum and sacroiliac joint.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('iliopsoas'), ...cite('NAMTPT', 'NAT', 'TPT')],
      regions: ILIOPSOAS_BACK,
    },
    {
      id: 'iliopsoas-upper-thigh',
      type: 'essential',
      description: 'Front and inner front of the upper thigh, just under the groin crease (inguinal ligament).',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('iliopsoas'), ...cite('NAMTPT', 'aberdeen')],
      regions: [{ kind: 'limb', limb: 'thigh', from: -0.04, to: 0.28, around: [295, 30] }],
    },
    {
      id: 'iliopsoas-upper-buttock',
      type: 'spillover',
      description: 'Upper inner buttock, just below and beside the sacroiliac joint.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('iliopsoas'), ...cite('contemporaryobgyn')],
      regions: [
        { kind: 'trunk', from: 'greater_sciatic_notch_r', to: 'psis_r', lateral: [0.03, 0.095], facing: 'posterior' },
      ],
    },
    {
      id: 'iliopsoas-front-thigh',
      type: 'spillover',
      description: 'Further down the front of the thigh, toward its middle.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('iliopsoas'), ...cite('NAMTPT')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.28, to: 0.55, around: [310, 40] }],
    },
  ],
  note: 'Travell and Simons give psoas major and iliacus one combined pattern. People tend to show it by running a hand vertically alongside the lumbar spine. Some secondary sources add pain low in the abdomen; that is not drawn. How far the pain spreads down the front of the thigh is not confirmed.',
};

export const PSOAS_MINOR: Pattern = {
  id: 'psoas-minor-assumed',
  label: 'Psoas minor (assumed, as iliopsoas)',
  muscles: ['psoas_minor'],
  triggerPoints: [],
  zones: [
    {
      id: 'psoas-minor-lumbar-strip',
      type: 'essential',
      description:
        'Assumed: the back strip of the iliopsoas, on the same side, right beside the spinous processes from T12 down to the sacrum.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('iliopsoas')],
      regions: ILIOPSOAS_BACK,
    },
  ],
  note: 'Assumed. No separate Travell & Simons pattern for psoas minor was found; the book discusses it with the iliopsoas. We show the back strip of the iliopsoas pattern, marked uncertain, and not its thigh zone, because psoas minor does not reach the thigh.',
};

export const QUADRATUS_LUMBORUM_SUPERFICIAL: Pattern = {
  id: 'quadratus-lumborum-superficial',
  label: 'Quadratus lumborum, superficial (lateral) trigger points',
  muscles: ['quadratus_lumborum'],
  triggerPoints: ['ql-superficial-upper', 'ql-superficial-lower'],
  zones: [
    {
      id: 'ql-iliac-crest',
      type: 'essential',
      description:
        'A band following the iliac crest from the back of the flank round to the side (upper lateral point).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('quadratusLumborum'), ...cite('RH', 'GAL')],
      regions: [
        { kind: 'patch', at: 'iliac_crest_posterior_r', radius: 0.035, offset: [-0.018, 0, 0.014] },
        { kind: 'patch', at: 'iliac_crest_top_r', radius: 0.035, offset: [-0.043, -0.008, 0.003] },
        { kind: 'patch', at: 'iliac_crest_top_r', radius: 0.04, offset: [0, 0, 0.027] },
        { kind: 'patch', at: 'iliac_tubercle_r', radius: 0.035, offset: [0.004, 0, 0.025] },
      ],
    },
    {
      id: 'ql-greater-trochanter',
      type: 'essential',
      description:
        'Over the greater trochanter, the bony point of the outer hip; often sore to lie on (lower lateral point).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('quadratusLumborum'), ...cite('RH', 'GAL', 'BRS')],
      regions: [{ kind: 'patch', at: 'greater_trochanter_r', radius: 0.045, offset: [0, -0.005, 0.032] }],
    },
    {
      id: 'ql-lower-abdomen-groin',
      type: 'spillover',
      description:
        'The lower abdomen just inside the front of the iliac crest, and the groin below it: the outer part, 6 cm or more from the midline, up to the height of the crest.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('quadratusLumborum'), ...cite('GAL', 'RH')],
      regions: [
        { kind: 'trunk', from: 'pubic_tubercle_r', to: 'iliac_crest_top_r', lateral: [0.06, 0.15], facing: 'anterior' },
      ],
    },
    {
      id: 'ql-outer-thigh',
      type: 'spillover',
      description: 'Outer side of the upper thigh, just below the trochanter.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('quadratusLumborum'), ...cite('RH')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.08, to: 0.32, around: [60, 120] }],
    },
    {
      id: 'ql-lightning-line',
      type: 'spillover',
      description: 'Rare: a lightning-like line down the front-outer thigh, from near the ASIS to the outer kneecap.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('quadratusLumborum'), ...cite('NAMTPT')],
      regions: [{ kind: 'limb', limb: 'thigh', from: -0.1, to: 0.96, around: [30, 50] }],
    },
  ],
  note: 'Where each trigger point sends its pain follows the book figure as described in the sources; which parts are solid and which stippled is recalled. The rare lightning line (and pain in the testicle or scrotum, not drawn) is not tied to a particular trigger point in the sources; it is placed here by assumption.',
};

export const QUADRATUS_LUMBORUM_DEEP: Pattern = {
  id: 'quadratus-lumborum-deep',
  label: 'Quadratus lumborum, deep (medial) trigger points',
  muscles: ['quadratus_lumborum'],
  triggerPoints: ['ql-deep-upper', 'ql-deep-lower'],
  zones: [
    {
      id: 'ql-sacroiliac',
      type: 'essential',
      description: 'Over the sacroiliac joint (upper deep point).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('quadratusLumborum'), ...cite('RH', 'GAL', 'BRS')],
      regions: [SI_JOINT_AREA],
    },
    {
      id: 'ql-lower-buttock',
      type: 'essential',
      description: 'Lower part of the buttock (lower deep point).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('quadratusLumborum'), ...cite('RH', 'GAL')],
      regions: [LOWER_BUTTOCK],
    },
    {
      id: 'ql-across-sacrum',
      type: 'spillover',
      description: 'With deep points active on both sides: a band across the upper sacrum.',
      laterality: 'midline',
      evidence: 'recalled',
      citations: [ts2('quadratusLumborum')],
      regions: [
        { kind: 'trunk', from: 's2_tubercle', to: 'iliac_crest_posterior_r', lateral: [0, 0.05], facing: 'posterior' },
      ],
    },
  ],
  note: 'The band across the sacrum belongs to deep trigger points on both sides at once; it is recalled, not checked against the figure.',
};

export const ILIOCOSTALIS_LUMBORUM: Pattern = {
  id: 'iliocostalis-lumborum',
  label: 'Iliocostalis lumborum (trigger point at L1)',
  muscles: ['iliocostalis_lumborum'],
  triggerPoints: ['iliocostalis-l1'],
  zones: [
    {
      id: 'iliocostalis-mid-buttock',
      type: 'essential',
      description: 'Sent well downward, to the middle of the buttock on the same side.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('NAMTPT', 'BRS')],
      regions: [
        {
          kind: 'trunk',
          from: 'coccyx_tip',
          to: 'greater_sciatic_notch_r',
          lateral: [0.045, 0.13],
          facing: 'posterior',
        },
      ],
    },
    {
      id: 'iliocostalis-lower-abdomen',
      type: 'spillover',
      description: 'Now and then, the lower abdomen on the same side.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('BRS', 'NAMTPT')],
      regions: [
        { kind: 'trunk', from: 'pubic_tubercle_r', to: 'umbilicus', lateral: [0.02, 0.11], facing: 'anterior' },
      ],
    },
  ],
  note: 'Where the pain goes is documented; which part the figure draws solid and which stippled is not settled for the paraspinal muscles, so every zone is marked uncertain.',
};

export const LONGISSIMUS_THORACIS: Pattern = {
  id: 'longissimus-thoracis',
  label: 'Longissimus thoracis (low thoracic to L1)',
  muscles: ['longissimus_thoracis'],
  triggerPoints: ['longissimus-trp'],
  zones: [
    {
      id: 'longissimus-low-buttock',
      type: 'essential',
      description:
        'Several segments below the trigger point: the buttock next to the sacrum, from the sacroiliac area down into its lower part.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('NAMTPT')],
      regions: [
        { kind: 'trunk', from: 'coccyx_tip', to: 'psis_r', lateral: [0.025, 0.09], facing: 'posterior' },
        SI_JOINT_AREA,
      ],
    },
  ],
  note: 'The location is documented; the solid/stippled split for the paraspinal muscles is not, so the zone is marked uncertain.',
};

export const MULTIFIDUS_LUMBAR: Pattern = {
  id: 'multifidus-lumbar',
  label: 'Multifidus, lumbar levels (drawn for a trigger point at L1)',
  muscles: ['multifidus_lumborum'],
  triggerPoints: ['multifidus-l1'],
  zones: [
    {
      id: 'multifidus-spinous-processes',
      type: 'essential',
      description:
        'Over the spinous processes at the level of the trigger point and a few segments below (L1 to L4 here).',
      laterality: 'midline',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('NAMTPT', 'NAT', 'BRS')],
      regions: [{ kind: 'trunk', from: 'l1_spinous', to: 'l4_spinous', lateral: [0, 0.025], facing: 'posterior' }],
    },
    {
      id: 'multifidus-upper-abdomen',
      type: 'spillover',
      description: 'The front of the abdomen on the same side; from L1, its upper quadrant.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('BRS', 'NAT', 'NAMTPT')],
      regions: [{ kind: 'trunk', from: 'umbilicus', to: 'costal_margin_r', lateral: [0.01, 0.1], facing: 'anterior' }],
    },
  ],
  note: 'Sources differ on the multifidus. Most put the pain on the midline bumps of the spine, level with the trigger point or up to a few segments lower; lumbar levels can also refer to the front of the abdomen. A trigger point at any other lumbar level gives the same pattern shifted to that level. The solid/stippled split is not settled, so the zones are marked uncertain.',
};

export const MULTIFIDUS_SACRAL: Pattern = {
  id: 'multifidus-sacral',
  label: 'Multifidus, S1 level',
  muscles: ['multifidus_lumborum'],
  triggerPoints: ['multifidus-s1'],
  zones: [
    {
      id: 'multifidus-coccyx',
      type: 'essential',
      description: 'Over the coccyx (a cause of coccyx pain).',
      laterality: 'midline',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('NAT')],
      regions: [{ kind: 'patch', at: 'coccyx_tip', radius: 0.035, offset: [-0.02, 0.008, 0] }],
    },
    {
      id: 'multifidus-s1-buttock-thigh',
      type: 'spillover',
      description: 'Other account (Brainscape cards): the low back, the buttock and the top of the hamstrings.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts1Paraspinals, ...cite('BRS')],
      regions: [
        SACRUM_HALF,
        { kind: 'trunk', from: 'gluteal_fold_r', to: 'psis_r', lateral: [0.025, 0.12], facing: 'posterior' },
        { kind: 'limb', limb: 'thigh', from: 0.2, to: 0.42, around: [150, 220] },
      ],
    },
  ],
  note: 'Sources disagree about S1: the coccyx (recalled from Travell & Simons, and Niel-Asher) versus the low back, buttock and upper hamstring area (Brainscape cards). Both are shown, the second as spillover; both are uncertain. The S4 level (pain over the lower sacrum) has no trigger point in the facts and is not drawn.',
};

export const LOW_BACK_PATTERNS: readonly Pattern[] = [
  ILIOPSOAS,
  PSOAS_MINOR,
  QUADRATUS_LUMBORUM_SUPERFICIAL,
  QUADRATUS_LUMBORUM_DEEP,
  ILIOCOSTALIS_LUMBORUM,
  LONGISSIMUS_THORACIS,
  MULTIFIDUS_LUMBAR,
  MULTIFIDUS_SACRAL,
];
