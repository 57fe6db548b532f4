/**
 * The muscle list's order and search: muscles grouped by their main action, and a search that matches
 * partial names, ids and common words people use ("hip flexor", "glute", "QL", "hamstring"); the other
 * structures' sections follow (structureIndex.ts).
 */
import { MUSCLES, type Muscle, muscleLabel } from '../anatomy/muscles/catalog';
import { muscleEntry } from '../anatomy/muscleDirectory';
import { type FunctionalGroup, GROUP_ACTION, MUSCLE_NAMES } from '../anatomy/muscles/types';
import type { SideView } from '../state/types';
import { wordsMatch } from './searchWords';
import { structureSections } from './structureIndex';

export type ListGroup = FunctionalGroup | 'knee';

export const GROUP_LABELS: Record<ListGroup, string> = {
  flexor: 'Hip flexors',
  extensor: 'Hip extensors',
  abductor: 'Hip abductors',
  adductor: 'Hip adductors',
  external_rotator: 'Hip external rotators',
  internal_rotator: 'Hip internal rotators',
  trunk: 'Low back (lumbar spine)',
  knee: 'Knee flexors',
  knee_extensor: 'Knee extensors',
  knee_flexor: 'Knee flexors',
  plantarflexor: 'Ankle plantarflexors (calf)',
  abdominal: 'Abdominal wall',
};

const ORDER: ListGroup[] = [
  'flexor',
  'extensor',
  'abductor',
  'adductor',
  'external_rotator',
  'internal_rotator',
  'trunk',
  'abdominal',
  'knee_extensor',
  'knee',
  'plantarflexor',
];

/** The group a muscle is listed under: its first declared action (knee-only muscles under "Knee flexors"). */
export function listGroup(m: Muscle): ListGroup {
  return muscleEntry(m.name).groups[0] ?? 'knee';
}

export { muscleLabel };

/** Words a muscle answers to, lower case. */
function haystack(m: Muscle): string[] {
  const f = muscleEntry(m.name);
  return [
    m.displayName,
    m.name.replace(/_/g, ' '),
    m.id,
    ...f.synonyms,
    // "hip flexor", "hip external rotator": only the hip groups (a knee extensor is no "hip extensor").
    ...f.groups.filter((g) => GROUP_ACTION[g]).map((g) => `hip ${g.replace('_', ' ')}`),
    ...f.groups.map((g) => GROUP_LABELS[g]),
  ].map((s) => s.toLowerCase());
}

const HAYSTACKS = new Map(MUSCLES.map((m) => [m.id, haystack(m)]));

export const matches = (m: Muscle, query: string): boolean => wordsMatch(HAYSTACKS.get(m.id)!, query);

/** One option of the list: a muscle or another structure, by id and by the name people read. */
export interface ListItem {
  id: string;
  label: string;
}

export interface Section {
  group: string;
  label: string;
  items: ListItem[];
}

/** The muscles' sections by main action, then the other structures' by kind. */
export function listSections(query: string, side: SideView): Section[] {
  const muscles = ORDER.map((group) => ({
    group,
    label: GROUP_LABELS[group],
    items: MUSCLES.filter((m) => listGroup(m) === group && (side === 'both' || m.side === side) && matches(m, query))
      .sort(
        (a, b) =>
          (MUSCLES.indexOf(a) % MUSCLE_NAMES.length) - (MUSCLES.indexOf(b) % MUSCLE_NAMES.length) || (a.side === 'r' ? -1 : 1),
      )
      .map((m) => ({ id: m.id, label: muscleLabel(m) })),
  })).filter((s) => s.items.length);
  return [...muscles, ...structureSections(query, side)];
}
