/**
 * What the first load knows of each muscle beyond its catalog entry: the words people search for, its
 * functional groups, where its trigger points lie and which referral patterns it shares with which muscles
 * (the quiz asks by them) — and none of the texts or zones (those load with the details panel from
 * src/anatomy/muscles/facts, and after the first frame from src/anatomy/referral). Generated from the facts by scripts/muscleDirectory.ts.
 */
import type { FunctionalGroup, MuscleName } from './muscles/types';
import data from './muscleDirectory.json';

export interface MuscleEntry {
  name: MuscleName;
  synonyms: readonly string[];
  groups: readonly FunctionalGroup[];
  /** Where each trigger point's ✕ is drawn: fibre index and fraction along it (0 = origin). */
  triggerPoints: readonly { id: string; fibre: number; along: number }[];
  /** Its referral patterns, in `patternsOf` order: each one's id and every muscle that gives it. */
  patterns: readonly { id: string; muscles: readonly MuscleName[] }[];
}

const BY_NAME = new Map((data.muscles as MuscleEntry[]).map((m) => [m.name, m]));

/** The directory entry of a muscle name (every name has one; the test keeps the file complete). */
export const muscleEntry = (name: MuscleName): MuscleEntry => BY_NAME.get(name)!;
