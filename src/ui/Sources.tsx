/** A list of citations, resolved to full references with links. */
import type { Citation } from '../anatomy/muscles/types';
import { hasSource, source } from '../anatomy/sources';

export function Sources({ citations }: { citations: readonly Citation[] }) {
  const unique = citations.filter((c, i) => citations.findIndex((d) => d.source === c.source && d.where === c.where) === i);
  return (
    <ol className="sources">
      {unique.filter((c) => hasSource(c.source)).map((c) => {
        const s = source(c.source);
        return (
          <li key={`${c.source}-${c.where ?? ''}`}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.full}
              </a>
            ) : (
              s.full
            )}
            {c.where ? <span className="where"> — {c.where}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Short inline source labels: "(Travell & Simons, vol. 2 (1992), ch. 5)". */
export function cite(citations: readonly Citation[]): string {
  const parts = citations.filter((c) => hasSource(c.source)).map((c) => `${source(c.source).short}${c.where ? `, ${c.where}` : ''}`);
  return parts.length ? `(${parts.join('; ')})` : '';
}
