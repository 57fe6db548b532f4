/**
 * "Where does it hurt?": click or stroke the skin; the muscles whose zones cover it are listed — essential
 * before spillover, own side first — with their evidence, and their zones light up. One click clears.
 */
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { usePainMatches } from '../../scene/zonesShown';
import { ZONE_COLOURS } from '../../scene/materials';
import { selectMuscle } from '../../state/selection';
import { useStore } from '../../state/store';
import { EVIDENCE_SHORT } from './evidenceWords';

export function PainPanel() {
  const points = useStore((s) => s.painPoints);
  const matches = usePainMatches();
  const s = useStore.getState();
  return (
    <section className="panel pain-panel" aria-label="Where does it hurt">
      <h2>Where does it hurt?</h2>
      <p>Tap or click the skin where the pain is, or drag to paint an area. Turn the body to reach the back.</p>
      <div className="actions">
        <button type="button" className="button" disabled={!points.length} onClick={() => s.set('painPoints', [])}>
          Clear
        </button>
        <button type="button" className="button subtle" onClick={() => s.setMode('explore')}>
          Back to exploring
        </button>
      </div>
      {points.length > 0 &&
        (matches.length ? (
          <ol className="pain-matches" aria-label="Muscles that can refer pain here">
            {matches.map((m, i) => (
              <li key={m.muscle}>
                <button type="button" className="link-button" onClick={() => selectMuscle(m.muscle, { turn: true })}>
                  {i < 4 && <span className="swatch" style={{ background: `#${ZONE_COLOURS[i]!.getHexString()}` }} aria-hidden="true" />}
                  {muscleLabel(muscle(m.muscle))}
                </button>{' '}
                <span className="muted small">
                  {m.zone} zone · {EVIDENCE_SHORT[m.evidence]}
                  {points.length > 1 ? ` · covers ${m.points} of ${points.length} marks` : ''}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p role="note">No described referral zone covers this spot. Pain here may come from something else.</p>
        ))}
      <p className="education">
        These are muscles that can refer pain to this area in the trigger-point literature — not a diagnosis. Pain
        can have many causes; see a clinician if it is severe, new, or comes with numbness, weakness or fever.
      </p>
    </section>
  );
}
