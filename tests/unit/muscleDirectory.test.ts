/**
 * The app's first load knows the muscles' synonyms, groups and trigger-point places from
 * src/anatomy/muscleDirectory.json (the facts' texts load with the details panel): the file must say what
 * the facts say, for every muscle.
 */
import { describe, expect, it } from 'vitest';
import { muscleDirectoryRows } from '../../scripts/muscleDirectory';
import { muscleEntry } from '../../src/anatomy/muscleDirectory';
import data from '../../src/anatomy/muscleDirectory.json';
import { MUSCLE_FACTS } from '../../src/anatomy/muscles/facts';
import { MUSCLE_NAMES } from '../../src/anatomy/muscles/types';

describe('the muscle directory of the first load', () => {
  it('is what the facts say (regenerate with `npx tsx scripts/muscleDirectory.ts`)', () => {
    expect(data.muscles).toEqual(muscleDirectoryRows());
  });

  it('gives every muscle its groups and the places of all its trigger points', () => {
    for (const name of MUSCLE_NAMES) {
      const e = muscleEntry(name);
      expect(e.groups, name).toEqual(MUSCLE_FACTS[name].groups);
      expect(e.triggerPoints.map((t) => [t.fibre, t.along]), name).toEqual(
        MUSCLE_FACTS[name].triggerPoints.map((t) => [t.fibre, t.along]),
      );
    }
    // The psoas answers to "hip flexor" from the first load (search reads the synonyms here).
    expect(muscleEntry('psoas_major').synonyms.join(' ').toLowerCase()).toContain('psoas');
  });
});
