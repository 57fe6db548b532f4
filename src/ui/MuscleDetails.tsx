/**
 * The selected muscle's details: what it is and does, where its trigger points are, what the pain is
 * like, what helps — every part with its source, and a plain statement that this is education. A chunk of
 * its own with the facts' texts and sources (src/anatomy/muscles/facts), fetched on the first selection.
 */
import { MUSCLES, muscle } from '../anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../anatomy/muscles/facts';
import { neighbours } from '../anatomy/muscles/neighbours';
import type { MuscleId } from '../anatomy/muscles/types';
import { MUSCLE_NAMES } from '../anatomy/muscles/types';
import { selectOtherSide } from '../state/selection';
import { useStore } from '../state/store';
import { EVIDENCE_WORDS, Field, Note } from './detailsParts';
import { GROUP_LABELS } from './muscleIndex';
import { cite, Sources } from './Sources';
import { ZonesSection } from './zones/ZonesSection';

export function MuscleDetails({ id }: { id: MuscleId }) {
  const isolate = useStore((s) => s.isolate);
  const m = muscle(id);
  const f = MUSCLE_FACTS[m.name];
  const s = useStore.getState();
  const isolated = isolate.includes(id);
  return (
    <section className="panel details-panel" aria-label="Muscle details">
      <h2>{m.displayName}</h2>
      <p className="subtitle">
        {m.side === 'r' ? 'Right' : 'Left'} side · {f.groups.map((g) => GROUP_LABELS[g]).join(', ') || 'Knee flexor'}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => s.set('frameNonce', s.frameNonce + 1)}>
          Frame it
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={isolated}
          onClick={() => s.setIsolate(isolated ? [] : [id, ...neighbours(m)])}
        >
          {isolated ? 'Show all' : 'Isolate with neighbours'}
        </button>
        <button type="button" className="button" onClick={() => selectOtherSide(m.id)}>
          Other side
        </button>
      </div>
      <dl className="facts">
        <Field label="Origin">{f.origin}</Field>
        <Field label="Insertion">{f.insertion}</Field>
        <Field label="Action">{f.action}</Field>
        <Field label="Nerve supply">
          {f.innervation.nerve} ({f.innervation.roots.join(', ')})
        </Field>
        <Field label="Blood supply">{f.bloodSupply}</Field>
      </dl>
      <ZonesSection id={id} />
      <h3>Trigger points</h3>
      {f.triggerPoints.length ? (
        <ul className="trigger-points">
          {f.triggerPoints.map((t) => (
            <li key={t.id}>
              {t.description} <span className="evidence">({EVIDENCE_WORDS[t.evidence]})</span>{' '}
              <span className="cite">{cite(t.citations)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No trigger-point sites are described for this muscle in the sources used.</p>
      )}
      <h3>Symptoms</h3>
      <p>{f.symptoms}</p>
      <h3>What aggravates it</h3>
      <p>{f.aggravating}</p>
      <h3>Self-care</h3>
      <p>{f.selfCare}</p>
      <Note title="Where sources differ" text={f.notes} />
      <h3>Sources</h3>
      <Sources citations={f.citations} />
      <p className="education">
        Education only: this describes patterns reported in the literature; it is not a diagnosis. Pain can have many
        causes — see a clinician if it is severe, new, or comes with numbness, weakness or fever.
      </p>
      <p className="muted small">Muscle {(MUSCLES.indexOf(m) % MUSCLE_NAMES.length) + 1} of {MUSCLE_NAMES.length} · id {m.id}</p>
    </section>
  );
}
