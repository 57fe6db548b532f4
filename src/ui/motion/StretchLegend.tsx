/**
 * Over the 3D view while "Colour by stretch" is on: what the colours mean (shortened blue, as in standing
 * grey, lengthened yellow; change in length as a share of the muscle's fibre length, ±15 % — the same
 * mapping the muscles use), with a marker for the plotted muscle that follows the motion outside React.
 */
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { MUSCLE_IDS, muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { fibreStretch, STRETCH_RANGE, stretchColour } from '../../geometry/muscles/stretch';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { DEFAULT_PLOT_MUSCLE } from './plotSubject';

/** Marker positions "0%" … "100%" in half-percent steps, made once. */
const LEFT: readonly string[] = Array.from({ length: 201 }, (_, i) => `${i / 2}%`);
const MINUS = '\u2212';

function gradient(): string {
  const c = new THREE.Color();
  const stops = [-1, -0.5, 0, 0.5, 1].map((r, i) => `#${stretchColour(r * STRETCH_RANGE, c).getHexString()} ${i * 25}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

export function StretchLegend() {
  const on = useStore((s) => s.stretchColours);
  const selected = useStore((s) => s.muscle);
  const id = selected ?? DEFAULT_PLOT_MUSCLE;
  const label = muscleLabel(muscle(id));
  const background = useMemo(gradient, []);
  const marker = useRef<HTMLSpanElement>(null);
  const value = useRef<HTMLSpanElement>(null);
  const runtime = useRuntime();

  useEffect(() => {
    if (!on) return;
    const index = MUSCLE_IDS.indexOf(id);
    const fibre = muscle(id).architecture.optimalFibreLength;
    let shownPos = -1;
    let shownPct = Number.NaN;
    return runtime.onFrame(() => {
      const stretch = fibreStretch(runtime.frame.lengths[index]!, runtime.frame.restLengths[index]!, fibre);
      const x = Math.max(-1, Math.min(1, stretch / STRETCH_RANGE));
      const pos = Math.round((x + 1) * 100);
      if (pos !== shownPos && marker.current) {
        shownPos = pos;
        marker.current.style.left = LEFT[pos]!;
      }
      const pct = Math.round(stretch * 100);
      if (pct !== shownPct && value.current) {
        shownPct = pct;
        value.current.textContent = pct === 0 ? '0 %' : `${pct > 0 ? '+' : MINUS}${Math.abs(pct)} %`;
      }
    });
  }, [on, id, runtime]);

  if (!on) return null;
  return (
    <div className="stretch-legend" role="note" aria-label="Colour by stretch: legend">
      <div className="stretch-title">Colour by stretch</div>
      <div className="stretch-bar" style={{ background }}>
        <span ref={marker} className="stretch-marker" aria-hidden="true" />
      </div>
      <div className="stretch-scale" aria-hidden="true">
        <span>
          <span className="wide-only">shortened </span>
          {MINUS}15 %
        </span>
        <span>rest</span>
        <span>
          <span className="wide-only">lengthened </span>+15 %
        </span>
      </div>
      <p className="visually-hidden">
        Blue: shortened; grey: as in neutral standing; yellow: lengthened — change in length as a share of the
        muscle's fibre length, up to 15 %.
      </p>
      <div className="stretch-now">
        ▲ {label}: <span ref={value}>0 %</span> <span className="muted wide-only">of fibre length vs standing</span>
      </div>
    </div>
  );
}
