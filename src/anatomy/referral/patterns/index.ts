/** All referral patterns, by region of the body. */
import type { Pattern } from '../types';
import { ABDOMINAL_PATTERNS } from './abdominal';
import { GLUTEAL_PATTERNS } from './gluteal';
import { KNEE_AND_CALF_PATTERNS } from './kneeAndCalf';
import { LOW_BACK_PATTERNS } from './lowBack';
import { THIGH_PATTERNS } from './thigh';

export const PATTERNS: readonly Pattern[] = [
  ...LOW_BACK_PATTERNS,
  ...GLUTEAL_PATTERNS,
  ...THIGH_PATTERNS,
  ...KNEE_AND_CALF_PATTERNS,
  ...ABDOMINAL_PATTERNS,
];
