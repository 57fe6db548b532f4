/**
 * Facts for people about each of the 38 muscles (both sides share one entry): names, attachments,
 * actions, nerve and blood supply, trigger points, symptoms and self-care, with citations.
 * Texts are written for this project from the sources in src/anatomy/sources.ts.
 */
import type { MuscleFacts, MuscleName } from '../types';
import { ABDOMINAL_WALL_FACTS } from './abdominalWall';
import { ADDUCTOR_FACTS } from './adductors';
import { CALF_FACTS } from './calf';
import { DEEP_ROTATOR_FACTS } from './deepRotators';
import { GLUTEAL_FACTS } from './gluteal';
import { HAMSTRING_FACTS } from './hamstrings';
import { HIP_FLEXOR_FACTS } from './hipFlexors';
import { TRUNK_FACTS } from './trunk';
import { VASTI_FACTS } from './vasti';

/** A record of facts for the names K, where each entry's `name` equals its key. */
export type FactsFor<K extends MuscleName> = { readonly [P in K]: MuscleFacts & { readonly name: P } };

const ALL = {
  ...HIP_FLEXOR_FACTS,
  ...GLUTEAL_FACTS,
  ...DEEP_ROTATOR_FACTS,
  ...ADDUCTOR_FACTS,
  ...HAMSTRING_FACTS,
  ...TRUNK_FACTS,
  ...VASTI_FACTS,
  ...CALF_FACTS,
  ...ABDOMINAL_WALL_FACTS,
} satisfies FactsFor<MuscleName>;

/** Facts for every muscle name; a missing muscle is a type error above. */
export const MUSCLE_FACTS: Readonly<Record<MuscleName, MuscleFacts>> = ALL;
