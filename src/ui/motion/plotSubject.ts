/**
 * What the length plot measures, from the selection: the selected muscle; the selected paired ligament
 * (the ones `myomap motion --muscles` measures, such as the iliofemoral ligament that the back stride
 * draws tight), whose paths come with the structures' lazy chunk; or, when nothing measurable is
 * selected, the right psoas major, and the caption says why.
 */
import { useEffect, useState } from 'react';
import { MUSCLE_IDS, muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { entryLabel, type StructureEntry, structureEntry } from '../../anatomy/structureDirectory';
import type { Side } from '../../anatomy/model/segments';
import { useStore } from '../../state/store';
import type { Measured } from './samples';

/** Plotted when nothing measurable is selected. */
export const DEFAULT_PLOT_MUSCLE: MuscleId = 'psoas_major_r';

export interface PlotSubject {
  /** What is measured; null while a ligament's paths are on their way. */
  body: Measured | null;
  /** "Psoas major (right)", "Iliofemoral ligament (left)". */
  label: string;
  side: Side;
  /** Its place in the frame state's muscle lengths; −1 for a ligament (measured on the spot). */
  muscleIndex: number;
  kind: 'muscle' | 'ligament';
  /** Why the default is shown: nothing selected, or a selection without a length of its own (its label). */
  standIn: { selected: string | null } | null;
}

/** A structure measured like a muscle: a ligament of one side. */
const measurable = (e: StructureEntry | undefined): e is StructureEntry & { side: Side } =>
  e !== undefined && e.kind === 'ligament' && e.side !== undefined;

let catalog: Promise<readonly Measured[]> | null = null;
const lengthStructures = () =>
  (catalog ??= import('../../anatomy/structures/catalog').then((m) => m.LENGTH_STRUCTURES as readonly Measured[]));

function ofMuscle(id: MuscleId, standIn: PlotSubject['standIn']): PlotSubject {
  const m = muscle(id);
  return { body: m, label: muscleLabel(m), side: m.side, muscleIndex: MUSCLE_IDS.indexOf(id), kind: 'muscle', standIn };
}

export function usePlotSubject(): PlotSubject {
  const selectedMuscle = useStore((s) => s.muscle);
  const selectedStructure = useStore((s) => s.structure);
  const entry = selectedStructure ? structureEntry(selectedStructure) : undefined;
  const ligamentId = measurable(entry) ? entry.id : null;
  const [ligament, setLigament] = useState<Measured | null>(null);

  useEffect(() => {
    if (!ligamentId) return;
    let gone = false;
    lengthStructures()
      .then((all) => {
        if (!gone) setLigament(all.find((s) => s.id === ligamentId) ?? null);
      })
      .catch((e: unknown) => console.error('myomap: the ligament paths could not load', e));
    return () => {
      gone = true;
    };
  }, [ligamentId]);

  if (selectedMuscle) return ofMuscle(selectedMuscle, null);
  if (measurable(entry)) {
    const body = ligament?.id === entry.id ? ligament : null;
    return { body, label: entryLabel(entry), side: entry.side, muscleIndex: -1, kind: 'ligament', standIn: null };
  }
  return ofMuscle(DEFAULT_PLOT_MUSCLE, { selected: entry ? entryLabel(entry) : null });
}
