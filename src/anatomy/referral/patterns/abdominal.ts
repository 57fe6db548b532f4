/**
 * Referral patterns of the abdominal wall (Travell & Simons vol. 1, ch. 49): rectus abdominis (upper,
 * beside the navel, lower, and the point at McBurney's), the obliques (upper and lower lateral wall) and
 * transversus abdominis. None is in shared/reference/referred-pain.md and the figures were not at hand:
 * every zone is recalled or uncertain, never verified. Pain felt inside the abdomen (fullness, heartburn,
 * colic) is drawn on the skin over it.
 */
import type { Pattern, Zone } from '../types';

const ABDOMINAL: Zone['citations'][number] = { source: 'TS1', where: 'ch. 49 (abdominal muscles)' };

export const RECTUS_ABDOMINIS_UPPER: Pattern = {
  id: 'rectus-abdominis-upper',
  label: 'Rectus abdominis, upper end',
  muscles: ['rectus_abdominis'],
  triggerPoints: ['rectus-upper'],
  zones: [
    {
      id: 'rectus-upper-thoracolumbar-band',
      type: 'essential',
      description:
        'A horizontal band across the back at the level of the lowest ribs (the thoracolumbar junction), on both sides.',
      laterality: 'bilateral',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [{ kind: 'trunk', from: 'l1_spinous', to: 'rib10_angle_r', lateral: [0, 0.14], facing: 'posterior' }],
    },
    {
      id: 'rectus-upper-epigastrium',
      type: 'spillover',
      description: 'The upper belly below the breastbone: fullness, heartburn or nausea rather than pain.',
      laterality: 'midline',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [
        { kind: 'trunk', from: 'costal_margin_9_r', to: 'xiphoid_process', lateral: [0, 0.06], facing: 'anterior' },
      ],
    },
  ],
};

export const RECTUS_ABDOMINIS_PERIUMBILICAL: Pattern = {
  id: 'rectus-abdominis-periumbilical',
  label: 'Rectus abdominis, beside the navel',
  muscles: ['rectus_abdominis'],
  triggerPoints: ['rectus-periumbilical'],
  zones: [
    {
      id: 'rectus-periumbilical-cramp',
      type: 'essential',
      description: 'Cramping, colicky pain in the belly around the navel.',
      laterality: 'midline',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [{ kind: 'patch', at: 'umbilicus', radius: 0.065 }],
    },
  ],
};

export const RECTUS_ABDOMINIS_LOWER: Pattern = {
  id: 'rectus-abdominis-lower',
  label: 'Rectus abdominis, lower end',
  muscles: ['rectus_abdominis'],
  triggerPoints: ['rectus-lower'],
  zones: [
    {
      id: 'rectus-lower-sacral-band',
      type: 'essential',
      description: 'A horizontal band across the low back at the level of the sacroiliac joints, on both sides.',
      laterality: 'bilateral',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [{ kind: 'trunk', from: 's2_tubercle', to: 'l5_spinous', lateral: [0, 0.12], facing: 'posterior' }],
    },
    {
      id: 'rectus-lower-lower-belly',
      type: 'spillover',
      description: 'The lower belly above the pubic bone (it may add to painful periods).',
      laterality: 'midline',
      evidence: 'uncertain',
      citations: [ABDOMINAL],
      regions: [{ kind: 'trunk', from: 'pubic_tubercle_r', to: 'asis_r', lateral: [0, 0.06], facing: 'anterior' }],
    },
  ],
};

export const RECTUS_ABDOMINIS_MCBURNEY: Pattern = {
  id: 'rectus-abdominis-mcburney',
  label: 'Rectus abdominis, lower outer edge',
  muscles: ['rectus_abdominis'],
  triggerPoints: ['rectus-mcburney'],
  zones: [
    {
      id: 'rectus-mcburney-lower-quadrant',
      type: 'essential',
      description: 'The lower outer belly on the same side; on the right it can imitate appendicitis.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ABDOMINAL],
      regions: [{ kind: 'patch', at: 'asis_r', radius: 0.04, offset: [0.035, 0.045, -0.041] }],
    },
  ],
  note: 'Described at McBurney’s point on the right; the same site on the left is drawn by symmetry. Appendicitis must be excluded by a clinician.',
};

export const OBLIQUES_UPPER: Pattern = {
  id: 'obliques-upper',
  label: 'External oblique, over the lower ribs',
  muscles: ['external_oblique'],
  triggerPoints: ['external-oblique-upper'],
  zones: [
    {
      id: 'obliques-heartburn',
      type: 'essential',
      description: 'Heartburn-like pain in the upper belly below the breastbone, which can cross the midline.',
      laterality: 'midline',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [
        { kind: 'trunk', from: 'costal_margin_9_r', to: 'xiphoid_process', lateral: [0, 0.09], facing: 'anterior' },
      ],
    },
  ],
  note: 'Easily taken for indigestion or a hiatus hernia.',
};

export const OBLIQUES_LOWER: Pattern = {
  id: 'obliques-lower',
  label: 'External and internal obliques, lower lateral wall',
  muscles: ['external_oblique', 'internal_oblique'],
  triggerPoints: ['external-oblique-lower', 'internal-oblique-lower'],
  zones: [
    {
      id: 'obliques-groin-testicle',
      type: 'essential',
      description:
        'The groin and, in men, the testicle. The model has no genitals: the skin at the front of the groin, just outside the pubic tubercle, stands in for the testicle.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [
        { kind: 'trunk', from: 'pubic_tubercle_r', to: 'asis_r', lateral: [0.02, 0.1], facing: 'anterior' },
        { kind: 'patch', at: 'pubic_tubercle_r', radius: 0.03, offset: [0.035, -0.02, 0.01] },
      ],
    },
    {
      id: 'obliques-lower-belly',
      type: 'spillover',
      description: 'Across the lower belly, sometimes over the midline.',
      laterality: 'ipsilateral',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [{ kind: 'trunk', from: 'asis_r', to: 'umbilicus', lateral: [0, 0.12], facing: 'anterior' }],
    },
  ],
  note: 'Travell & Simons describe these lateral-wall points without always separating the two obliques (and transversus). Some people notice bladder symptoms with the lowest points.',
};

export const INTERNAL_OBLIQUE_FLANK: Pattern = {
  id: 'internal-oblique-flank',
  label: 'Internal oblique, in the flank',
  muscles: ['internal_oblique'],
  triggerPoints: ['internal-oblique-lateral'],
  zones: [
    {
      id: 'internal-oblique-flank-ache',
      type: 'essential',
      description: 'A local ache in the flank between the lowest ribs and the iliac crest.',
      laterality: 'ipsilateral',
      evidence: 'uncertain',
      citations: [ABDOMINAL],
      regions: [
        { kind: 'trunk', from: 'iliac_crest_top_r', to: 'rib12_tip_r', lateral: [0.09, 0.16], facing: 'lateral' },
      ],
    },
  ],
  note: 'Uncertain: drawn as a local ache round the trigger point.',
};

export const TRANSVERSUS_ABDOMINIS: Pattern = {
  id: 'transversus-abdominis',
  label: 'Transversus abdominis',
  muscles: ['transversus_abdominis'],
  triggerPoints: ['transversus-upper'],
  zones: [
    {
      id: 'transversus-upper-band',
      type: 'essential',
      description: 'A band across the upper belly between the two lower edges of the ribs in front.',
      laterality: 'midline',
      evidence: 'recalled',
      citations: [ABDOMINAL],
      regions: [
        { kind: 'trunk', from: 'costal_margin_low_r', to: 'costal_margin_8_r', lateral: [0, 0.11], facing: 'anterior' },
      ],
    },
  ],
};

export const ABDOMINAL_PATTERNS: readonly Pattern[] = [
  RECTUS_ABDOMINIS_UPPER,
  RECTUS_ABDOMINIS_PERIUMBILICAL,
  RECTUS_ABDOMINIS_LOWER,
  RECTUS_ABDOMINIS_MCBURNEY,
  OBLIQUES_UPPER,
  OBLIQUES_LOWER,
  INTERNAL_OBLIQUE_FLANK,
  TRANSVERSUS_ABDOMINIS,
];
