/**
 * The list's sections of structures that are not muscles, after the muscles' own: ligaments and fascia,
 * nerves, vessels, each found by its name, id and synonyms ("femoral nerve", "inguinal", "IT band").
 * Bones are left out: the model draws them but cannot show one as selected yet.
 */
import { entryLabel, STRUCTURE_ENTRIES, type StructureEntry } from '../anatomy/structureDirectory';
import type { StructureKind } from '../anatomy/structures/types';
import type { SideView } from '../state/types';
import { wordsMatch } from './searchWords';

const SECTIONS: { group: string; label: string; kinds: readonly StructureKind[] }[] = [
  { group: 'ligaments', label: 'Ligaments & fascia', kinds: ['ligament', 'fascia', 'organ'] },
  { group: 'nerves', label: 'Nerves', kinds: ['nerve'] },
  { group: 'vessels', label: 'Vessels', kinds: ['vessel'] },
];

const haystack = (e: StructureEntry) =>
  [e.displayName, e.name.replace(/_/g, ' '), e.id, ...e.synonyms, SECTIONS.find((s) => s.kinds.includes(e.kind))?.label ?? ''].map(
    (s) => s.toLowerCase(),
  );

const LISTED = STRUCTURE_ENTRIES.filter((e) => e.kind !== 'bone').map((e) => ({ entry: e, hay: haystack(e) }));

export function structureSections(query: string, side: SideView) {
  return SECTIONS.map(({ group, label, kinds }) => ({
    group,
    label,
    items: LISTED.filter(
      ({ entry: e, hay }) => kinds.includes(e.kind) && (side === 'both' || !e.side || e.side === side) && wordsMatch(hay, query),
    ).map(({ entry }) => ({ id: entry.id, label: entryLabel(entry) })),
  })).filter((s) => s.items.length);
}
