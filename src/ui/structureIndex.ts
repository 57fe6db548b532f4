/**
 * The list's sections of structures that are not muscles, after the muscles' own: ligaments and fascia,
 * nerves, vessels and, deepest, bones (as the layers run outside in), each found by its name, id and
 * synonyms ("femoral nerve", "inguinal", "IT band", "kneecap"). The discs are drawn but are no structure
 * of SPEC.md or the CLI, so the directory and this list do not hold them.
 */
import { entryLabel, STRUCTURE_ENTRIES, type StructureEntry } from '../anatomy/structureDirectory';
import type { StructureKind } from '../anatomy/structures/types';
import type { SideView } from '../state/types';
import { wordsMatch } from './searchWords';

const SECTIONS: { group: string; label: string; kinds: readonly StructureKind[] }[] = [
  { group: 'ligaments', label: 'Ligaments & fascia', kinds: ['ligament', 'fascia', 'organ'] },
  { group: 'nerves', label: 'Nerves', kinds: ['nerve'] },
  { group: 'vessels', label: 'Vessels', kinds: ['vessel'] },
  { group: 'bones', label: 'Bones', kinds: ['bone'] },
];

const haystack = (e: StructureEntry) =>
  [e.displayName, e.name.replace(/_/g, ' '), e.id, ...e.synonyms, SECTIONS.find((s) => s.kinds.includes(e.kind))?.label ?? ''].map(
    (s) => s.toLowerCase(),
  );

const LISTED = STRUCTURE_ENTRIES.map((e) => ({ entry: e, hay: haystack(e) }));

/**
 * Whether one word it answers to holds the whole query: those come first, so "lumbar vertebra" lists
 * L1–L5 before T12 (which matches word by word: "T12 vertebra", "thoracolumbar junction").
 */
const phrase = (hay: readonly string[], query: string) => {
  const q = query.trim().toLowerCase();
  return q !== '' && hay.some((h) => h.includes(q));
};

export function structureSections(query: string, side: SideView) {
  return SECTIONS.map(({ group, label, kinds }) => ({
    group,
    label,
    items: LISTED.filter(
      ({ entry: e, hay }) =>
        kinds.includes(e.kind) && (side === 'both' || !e.side || e.side === side) && wordsMatch(hay, query),
    )
      .sort((a, b) => Number(phrase(b.hay, query)) - Number(phrase(a.hay, query)))
      .map(({ entry }) => ({ id: entry.id, label: entryLabel(entry) })),
  })).filter((s) => s.items.length);
}
