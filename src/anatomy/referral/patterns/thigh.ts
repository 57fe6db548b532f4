/**
 * Referral patterns of the thigh muscles: tensor fasciae latae, sartorius, rectus femoris, pectineus,
 * the adductors (longus with brevis, magnus with two trigger points, gracilis) and the hamstrings.
 */
import type { Pattern } from '../types';
import { cite, MEDIAL_KNEE, ts2 } from './common';

export const TENSOR_FASCIAE_LATAE: Pattern = {
  id: 'tensor-fasciae-latae',
  label: 'Tensor fasciae latae',
  muscles: ['tensor_fasciae_latae'],
  triggerPoints: ['tfl-trp1', 'tfl-trp2'],
  zones: [
    {
      id: 'tfl-hip-upper-thigh',
      type: 'essential',
      description:
        'Front-outer hip, centred on and slightly forward of the greater trochanter (felt as if inside the joint), and the upper front-outer thigh.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('tfl'), ...cite('DAV', 'TPT', 'NAT')],
      regions: [
        { kind: 'patch', at: 'greater_trochanter_r', radius: 0.045, offset: [0.03, -0.005, 0.03] },
        { kind: 'limb', limb: 'thigh', from: 0.02, to: 0.3, around: [30, 100] },
      ],
    },
    {
      id: 'tfl-outer-thigh',
      type: 'spillover',
      description: 'Down the outer and front-outer thigh toward, and sometimes as far as, the knee.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('tfl'), ...cite('DAV', 'NAT', 'FIN')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.3, to: 0.95, around: [40, 110] }],
    },
    {
      id: 'tfl-behind-hip',
      type: 'spillover',
      description:
        'Deep aching at the back of the hip, in the hollow from the sitting bone to the greater trochanter (Davies’ workbook; not found in the Trigger Point Manual’s description).',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: cite('DAV'),
      regions: [{ kind: 'patch', at: 'quadrate_tubercle_r', radius: 0.035, offset: [-0.08, 0, -0.01] }],
    },
  ],
  note: 'Easily taken for trochanteric bursitis. The ache behind the hip is from Davies’ workbook only: it cites no page of the manual for it, so it is drawn as uncertain spillover and cites only the workbook.',
};

export const SARTORIUS: Pattern = {
  id: 'sartorius',
  label: 'Sartorius',
  muscles: ['sartorius'],
  triggerPoints: ['sartorius-upper', 'sartorius-middle', 'sartorius-lower'],
  zones: [
    {
      id: 'sartorius-segments',
      type: 'essential',
      description:
        'Sharp or tingling pain in the skin, in short stretches along the muscle around each trigger point: upper front thigh, front-inner mid thigh, inner thigh above the knee.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('sartorius'), ...cite('NAT', 'ABD')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: -0.05, to: 0.2, around: [10, 65] },
        { kind: 'limb', limb: 'thigh', from: 0.36, to: 0.6, around: [295, 345] },
        { kind: 'limb', limb: 'thigh', from: 0.76, to: 0.92, around: [245, 295] },
      ],
    },
    {
      id: 'sartorius-course-medial-knee',
      type: 'spillover',
      description: 'Along the rest of its slanting course across the front of the thigh, to the inner knee.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('sartorius'), ...cite('NAT', 'ABD', 'AAMM')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.2, to: 0.36, around: [335, 35] },
        { kind: 'limb', limb: 'thigh', from: 0.6, to: 0.76, around: [270, 320] },
        ...MEDIAL_KNEE,
      ],
    },
  ],
  note: 'Superficial and sharp rather than a deep ache, and seldom felt inside the knee. The split between solid and stippled parts is not confirmed.',
};

export const RECTUS_FEMORIS: Pattern = {
  id: 'rectus-femoris',
  label: 'Rectus femoris',
  muscles: ['rectus_femoris'],
  triggerPoints: ['rf-proximal', 'rf-distal'],
  zones: [
    {
      id: 'rf-patella',
      type: 'essential',
      description: 'On and around the kneecap, and within the knee joint.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('quadriceps'), ...cite('NAMTPT', 'innerouterhealth')],
      // A ball over the middle of the kneecap; 5.5 cm reaches the skin round it and down over the patellar ligament.
      regions: [{ kind: 'patch', at: 'patella_base_r', radius: 0.055, offset: [0.018, -0.022, 0] }],
    },
    {
      id: 'rf-above-patella',
      type: 'spillover',
      description: 'The lower front of the thigh just above the kneecap.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('quadriceps'), ...cite('NAMTPT')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.68, to: 0.9, around: [320, 40] }],
    },
  ],
  note: 'The main trigger point is high at the front of the hip, far from where it hurts; a rarer one a little above the knee sends pain deep into the knee all round.',
};

export const PECTINEUS: Pattern = {
  id: 'pectineus',
  label: 'Pectineus',
  muscles: ['pectineus'],
  triggerPoints: ['pectineus-trp'],
  zones: [
    {
      id: 'pectineus-groin',
      type: 'essential',
      description:
        'A deep ache about 10 cm across in the groin, under the inguinal ligament; it may seem to come from inside the hip joint.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('pectineus'), ...cite('NAT', 'NAMTPT')],
      regions: [{ kind: 'patch', at: 'pecten_pubis_r', radius: 0.05, offset: [0.06, -0.013, 0.012] }],
    },
    {
      id: 'pectineus-anteromedial-thigh',
      type: 'spillover',
      description: 'A diffuse oval below it on the upper front-inner thigh.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('pectineus'), ...cite('NAT')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.1, to: 0.38, around: [285, 350] }],
    },
  ],
};

export const ADDUCTOR_LONGUS_BREVIS: Pattern = {
  id: 'adductor-longus-brevis',
  label: 'Adductor longus and adductor brevis',
  muscles: ['adductor_longus', 'adductor_brevis'],
  triggerPoints: ['adductor-longus-proximal', 'adductor-longus-distal', 'adductor-brevis-trp'],
  zones: [
    {
      id: 'adductor-longus-groin-thigh-knee',
      type: 'essential',
      description:
        'Deep in the groin and front of the hip (upper trigger points), the upper inner knee (lower ones), and the front-inner thigh between.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('adductors'), ...cite('aberdeen', 'robertson')],
      regions: [
        { kind: 'patch', at: 'pubic_tubercle_r', radius: 0.04, offset: [0.045, -0.015, 0.03] },
        { kind: 'limb', limb: 'thigh', from: 0, to: 0.86, around: [285, 340] },
        { kind: 'limb', limb: 'thigh', from: 0.78, to: 1, around: [240, 310] },
      ],
    },
    {
      id: 'adductor-longus-shin',
      type: 'spillover',
      description: 'Along the inner front of the shinbone, toward the ankle.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('adductors'), ...cite('aberdeen', 'robertson')],
      regions: [{ kind: 'limb', limb: 'leg', from: 0.05, to: 0.95, around: [300, 355] }],
    },
  ],
  note: 'Longus and brevis share one pattern in the book; brevis lies deeper, under longus. Together they are the commonest muscular source of groin pain.',
};

export const ADDUCTOR_MAGNUS_TRP1: Pattern = {
  id: 'adductor-magnus-trp1',
  label: 'Adductor magnus, trigger point 1 (mid thigh)',
  muscles: ['adductor_magnus'],
  triggerPoints: ['admag-trp1'],
  zones: [
    {
      id: 'admag1-groin-inner-thigh',
      type: 'essential',
      description:
        'Up into the groin, just below the inguinal ligament, and down the front-inner thigh nearly to the knee (stopping a few centimetres above the inner knee).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('adductors'), ...cite('aberdeen', 'painwhisperer')],
      regions: [
        // The groin faces forward more than the strip below it does.
        { kind: 'limb', limb: 'thigh', from: -0.04, to: 0.15, around: [265, 345] },
        { kind: 'limb', limb: 'thigh', from: 0.1, to: 0.84, around: [255, 325] },
      ],
    },
  ],
  note: 'Where it runs (the groin, then the front-inner thigh to just above the knee) is documented; that the whole strip is drawn solid is recalled from the figure. One recalled split makes the groin and the knee stippled; the knee itself is left out because the descriptions stop short of it.',
};

export const ADDUCTOR_MAGNUS_TRP2: Pattern = {
  id: 'adductor-magnus-trp2',
  label: 'Adductor magnus, trigger point 2 (near the sitting bone)',
  muscles: ['adductor_magnus'],
  triggerPoints: ['admag-trp2'],
  zones: [
    {
      id: 'admag2-intrapelvic',
      type: 'essential',
      description:
        'Inside the pelvis, diffuse or as a sudden sharp burst: at the pubic bone, vagina or rectum, perhaps the bladder. Only its skin projection is drawn, over the pubic symphysis and the perineum.',
      laterality: 'midline',
      evidence: 'verified',
      citations: [ts2('adductors'), ...cite('KENT', 'painwhisperer', 'triggerpointca', 'aberdeen')],
      regions: [
        { kind: 'patch', at: 'pubic_symphysis', radius: 0.035, offset: [0.037, 0.004, 0] },
        { kind: 'patch', at: 'perineum', radius: 0.035 },
      ],
    },
  ],
  note: 'The pain is felt inside the pelvis, which the skin cannot show; the patches over the pubis and perineum stand in for it.',
};

export const GRACILIS: Pattern = {
  id: 'gracilis',
  label: 'Gracilis',
  muscles: ['gracilis'],
  triggerPoints: ['gracilis-trp'],
  zones: [
    {
      id: 'gracilis-inner-thigh',
      type: 'essential',
      description:
        'Hot, stinging pain in the skin running up and down the inner thigh, mostly its upper and middle parts.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('adductors'), ...cite('ABD')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.05, to: 0.62, around: [240, 290] }],
    },
    {
      id: 'gracilis-toward-knee',
      type: 'spillover',
      description: 'Toward the inside of the knee.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ts2('adductors'), ...cite('ABD')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.62, to: 0.86, around: [240, 290] }, ...MEDIAL_KNEE],
    },
  ],
  note: 'Only the superficial inner-thigh pain is documented; how far it runs toward the knee, and the solid/stippled split, are not.',
};

export const MEDIAL_HAMSTRINGS: Pattern = {
  id: 'medial-hamstrings',
  label: 'Semitendinosus and semimembranosus',
  muscles: ['semitendinosus', 'semimembranosus'],
  triggerPoints: ['semitendinosus-trp', 'semimembranosus-trp'],
  zones: [
    {
      id: 'medial-hamstrings-gluteal-fold',
      type: 'essential',
      description: 'About 10 cm around the buttock crease: the lower buttock and the top of the back of the thigh.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('hamstrings'), ...cite('NAT', 'massagelibrary')],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.13, to: 0.4, around: [145, 235] }],
    },
    {
      id: 'medial-hamstrings-posteromedial',
      type: 'spillover',
      description:
        'Spreading down the back-inner thigh to the back and inside of the knee, and onto the top of the inner calf.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('hamstrings'), ...cite('massagelibrary', 'wellnessdigest', 'NAT')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.4, to: 1, around: [165, 240] },
        { kind: 'limb', limb: 'leg', from: 0, to: 0.35, around: [175, 245] },
      ],
    },
  ],
  note: 'Niel-Asher carries the back-inner pain down to the Achilles tendon; summaries based on Travell & Simons stop in the upper calf, which is what is drawn.',
};

export const BICEPS_FEMORIS: Pattern = {
  id: 'biceps-femoris',
  label: 'Biceps femoris (long and short heads)',
  muscles: ['biceps_femoris_long', 'biceps_femoris_short'],
  triggerPoints: ['biceps-femoris-long-trp', 'biceps-femoris-short-trp'],
  zones: [
    {
      id: 'biceps-femoris-back-of-knee',
      type: 'essential',
      description: 'The back of the knee, toward its outer side, about 10 cm across.',
      laterality: 'ipsilateral',
      evidence: 'verified',
      citations: [ts2('hamstrings'), ...cite('NAT', 'massagelibrary')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.85, to: 1, around: [130, 215] },
        { kind: 'limb', limb: 'leg', from: 0, to: 0.13, around: [130, 215] },
      ],
    },
    {
      id: 'biceps-femoris-thigh-calf',
      type: 'spillover',
      description: 'Up the back-outer thigh toward the buttock crease, and a short way down into the upper calf.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ts2('hamstrings'), ...cite('massagelibrary', 'NAT', 'painwhisperer')],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.3, to: 0.85, around: [115, 195] },
        { kind: 'limb', limb: 'leg', from: 0.13, to: 0.3, around: [140, 215] },
      ],
    },
  ],
};

export const THIGH_PATTERNS: readonly Pattern[] = [
  TENSOR_FASCIAE_LATAE,
  SARTORIUS,
  RECTUS_FEMORIS,
  PECTINEUS,
  ADDUCTOR_LONGUS_BREVIS,
  ADDUCTOR_MAGNUS_TRP1,
  ADDUCTOR_MAGNUS_TRP2,
  GRACILIS,
  MEDIAL_HAMSTRINGS,
  BICEPS_FEMORIS,
];
