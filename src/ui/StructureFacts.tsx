/**
 * What the catalog says of a structure that is not a muscle: description, where it attaches or runs,
 * roots and supply, relations, function, clinical notes and sources. Loaded lazily with the catalog.
 */
import { BONE_FACTS, structure, structureFacts } from '../anatomy/structures';
import type { BoneFacts, StructureFacts as Facts } from '../anatomy/structures';
import { Field, Note } from './detailsParts';
import { Sources } from './Sources';

/** What each evidence level means for anatomy read from textbooks (a muscle's refer to Travell & Simons). */
const EVIDENCE_WORDS = {
  verified: 'checked against the sources cited',
  recalled: 'as usually taught; not checked line by line against the sources',
  uncertain: 'uncertain: sources disagree or are thin',
} as const;

function factsOf(id: string): (Facts | (BoneFacts & Partial<Facts>)) | undefined {
  const s = structure(id);
  return s.kind === 'bone' ? BONE_FACTS[s.name] : structureFacts(s.name);
}

export function StructureFacts({ id }: { id: string }) {
  const f = factsOf(id);
  if (!f) return null;
  const ends = f.course ?? f.attachments;
  return (
    <>
      <p>{f.description}</p>
      <dl className="facts">
        {ends ? (
          <>
            <Field label={f.course ? 'Runs from' : 'Attaches from'}>{ends.from}</Field>
            <Field label={f.course ? 'Runs to' : 'Attaches to'}>{ends.to}</Field>
          </>
        ) : null}
        {f.roots?.length ? <Field label="Roots">{f.roots.join(', ')}</Field> : null}
        {f.supplies ? <Field label="Supplies">{f.supplies}</Field> : null}
        <Field label="Relations">{f.relations}</Field>
        <Field label="Function">{f.function}</Field>
      </dl>
      <Note title="Clinical notes" text={f.clinical} />
      <Note title="Where sources differ" text={f.notes} />
      <h3>Sources</h3>
      <p className="muted small">Evidence: {EVIDENCE_WORDS[f.evidence]}.</p>
      <Sources citations={f.citations} />
    </>
  );
}
