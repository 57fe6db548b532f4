/**
 * Layers: each shown or hidden, and drawn solid or see-through; skin opacity, x-ray, side; muscles by
 * group; isolation and hidden muscles.
 */
import { lazy, Suspense, useState } from 'react';
import type { FunctionalGroup } from '../anatomy/muscles/types';
import { useStore } from '../state/store';
import { LAYERS, type LayerId, SIDES_VIEW } from '../state/types';
import { GROUP_LABELS } from './muscleIndex';

const FineControls = lazy(() => import('./FineControls'));

const LAYER_LABELS: Record<LayerId, string> = {
  skin: 'Skin',
  fascia: 'Fascia',
  muscles: 'Muscles',
  ligaments: 'Ligaments',
  nerves: 'Nerves',
  vessels: 'Vessels',
  bones: 'Bones',
  labels: 'Labels',
};
const SIDE_LABELS = { r: 'Right', l: 'Left', both: 'Both' } as const;
const GROUPS: FunctionalGroup[] = [
  'flexor',
  'extensor',
  'abductor',
  'adductor',
  'external_rotator',
  'internal_rotator',
  'trunk',
  'abdominal',
  'knee_extensor',
  'knee_flexor',
  'plantarflexor',
];

export function LayersPanel() {
  const layers = useStore((s) => s.layers);
  const seeThrough = useStore((s) => s.seeThrough);
  const side = useStore((s) => s.side);
  const xray = useStore((s) => s.xray);
  const opacity = useStore((s) => s.skinOpacity);
  const hiddenGroups = useStore((s) => s.hiddenGroups);
  const isolate = useStore((s) => s.isolate);
  const hidden = useStore((s) => s.hidden);
  const s = useStore.getState();
  const [fine, setFine] = useState(false);
  return (
    <div className="panel layers-panel">
      <fieldset>
        <legend>Show</legend>
        {LAYERS.map((l) => (
          <label key={l} className="check">
            <input type="checkbox" checked={layers.includes(l)} onChange={(e) => s.setLayer(l, e.target.checked)} />
            {LAYER_LABELS[l]}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={xray} onChange={(e) => s.set('xray', e.target.checked)} />
          X-ray (faint skin)
        </label>
        <label className="range">
          Skin opacity
          <input
            type="range"
            min={0.05}
            max={1}
            step={0.05}
            value={opacity}
            onChange={(e) => s.set('skinOpacity', Number(e.target.value))}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>See-through</legend>
        {LAYERS.filter((l) => l !== 'labels').map((l) => (
          <label key={l} className="check">
            <input
              type="checkbox"
              aria-label={`See-through ${LAYER_LABELS[l].toLowerCase()}`}
              checked={seeThrough.includes(l)}
              onChange={(e) => s.setSeeThrough(l, e.target.checked)}
            />
            {LAYER_LABELS[l]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Side</legend>
        {SIDES_VIEW.map((v) => (
          <label key={v} className="check">
            <input type="radio" name="side" checked={side === v} onChange={() => s.setSide(v)} />
            {SIDE_LABELS[v]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Muscle groups</legend>
        {GROUPS.map((g) => (
          <label key={g} className="check">
            <input
              type="checkbox"
              checked={!hiddenGroups.includes(g)}
              onChange={(e) =>
                s.set('hiddenGroups', e.target.checked ? hiddenGroups.filter((x) => x !== g) : [...hiddenGroups, g])
              }
            />
            {GROUP_LABELS[g]}
          </label>
        ))}
      </fieldset>
      {isolate.length > 0 && (
        <button type="button" className="button" onClick={() => s.setIsolate([])}>
          Show all muscles again ({isolate.length} isolated)
        </button>
      )}
      {hidden.length > 0 && (
        <button type="button" className="button" onClick={() => s.set('hidden', [])}>
          Unhide {hidden.length} hidden muscle{hidden.length > 1 ? 's' : ''}
        </button>
      )}
      <button type="button" className="button subtle" aria-expanded={fine} onClick={() => setFine(!fine)}>
        {fine ? 'Hide fine controls' : 'Fine controls (lighting, colours)…'}
      </button>
      {fine && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <FineControls />
        </Suspense>
      )}
    </div>
  );
}
