/**
 * Referral patterns of the vasti (Travell & Simons vol. 2, quadriceps chapter) and of the triceps surae
 * (gastrocnemius and soleus chapters). None is in shared/reference/referred-pain.md and the book figures
 * were not at hand: every zone is recalled (or uncertain where the memory is weak), never verified.
 */
import type { Pattern, Zone } from '../types';
import { LATERAL_KNEE, SI_JOINT_AREA } from './common';

type Citation = Zone['citations'][number];
const QUADRICEPS: Citation = { source: 'TS2', where: 'ch. 14 (quadriceps femoris)' };
const GASTROCNEMIUS: Citation = { source: 'TS2', where: 'ch. 21 (gastrocnemius)' };
const SOLEUS: Citation = { source: 'TS2', where: 'ch. 22 (soleus and plantaris)' };

export const VASTUS_MEDIALIS: Pattern = {
  id: 'vastus-medialis',
  label: 'Vastus medialis',
  muscles: ['vastus_medialis'],
  triggerPoints: ['vm-above-knee', 'vm-mid-thigh'],
  zones: [
    {
      id: 'vm-front-inner-knee',
      type: 'essential',
      description: 'The front of the knee and its inner side, around the inner edge of the kneecap.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [QUADRICEPS],
      regions: [
        { kind: 'patch', at: 'patella_base_r', radius: 0.04, offset: [0.018, -0.024, -0.012] },
        { kind: 'limb', limb: 'thigh', from: 0.84, to: 1, around: [275, 345] },
      ],
    },
    {
      id: 'vm-inner-front-thigh',
      type: 'spillover',
      description: 'A strip up the inner front of the thigh from the knee (from the upper trigger point).',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [QUADRICEPS],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.45, to: 0.84, around: [285, 340] }],
    },
  ],
  note: 'The knee may give way without much pain ("buckling knee"). Recalled from the book, not checked against its figure.',
};

export const VASTUS_INTERMEDIUS: Pattern = {
  id: 'vastus-intermedius',
  label: 'Vastus intermedius',
  muscles: ['vastus_intermedius'],
  triggerPoints: ['vi-mid-thigh'],
  zones: [
    {
      id: 'vi-front-mid-thigh',
      type: 'essential',
      description: 'Over the front of the thigh, strongest in its middle.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [QUADRICEPS],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.3, to: 0.75, around: [325, 45] }],
    },
    {
      id: 'vi-front-thigh-to-knee',
      type: 'spillover',
      description: 'Further down the front of the thigh toward the knee.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [QUADRICEPS],
      regions: [{ kind: 'limb', limb: 'thigh', from: 0.75, to: 0.9, around: [325, 45] }],
    },
  ],
  note: 'Its trigger points lie deep under rectus femoris and are easily missed. Recalled from the book, not checked against its figure.',
};

export const VASTUS_LATERALIS: Pattern = {
  id: 'vastus-lateralis',
  label: 'Vastus lateralis',
  muscles: ['vastus_lateralis'],
  triggerPoints: ['vl-above-knee', 'vl-mid-thigh', 'vl-back-of-knee', 'vl-proximal'],
  zones: [
    {
      id: 'vl-outer-thigh-knee',
      type: 'essential',
      description: 'Down the outer side of the thigh to the outer side of the knee and the outer edge of the kneecap.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [QUADRICEPS],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.2, to: 0.86, around: [60, 125] },
        ...LATERAL_KNEE,
        { kind: 'patch', at: 'patella_base_r', radius: 0.035, offset: [0.014, -0.022, 0.016] },
      ],
    },
    {
      id: 'vl-hip-and-back-of-knee',
      type: 'spillover',
      description:
        'Up the outer thigh to the hip, and behind the outer side of the knee into the top of the outer calf.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [QUADRICEPS],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.02, to: 0.2, around: [60, 125] },
        { kind: 'limb', limb: 'thigh', from: 0.86, to: 1, around: [125, 170] },
        { kind: 'limb', limb: 'leg', from: 0, to: 0.2, around: [100, 165] },
      ],
    },
  ],
  note: 'Several trigger points lie along the muscle; together they cover the whole outer thigh. Points beside the kneecap can hold it still ("stuck patella"). Recalled from the book, not checked against its figure.',
};

export const GASTROCNEMIUS_INSTEP: Pattern = {
  id: 'gastrocnemius-instep',
  label: 'Gastrocnemius, medial head (main trigger point)',
  muscles: ['gastrocnemius_medial'],
  triggerPoints: ['gastrocnemius-medial-belly'],
  zones: [
    {
      id: 'gastrocnemius-instep',
      type: 'essential',
      description: 'The instep: the inner arch of the foot on the same side.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [GASTROCNEMIUS],
      // The inner side of the arch up to the first metatarsal, from the sole round to halfway up the side.
      regions: [{ kind: 'limb', limb: 'foot', from: 0.3, to: 0.62, around: [195, 310] }],
    },
    {
      id: 'gastrocnemius-calf-to-knee',
      type: 'spillover',
      description: 'Up the back-inner ankle and calf to the back of the knee.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [GASTROCNEMIUS],
      regions: [
        { kind: 'limb', limb: 'leg', from: 0, to: 1, around: [160, 255] },
        { kind: 'limb', limb: 'thigh', from: 0.9, to: 1, around: [150, 220] },
      ],
    },
  ],
  note: 'Night cramps in the calf go with these trigger points. Recalled from the book, not checked against its figure.',
};

export const GASTROCNEMIUS_KNEE: Pattern = {
  id: 'gastrocnemius-knee',
  label: 'Gastrocnemius, points near the knee and in the lateral head',
  muscles: ['gastrocnemius_medial', 'gastrocnemius_lateral'],
  triggerPoints: ['gastrocnemius-medial-knee', 'gastrocnemius-lateral-knee', 'gastrocnemius-lateral-belly'],
  zones: [
    {
      id: 'gastrocnemius-back-of-knee',
      type: 'essential',
      description: 'Behind the knee.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [GASTROCNEMIUS],
      regions: [
        { kind: 'limb', limb: 'thigh', from: 0.88, to: 1, around: [140, 220] },
        { kind: 'limb', limb: 'leg', from: 0, to: 0.1, around: [140, 220] },
      ],
    },
    {
      id: 'gastrocnemius-upper-calf',
      type: 'spillover',
      description: 'Around the trigger points in the upper calf.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [GASTROCNEMIUS],
      regions: [{ kind: 'limb', limb: 'leg', from: 0.1, to: 0.4, around: [110, 250] }],
    },
  ],
  note: 'How far the lateral head’s pain spreads is not well described; the calf spill-over is uncertain.',
};

export const SOLEUS_HEEL: Pattern = {
  id: 'soleus-heel',
  label: 'Soleus, lowest trigger point',
  muscles: ['soleus'],
  triggerPoints: ['soleus-above-heel'],
  zones: [
    {
      id: 'soleus-heel',
      type: 'essential',
      description: 'The back and underside of the heel.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [SOLEUS],
      // The foot's axis runs along the sole from under the heel, so the back of the heel lies behind its
      // start (all the way round) and the underside below it.
      regions: [
        { kind: 'limb', limb: 'foot', from: -0.2, to: 0.02, around: [0, 360] },
        { kind: 'limb', limb: 'foot', from: 0.02, to: 0.2, around: [110, 250] },
      ],
    },
    {
      id: 'soleus-achilles',
      type: 'spillover',
      description: 'Up the Achilles tendon from the heel.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [SOLEUS],
      regions: [{ kind: 'limb', limb: 'leg', from: 0.78, to: 1.05, around: [150, 215] }],
    },
  ],
  note: 'Often taken for plantar fasciitis, a heel spur or Achilles tendinopathy. Recalled from the book, not checked against its figure.',
};

export const SOLEUS_UPPER: Pattern = {
  id: 'soleus-upper',
  label: 'Soleus, upper trigger point',
  muscles: ['soleus'],
  triggerPoints: ['soleus-upper'],
  zones: [
    {
      id: 'soleus-upper-calf',
      type: 'essential',
      description: 'High on the back of the calf.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [SOLEUS],
      regions: [{ kind: 'limb', limb: 'leg', from: 0.1, to: 0.45, around: [135, 225] }],
    },
  ],
};

export const SOLEUS_SACROILIAC: Pattern = {
  id: 'soleus-sacroiliac',
  label: 'Soleus, trigger point referring to the sacroiliac joint',
  muscles: ['soleus'],
  triggerPoints: ['soleus-sacroiliac'],
  zones: [
    {
      id: 'soleus-sacroiliac-joint',
      type: 'essential',
      description: 'Over the sacroiliac joint on the same side (rare).',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [SOLEUS],
      regions: [SI_JOINT_AREA],
    },
  ],
  note: 'A rare, distant pattern; where exactly this trigger point lies, and how often it refers there, are uncertain.',
};

export const KNEE_AND_CALF_PATTERNS: readonly Pattern[] = [
  VASTUS_MEDIALIS,
  VASTUS_INTERMEDIUS,
  VASTUS_LATERALIS,
  GASTROCNEMIUS_INSTEP,
  GASTROCNEMIUS_KNEE,
  SOLEUS_HEEL,
  SOLEUS_UPPER,
  SOLEUS_SACROILIAC,
];
