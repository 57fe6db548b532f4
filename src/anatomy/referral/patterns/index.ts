/** All referral patterns, by region of the body. */
import type { Pattern } from '../types';
import { GLUTEAL_PATTERNS } from './gluteal';
import { LOW_BACK_PATTERNS } from './lowBack';
import { THIGH_PATTERNS } from './thigh';

export const PATTERNS: readonly Pattern[] = [...LOW_BACK_PATTERNS, ...GLUTEAL_PATTERNS, ...THIGH_PATTERNS];
