/**
 * Every structure that is not a muscle, by id, name, kind and side, with the words people search for —
 * and nothing else. The app's first load uses this to read links, list and search structures; the full
 * catalog (paths, drawing, facts) stays in the lazy chunks that draw and describe them.
 */
import { SIDES, type Side } from './model/segments';
import data from './structureDirectory.json';
import type { StructureKind } from './structures/types';

export interface StructureEntry {
  id: string;
  name: string;
  kind: StructureKind;
  /** Undefined for single (midline) structures. */
  side?: Side;
  displayName: string;
  synonyms: readonly string[];
}

const SIDE_WORD: Record<Side, string> = { r: 'right', l: 'left' };

/** In catalog order (bones, then ligaments and fascia, nerves, vessels); paired ones right, then left. */
export const STRUCTURE_ENTRIES: readonly StructureEntry[] = data.structures.flatMap((row) => {
  const base = { name: row.name, kind: row.kind as StructureKind, displayName: row.displayName, synonyms: row.synonyms };
  return row.paired ? SIDES.map((side) => ({ ...base, id: `${row.name}_${side}`, side })) : [{ ...base, id: row.name }];
});

const BY_ID = new Map(STRUCTURE_ENTRIES.map((e) => [e.id, e]));

/** The entry of a structure id, or undefined (muscles and unknown ids). */
export const structureEntry = (id: string): StructureEntry | undefined => BY_ID.get(id);

/** How people read a structure: "Femoral nerve (right)", or the bare name when single (as the catalog's structureLabel). */
export const entryLabel = (e: StructureEntry): string => (e.side ? `${e.displayName} (${SIDE_WORD[e.side]})` : e.displayName);
