/** Pieces every details panel shares (a muscle's, a structure's): a labelled fact, and what evidence levels mean. */
import type { ReactNode } from 'react';

export const EVIDENCE_WORDS = {
  verified: 'confirmed in sources that report Travell & Simons',
  recalled: 'as usually taught; not checked against the book figure',
  uncertain: 'uncertain: sources disagree or are thin',
} as const;

/** A headed paragraph, only when there is something to say (e.g. where sources differ). */
export function Note({ title, text }: { title: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      <h3>{title}</h3>
      <p>{text}</p>
    </>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
