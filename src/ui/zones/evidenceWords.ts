/** Evidence levels in plain words, for people. */
import type { Zone } from '../../anatomy/referral/types';

export const EVIDENCE_WORDS: Record<Zone['evidence'], string> = {
  verified: 'confirmed in sources that report Travell & Simons',
  recalled: 'as usually taught; not yet checked against the book figure',
  uncertain: 'uncertain: sources disagree or are thin',
};

export const EVIDENCE_SHORT: Record<Zone['evidence'], string> = {
  verified: 'confirmed',
  recalled: 'as taught',
  uncertain: 'uncertain',
};

export const LATERALITY_WORDS: Record<Zone['laterality'], string> = {
  ipsilateral: 'same side',
  bilateral: 'both sides',
  midline: 'middle',
};
