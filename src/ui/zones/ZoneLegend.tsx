/** The key to what the skin shows: solid = essential, dots = spillover, X = trigger point; a colour per muscle when comparing. */
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { useShownZones } from '../../scene/zonesShown';
import { ZONE_COLOURS } from '../../scene/materials';
import { useStore } from '../../state/store';

export function ZoneLegend() {
  const shown = useShownZones();
  const quiz = useStore((s) => s.mode === 'quiz');
  if (!shown.muscles.length) return null;
  return (
    <figure className={`zone-legend${shown.muscles.length === 1 ? ' single' : ''}`} aria-label="Pain zone legend">
      <ul>
        {shown.muscles.map((id, i) => (
          <li key={id}>
            <span className="swatch" style={{ background: `#${ZONE_COLOURS[i]!.getHexString()}` }} aria-hidden="true" />
            {quiz ? 'The muscle in question' : muscleLabel(muscle(id))}
          </li>
        ))}
      </ul>
      <p>
        <span className="legend-solid" aria-hidden="true" /> essential<span className="legend-long"> (felt by nearly everyone with the trigger point)</span> ·{' '}
        <span className="legend-dots" aria-hidden="true" /> spillover<span className="legend-long"> (felt by some)</span> ·{' '}
        <strong aria-hidden="true">✕</strong> trigger point
      </p>
    </figure>
  );
}
