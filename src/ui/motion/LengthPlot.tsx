/**
 * The live length plot: the selected muscle's musculotendon length (cm), or the selected ligament's
 * length (plotSubject.ts), over the whole motion and its side's hip flexion angle (°), sampled once per
 * motion and subject with the CLI's anatomy functions;
 * for walking, the back stride is shaded and the normal range of the hip angle drawn as a band
 * (Kadaba et al. 1990). A marker at the current phase and the numbers beside the plot follow every
 * frame without React. "Download CSV" saves exactly the plotted numbers, in `myomap motion`'s formats.
 * The chart itself (uPlot) is in lengthChart.ts, fetched with `import()` when first shown.
 */
import { useEffect, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { COORDINATE_INDEX, neutralPose } from '../../anatomy/model/coordinates';
import { computeFrames } from '../../anatomy/model/kinematics';
import { MOTIONS } from '../../anatomy/motions';
import { muscleLength } from '../../anatomy/path/musclePath';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { scrub } from './actions';
import { cmText, hipText, signedCmText } from './format';
import { INK } from './plotInk';
import { usePlotSubject } from './plotSubject';
import { extremes, GAIT_HIP_SD, type MotionSamples, sampleMotion, samplesCsv } from './samples';

function download(s: MotionSamples) {
  const url = URL.createObjectURL(new Blob([samplesCsv(s)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `myomap-${s.motion}-${s.id}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function LengthPlot() {
  const motion = useStore((s) => s.motion);
  // Standing still, lengths say nothing new: the readout shows with a motion or a pose made by hand.
  const posed = useStore((s) => s.motion !== null || Object.keys(s.manual).length > 0);
  const { body, label, side, muscleIndex, kind, standIn } = usePlotSubject();
  const sideWord = side === 'r' ? 'Right' : 'Left';
  const what = kind === 'muscle' ? 'Muscle' : 'Ligament';
  const samples = useMemo(() => (motion && body ? sampleMotion(motion, body) : null), [motion, body]);
  // A ligament's standing length (a muscle's is in the frame state).
  const ligamentRest = useMemo(() => {
    if (!body || muscleIndex >= 0) return 0;
    const pose = neutralPose();
    return muscleLength(body, computeFrames(pose), pose);
  }, [body, muscleIndex]);
  const runtime = useRuntime();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<{ u: uPlot; ctx: CanvasRenderingContext2D | null; w: number; h: number; version: number } | null>(
    null,
  );
  const lengthEl = useRef<HTMLSpanElement>(null);
  const deltaEl = useRef<HTMLElement>(null);
  const hipEl = useRef<HTMLElement>(null);

  // The plot: made once per motion and muscle, resized with its box; uPlot is fetched the first time.
  useEffect(() => {
    const el = box.current;
    if (!el || !samples) return;
    let destroy: (() => void) | null = null;
    let gone = false;
    import('./lengthChart')
      .then(({ uPlot, makeOptions, plotData }) => {
        if (gone) return;
        const width = Math.max(160, el.clientWidth);
        const height = Math.max(80, el.clientHeight);
        const u = new uPlot(makeOptions(samples, width, height), plotData(samples), el);
        u.root.setAttribute('aria-hidden', 'true');
        const canvas = document.createElement('canvas');
        canvas.className = 'plot-marker';
        u.over.append(canvas);
        const state = { u, ctx: canvas.getContext('2d'), w: 0, h: 0, version: 0 };
        const sizeMarker = () => {
          const pr = uPlot.pxRatio;
          state.w = u.bbox.width / pr;
          state.h = u.bbox.height / pr;
          canvas.width = Math.round(u.bbox.width);
          canvas.height = Math.round(u.bbox.height);
          state.ctx?.setTransform(pr, 0, 0, pr, 0, 0);
          state.version++;
          runtime.invalidate(); // the marker is drawn after the viewer's next frame
        };
        sizeMarker();
        plot.current = state;
        const onClick = (e: MouseEvent) => {
          const r = u.over.getBoundingClientRect();
          const pct = u.posToVal(e.clientX - r.left, 'x');
          scrub(Math.min(1, Math.max(0, pct / 100)));
        };
        u.over.addEventListener('click', onClick);
        const ro = new ResizeObserver(() => {
          const w = Math.max(160, el.clientWidth);
          const h = Math.max(80, el.clientHeight);
          if (w !== u.width || h !== u.height) {
            u.setSize({ width: w, height: h });
            sizeMarker();
          }
        });
        ro.observe(el);
        destroy = () => {
          ro.disconnect();
          u.over.removeEventListener('click', onClick);
          plot.current = null;
          u.destroy();
        };
      })
      .catch((e: unknown) => console.error('myomap: the length plot could not load', e));
    return () => {
      gone = true;
      destroy?.();
    };
  }, [samples, runtime]);

  // Numbers and the marker, every frame, outside React; strings are made only when a shown digit changes.
  useEffect(() => {
    if (!posed || !body) return;
    const hipIndex = COORDINATE_INDEX[`hip_flexion_${side}`];
    let shownLength = Number.NaN;
    let shownDelta = Number.NaN;
    let shownHip = Number.NaN;
    let drawnPhase = Number.NaN;
    let drawnVersion = -1;
    let drawnPlot: unknown = null;
    return runtime.onFrame(() => {
      const f = runtime.frame;
      // A muscle's length is measured for the frame already; a ligament's here (nothing allocated).
      const L = muscleIndex >= 0 ? f.lengths[muscleIndex]! : muscleLength(body, f.frames, f.pose);
      const rest = muscleIndex >= 0 ? f.restLengths[muscleIndex]! : ligamentRest;
      const hip = runtime.frame.pose[hipIndex]!;
      const kL = Math.round(L * 100 * 10);
      if (kL !== shownLength && lengthEl.current) {
        shownLength = kL;
        lengthEl.current.textContent = cmText(L);
      }
      const kD = Math.round((L - rest) * 100 * 10);
      if (kD !== shownDelta && deltaEl.current) {
        shownDelta = kD;
        deltaEl.current.textContent = signedCmText(L - rest);
      }
      const kH = Math.round(hip);
      if (kH !== shownHip && hipEl.current) {
        shownHip = kH;
        hipEl.current.textContent = hipText(hip);
      }
      const p = plot.current;
      if (!p?.ctx) return;
      if (p === drawnPlot && p.version === drawnVersion && runtime.frame.phase === drawnPhase) return;
      drawnPlot = p;
      drawnVersion = p.version;
      drawnPhase = runtime.frame.phase;
      const ctx = p.ctx;
      ctx.clearRect(0, 0, p.w, p.h);
      const x = p.u.valToPos(runtime.frame.phase * 100, 'x');
      ctx.fillStyle = INK.marker;
      ctx.fillRect(x - 0.75, 0, 1.5, p.h);
      ctx.fillStyle = INK.length;
      ctx.beginPath();
      ctx.arc(x, p.u.valToPos(L * 100, 'cm'), 4, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = INK.hip;
      ctx.beginPath();
      ctx.arc(x, p.u.valToPos(hip, 'deg'), 3.5, 0, 2 * Math.PI);
      ctx.fill();
    });
  }, [body, side, muscleIndex, ligamentRest, runtime, posed]);

  const m = motion ? MOTIONS[motion] : null;
  const ext = samples ? extremes(samples) : null;
  return (
    <div className="length">
      {posed ? (
      <dl className="readout" aria-label={`Now: ${label}`}>
        <div className="readout-muscle">
          <dt className="visually-hidden">{what}</dt>
          <dd>{label}</dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            <span ref={lengthEl} data-readout="length">
              –
            </span>{' '}
            cm
          </dd>
        </div>
        <div>
          <dt>From standing</dt>
          <dd ref={deltaEl} data-readout="delta">
            –
          </dd>
        </div>
        <div>
          <dt>{sideWord} hip</dt>
          <dd ref={hipEl} data-readout="hip">
            –
          </dd>
        </div>
      </dl>
      ) : null}
      {samples && m && ext ? (
        <figure className="length-figure" aria-label={`${what} length over the motion: ${label}`}>
          <div ref={box} className="length-plot" title="Click to jump to that moment" />
          <figcaption>
            <span className="key key-length" />
            length, cm <span className="key key-rest" />
            standing <span className="key key-hip" />
            {sideWord.toLowerCase()} hip flexion, ° — over one {m.label.toLowerCase()} cycle
            {standIn ? (
              <>
                <span className="wide-only">
                  ; {standIn.selected ? `${standIn.selected} has no length plotted here` : 'nothing selected'}, so the
                  right psoas major is shown
                </span>
                <span className="narrow-only">; {standIn.selected ? 'no length of its own' : 'nothing selected'}: psoas shown</span>
              </>
            ) : (
              ''
            )}
            .
            {samples.band ? (
              <>
                {' '}
                Band: normal walking range of the hip angle
                <span className="wide-only">, this curve ± 1 SD (SD = {GAIT_HIP_SD}°</span>
                <span className="narrow-only"> (± {GAIT_HIP_SD}°</span>, after Kadaba et al. 1990). Shaded: the back
                stride.
              </>
            ) : null}
            <span className="visually-hidden">
              {' '}
              Longest {cmText(ext.max)} cm at {ext.maxAt} %, shortest {cmText(ext.min)} cm at {ext.minAt} %, standing{' '}
              {cmText(samples.restM)} cm.
            </span>{' '}
            <button
              type="button"
              className="button subtle csv"
              onClick={() => download(samples)}
              aria-label="Download the plotted numbers as CSV"
              title="percent, hip angle (°) and length (m), as `myomap motion --step 1` prints them"
            >
              CSV
            </button>
          </figcaption>
        </figure>
      ) : (
        <p className="small muted length-hint">
          Choose a motion, or press Knee up or Back stride, to plot how {standIn ? 'a muscle' : `the ${label}`} changes length.
        </p>
      )}
    </div>
  );
}
