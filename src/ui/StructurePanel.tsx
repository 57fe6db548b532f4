/**
 * The details panel for a selected structure that is not a muscle: its name, kind and side at once (from
 * the structure directory of the first load), then what it is, its course or attachments and its sources
 * from the catalog's facts, a lazy chunk (most visits never select a nerve). The region keeps SPEC.md's
 * accessible name "Muscle details" (SPEC fixes it: it is the one details panel, whatever is selected);
 * its description, read after the name, says what is shown ("Femur, Right side · Bone").
 */
import { lazy, Suspense, useId } from 'react';
import { entryLabel, structureEntry } from '../anatomy/structureDirectory';
import type { StructureKind } from '../anatomy/structures/types';
import { selectById } from '../state/selection';
import { useStore } from '../state/store';
import { DISCLAIMER } from './disclaimer';

const StructureFacts = lazy(() => import('./StructureFacts').then((m) => ({ default: m.StructureFacts })));

export const KIND_LABELS: Record<StructureKind, string> = {
  bone: 'Bone',
  ligament: 'Ligament',
  fascia: 'Fascia',
  nerve: 'Nerve',
  vessel: 'Blood vessel',
  organ: 'Organ',
};

const SIDE_WORDS = { r: 'Right side', l: 'Left side' } as const;
const OTHER_SIDE = { r: 'l', l: 'r' } as const;

export function StructurePanel({ id }: { id: string }) {
  const e = structureEntry(id);
  const named = useId();
  if (!e) return null;
  const s = useStore.getState();
  return (
    <section
      className="panel details-panel"
      aria-label="Muscle details"
      aria-describedby={`${named}-name ${named}-kind`}
    >
      <h2 id={`${named}-name`}>{e.displayName}</h2>
      <p className="subtitle" id={`${named}-kind`}>
        {e.side ? `${SIDE_WORDS[e.side]} · ` : 'Midline · '}
        {KIND_LABELS[e.kind]}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => s.set('frameNonce', s.frameNonce + 1)}>
          Frame it
        </button>
        {e.side ? (
          <button type="button" className="button" onClick={() => selectById(`${e.name}_${OTHER_SIDE[e.side!]}`)}>
            Other side
          </button>
        ) : null}
      </div>
      <Suspense fallback={<p className="muted">Loading what is known of the {entryLabel(e).toLowerCase()}…</p>}>
        <StructureFacts id={id} />
      </Suspense>
      <p className="education">{DISCLAIMER}</p>
      <p className="muted small">
        {KIND_LABELS[e.kind]} · id {e.id}
      </p>
    </section>
  );
}
