/**
 * Pieces shared by the referral patterns: the book chapters they cite and a few regions that several
 * patterns use (the sacroiliac-joint area, the buttock, the side of the knee). Everything is written for
 * the right side in the neutral standing pose (x forward, y up, z to the right, metres); the left side is
 * the mirror image.
 */
import type { Region, Zone } from '../types';

type Citation = Zone['citations'][number];

/** Where in Travell & Simons each muscle is covered (chapter numbers as far as they are confirmed). */
export const TS2_CHAPTER = {
  quadratusLumborum: 'ch. 4 (quadratus lumborum)',
  iliopsoas: 'ch. 5 (iliopsoas)',
  pelvicFloor: 'ch. 6 (pelvic floor muscles)',
  gluteusMaximus: 'ch. 7 (gluteus maximus)',
  gluteusMedius: 'ch. 8 (gluteus medius)',
  gluteusMinimus: 'ch. 9 (gluteus minimus)',
  piriformis: 'ch. 10 (piriformis and other short lateral rotators)',
  tfl: 'TFL chapter, pp. 217–221',
  sartorius: 'sartorius chapter (number not confirmed)',
  quadriceps: 'quadriceps femoris chapter (believed ch. 14)',
  pectineus: 'pectineus chapter (number not confirmed)',
  adductors: 'adductor muscles of the hip (believed ch. 15)',
  hamstrings: 'hamstring chapter (believed ch. 16)',
} as const;

export const ts2 = (chapter: keyof typeof TS2_CHAPTER): Citation => ({ source: 'TS2', where: TS2_CHAPTER[chapter] });
export const ts1Paraspinals: Citation = { source: 'TS1', where: 'ch. 48 (thoracolumbar paraspinal muscles)' };
export const cite = (...keys: string[]): Citation[] => keys.map((source) => ({ source }));

/**
 * The skin over the sacroiliac joint: a round area about 8 cm across, centred a little below the
 * posterior superior iliac spine ("dimple") and just lateral to the sacrum.
 */
export const SI_JOINT_AREA: Region = {
  kind: 'patch',
  at: 'sacroiliac_joint_r',
  radius: 0.04,
  offset: [-0.055, -0.014, 0.004],
};

/** The sacrum on this side, from the sacral hiatus up to the level of the dimples. */
export const SACRUM_HALF: Region = {
  kind: 'trunk',
  from: 'sacral_hiatus',
  to: 'psis_r',
  lateral: [0, 0.04],
  facing: 'posterior',
};

/** The whole buttock of this side, from the gluteal fold up to just under the iliac crest, clear of the cleft. */
export const WHOLE_BUTTOCK: Region = {
  kind: 'trunk',
  from: 'gluteal_fold_r',
  to: 'iliac_crest_posterior_r',
  lateral: [0.025, 0.15],
  facing: 'posterior',
};

/** Lower part of the buttock, from the gluteal fold up to about the level of the coccyx tip. */
export const LOWER_BUTTOCK: Region = {
  kind: 'trunk',
  from: 'gluteal_fold_r',
  to: 'coccyx_tip',
  lateral: [0.025, 0.14],
  facing: 'posterior',
};

/** The outer (lateral) side of the knee, from a little above to a little below the joint line. */
export const LATERAL_KNEE: Region[] = [
  { kind: 'limb', limb: 'thigh', from: 0.86, to: 1, around: [55, 125] },
  { kind: 'limb', limb: 'leg', from: 0, to: 0.1, around: [55, 125] },
];

/** The inner (medial) side of the knee. */
export const MEDIAL_KNEE: Region[] = [
  { kind: 'limb', limb: 'thigh', from: 0.86, to: 1, around: [235, 305] },
  { kind: 'limb', limb: 'leg', from: 0, to: 0.12, around: [235, 305] },
];
