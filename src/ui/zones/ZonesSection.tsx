/**
 * "Referred pain" in the details panel: the selected muscle's patterns (one per trigger point where the
 * book keeps them apart), each zone's description, type and evidence in plain words with its sources;
 * buttons to show the zones, one pattern alone, compare with other muscles, and print a handout.
 */
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { patternsOf } from '../../anatomy/referral/refer';
import { ZONE_COLOURS } from '../../scene/materials';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { cite } from '../Sources';
import { EVIDENCE_WORDS, LATERALITY_WORDS } from './evidenceWords';
import { printHandout } from './handout';

export function ZonesSection({ id }: { id: MuscleId }) {
  const zones = useStore((s) => s.zones);
  const compare = useStore((s) => s.compare);
  const only = useStore((s) => s.zonePattern);
  const s = useStore.getState();
  const runtime = useRuntime();
  const m = muscle(id);
  const patterns = patternsOf(m.name);
  if (!patterns.length) {
    return (
      <>
        <h3>Referred pain</h3>
        <p>No referral pattern is described for this muscle in the sources used.</p>
      </>
    );
  }
  return (
    <>
      <h3>Referred pain</h3>
      <div className="actions">
        <button type="button" className="button" aria-pressed={zones} onClick={() => s.setZones(!zones)}>
          {zones ? 'Hide pain zones' : 'Show pain zones'}
        </button>
        <button type="button" className="button" onClick={() => printHandout(id, runtime)}>
          Print handout
        </button>
      </div>
      {patterns.map((p) => (
        <div key={p.id} className="pattern">
          <h4>
            {p.label}
            {patterns.length > 1 && (
              <button
                type="button"
                className="link-button"
                aria-pressed={only === p.id}
                onClick={() => {
                  s.set('zonePattern', only === p.id ? null : p.id);
                  if (!zones) s.setZones(true);
                }}
              >
                {only === p.id ? 'show all patterns' : 'show this one alone'}
              </button>
            )}
          </h4>
          <ul className="zones">
            {p.zones.map((z) => (
              <li key={z.id}>
                <span className={`zone-swatch ${z.type}`} aria-hidden="true" />
                <strong>{z.type === 'essential' ? 'Essential' : 'Spillover'}</strong> ({LATERALITY_WORDS[z.laterality]}):{' '}
                {z.description} <span className="evidence">— {EVIDENCE_WORDS[z.evidence]}</span>{' '}
                <span className="cite">{cite(z.citations)}</span>
              </li>
            ))}
          </ul>
          {p.note ? <p className="muted small">{p.note}</p> : null}
        </div>
      ))}
      <CompareControl id={id} compare={compare} />
    </>
  );
}

function CompareControl({ id, compare }: { id: MuscleId; compare: MuscleId[] }) {
  const s = useStore.getState();
  const others = compare.filter((c) => c !== id);
  return (
    <div className="compare">
      {others.length > 0 && (
        <p className="small">
          Comparing with:{' '}
          {others.map((c, i) => (
            <span key={c} className="compare-chip">
              <span className="swatch" style={{ background: `#${ZONE_COLOURS[i + 1]!.getHexString()}` }} aria-hidden="true" />
              {muscleLabel(muscle(c))}
              <button type="button" aria-label={`Stop comparing ${muscleLabel(muscle(c))}`} onClick={() => s.set('compare', others.filter((o) => o !== c))}>
                ×
              </button>
            </span>
          ))}
        </p>
      )}
      <p className="small muted">
        To compare patterns, press “Compare” on another muscle while this one is selected, or pick up to three:{' '}
        <button type="button" className="link-button" onClick={() => s.set('compare', [...new Set([...others, id])].slice(-3))}>
          keep this one for comparison
        </button>
      </p>
    </div>
  );
}
