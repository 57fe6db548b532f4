/**
 * Quadratus lumborum and the lumbar paraspinals. Neither gait2392 nor Rajagopal 2016 has them; they are
 * placed from their anatomical description (Gray's; Bogduk et al. 1992 for the lumbar fascicles) on the
 * landmarks, with architecture after Christophy et al. 2012 and Bogduk et al. 1992. Paraspinal fibres
 * pass via points on the vertebrae they cross, so they follow the lumbar curve as the spine moves.
 */
import type { MusclePathDef, PathPointDef } from '../types';
import { at, pt } from './helpers';

const BOGDUK = 'gray; bogduk1992 (lumbar fascicles)';

export const quadratusLumborum: MusclePathDef = {
  name: 'quadratus_lumborum',
  fibres: [
    {
      name: 'iliocostal lateral',
      points: [pt('pelvis', -0.0973, 0.0856, 0.0609), at('rib12_tip_r', [-0.01, 0.004, -0.012])],
      share: 0.2,
      source: 'gray (posterior iliac crest to the 12th rib)',
    },
    {
      name: 'iliocostal medial',
      points: [pt('pelvis', -0.105, 0.0818, 0.0577), at('rib12_medial_r', [0, 0, 0.008])],
      share: 0.2,
      source: 'gray',
    },
    {
      name: 'iliolumbar to L1',
      points: [pt('pelvis', -0.1013, 0.0838, 0.0592), at('l1_transverse_tip_r', [0.003, -0.002, 0])],
      share: 0.15,
      source: 'gray',
    },
    {
      name: 'iliolumbar to L2',
      points: [pt('pelvis', -0.1122, 0.0772, 0.0544), at('l2_transverse_tip_r', [0.002, -0.002, 0])],
      share: 0.15,
      source: 'gray',
    },
    {
      name: 'iliolumbar to L3',
      points: [pt('pelvis', -0.1155, 0.0741, 0.0525), at('l3_transverse_tip_r', [0.002, -0.002, 0])],
      share: 0.15,
      source: 'gray',
    },
    {
      name: 'lumbocostal from L4',
      points: [at('l4_transverse_tip_r', [0.002, 0.002, 0]), at('rib12_medial_r', [0, 0, 0.015])],
      share: 0.15,
      source: 'gray',
    },
  ],
  architecture: {
    maxForce: 300,
    optimalFibreLength: 0.07,
    tendonSlackLength: 0.03,
    pennation: 0,
    source: 'christophy2012 (≈5 cm² per side)',
  },
};

/** Erector origin on the posterior iliac crest / sacrum, then along the lumbar gutter. */
const gutter = (v: 'l5' | 'l4' | 'l3' | 'l2' | 'l1' | 't12', lateral: number): PathPointDef =>
  at(`${v}_transverse_root_r`, [-0.028, 0, lateral - 0.022]);

export const iliocostalisLumborum: MusclePathDef = {
  name: 'iliocostalis_lumborum',
  fibres: [
    {
      name: 'to L1 transverse process',
      points: [pt('pelvis', -0.132, 0.068, 0.062), gutter('l4', 0.052), gutter('l2', 0.05), at('l1_transverse_tip_r', [-0.01, 0, 0])],
      share: 0.25,
      source: BOGDUK,
    },
    {
      name: 'to the 12th rib',
      points: [pt('pelvis', -0.135, 0.066, 0.058), gutter('l4', 0.056), gutter('l2', 0.058), at('rib12_angle_r', [-0.003, 0, 0])],
      share: 0.25,
      source: BOGDUK,
    },
    {
      name: 'to the 10th rib',
      points: [pt('pelvis', -0.138, 0.063, 0.053), gutter('l4', 0.06), gutter('l2', 0.062), gutter('t12', 0.064), at('rib10_angle_r', [-0.01, 0, 0])],
      share: 0.25,
      source: BOGDUK,
    },
    {
      name: 'to the 8th rib',
      points: [pt('pelvis', -0.141, 0.06, 0.048), gutter('l4', 0.064), gutter('l2', 0.066), gutter('t12', 0.068), at('rib8_angle_r', [-0.01, 0, 0])],
      share: 0.25,
      source: BOGDUK,
    },
  ],
  architecture: {
    maxForce: 360,
    optimalFibreLength: 0.12,
    tendonSlackLength: 0.05,
    pennation: 0,
    source: 'bogduk1992; christophy2012 (≈6 cm² per side)',
  },
};

export const longissimusThoracis: MusclePathDef = {
  name: 'longissimus_thoracis',
  fibres: [
    {
      name: 'to L3',
      points: [pt('pelvis', -0.142, 0.05, 0.04), gutter('l5', 0.036), gutter('l4', 0.034), at('l3_transverse_root_r', [-0.012, 0, 0.004])],
      share: 0.3,
      source: BOGDUK,
    },
    {
      name: 'to L1',
      points: [pt('pelvis', -0.146, 0.046, 0.036), gutter('l5', 0.032), gutter('l3', 0.032), gutter('l2', 0.032), at('l1_transverse_root_r', [-0.012, 0, 0.004])],
      share: 0.3,
      source: BOGDUK,
    },
    {
      name: 'to the thorax',
      points: [pt('sacrum', -0.15, 0.035, 0.028), gutter('l5', 0.03), gutter('l3', 0.036), gutter('l1', 0.038), gutter('t12', 0.038), pt('torso', -0.064, 0.09, 0.036)],
      share: 0.4,
      source: BOGDUK,
    },
  ],
  architecture: {
    maxForce: 480,
    optimalFibreLength: 0.1,
    tendonSlackLength: 0.1,
    pennation: 0,
    source: 'bogduk1992; christophy2012 (≈8 cm² per side)',
  },
};

/** A multifidus fascicle: from 2–3 levels below (mammillary process, or sacrum / PSIS) to a spinous process. */
const fascicle = (name: string, origin: PathPointDef, via: PathPointDef[], spinous: string): MusclePathDef['fibres'][number] => ({
  name,
  points: [origin, ...via, at(spinous, [-0.004, 0, 0.008])],
  share: 0.2,
  source: 'bogduk1992; gray',
});

export const multifidusLumborum: MusclePathDef = {
  name: 'multifidus_lumborum',
  fibres: [
    fascicle('to L1', at('l4_mammillary_r', [-0.008, 0, 0]), [at('l3_lamina_r', [-0.012, 0, 0.012]), at('l2_lamina_r', [-0.012, 0, 0.01])], 'l1_spinous'),
    fascicle('to L2', at('l5_mammillary_r', [-0.008, 0, 0]), [at('l4_lamina_r', [-0.012, 0, 0.012]), at('l3_lamina_r', [-0.012, 0, 0.01])], 'l2_spinous'),
    fascicle('to L3', pt('sacrum', -0.135, 0.055, 0.024), [at('l5_lamina_r', [-0.012, 0, 0.012]), at('l4_lamina_r', [-0.012, 0, 0.01])], 'l3_spinous'),
    fascicle('to L4', pt('sacrum', -0.145, 0.035, 0.02), [at('l5_lamina_r', [-0.014, -0.006, 0.008])], 'l4_spinous'),
    fascicle('to L5', pt('sacrum', -0.15, 0.015, 0.016), [], 'l5_spinous'),
  ],
  architecture: {
    maxForce: 300,
    optimalFibreLength: 0.06,
    tendonSlackLength: 0.02,
    pennation: 0,
    source: 'bogduk1992; christophy2012 (≈5 cm² per side)',
  },
};
