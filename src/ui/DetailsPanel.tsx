/**
 * "Muscle details": an invitation while nothing is selected; the selected muscle's details
 * (MuscleDetails, fetched with the facts' texts on the first selection, its name shown meanwhile); or,
 * for another structure (a nerve, a ligament…), its own panel, StructurePanel.
 */
import { lazy, Suspense } from 'react';
import { muscle } from '../anatomy/muscles/catalog';
import { selectMuscle } from '../state/selection';
import { useStore } from '../state/store';
import { StructurePanel } from './StructurePanel';

const MuscleDetails = lazy(() => import('./MuscleDetails').then((m) => ({ default: m.MuscleDetails })));

export function DetailsPanel() {
  const id = useStore((s) => s.muscle);
  const structure = useStore((s) => s.structure);
  if (!id && structure) return <StructurePanel id={structure} />;
  if (!id) {
    return (
      <section className="panel details-panel" aria-label="Muscle details">
        <h2>Choose a muscle</h2>
        <p>
          Click a muscle in the 3D view or pick one from the list to read where it attaches, what it does, where it
          sends its pain and what helps. Drag to turn the body, scroll or pinch to zoom.
        </p>
        <p className="muted">Try the psoas major: the hip flexor behind so much low-back pain.</p>
        <button type="button" className="button" onClick={() => selectMuscle('psoas_major_r', { turn: true })}>
          Show the right psoas major
        </button>
        <p className="education">Education only — myomap does not diagnose.</p>
      </section>
    );
  }
  return (
    <Suspense
      fallback={
        <section className="panel details-panel" aria-label="Muscle details" aria-busy="true">
          <h2>{muscle(id).displayName}</h2>
          <p className="muted">Loading the details…</p>
        </section>
      }
    >
      <MuscleDetails id={id} />
    </Suspense>
  );
}
