/**
 * The live length plot: the selected muscle's musculotendon length (cm) over the whole motion and its
 * side's hip flexion angle (°), sampled once per motion and muscle with the CLI's anatomy functions;
 * for walking, the back stride is shaded and the normal range of the hip angle drawn as a band
 * (Kadaba et al. 1990). A marker at the current phase and the numbers beside the plot follow every
 * frame without React. "Download CSV" saves exactly the plotted numbers, in `myomap motion`'s formats.
 */
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { COORDINATE_INDEX } from '../../anatomy/model/coordinates';
import { MUSCLE_IDS, muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { MOTIONS } from '../../anatomy/motions';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { scrub } from './actions';
import { cmText, hipText, signedCmText } from './format';
import { extremes, GAIT_HIP_SD, type MotionSamples, sampleMotion, samplesCsv } from './samples';

/** Plotted when nothing is selected. */
export const DEFAULT_PLOT_MUSCLE: MuscleId = 'psoas_major_r';

const INK = {
  length: '#ffb347',
  rest: '#8c96a3',
  hip: '#7cc4ff',
  band: 'rgba(124, 196, 255, 0.16)',
  bandEdge: 'rgba(124, 196, 255, 0.35)',
  segment: 'rgba(242, 194, 48, 0.12)',
  segmentText: 'rgba(242, 194, 48, 0.85)',
  grid: '#2b3645',
  text: '#a9b4c2',
  marker: '#e9eef4',
};
const FONT = '11px system-ui, sans-serif';

/** The part of the motion to shade: walking's back stride of the muscle's side. */
function shadedSegment(s: MotionSamples): { from: number; to: number; label: string } | null {
  if (s.motion !== 'gait') return null;
  const seg = MOTIONS.gait.segments?.find((x) => x.id === (s.side === 'r' ? 'back_stride' : 'back_stride_left'));
  return seg ? { from: seg.from * 100, to: seg.to * 100, label: 'back stride' } : null;
}

function makeOptions(s: MotionSamples, width: number, height: number): uPlot.Options {
  const seg = shadedSegment(s);
  const roomy = height >= 100;
  const axis = {
    stroke: INK.text,
    font: FONT,
    labelFont: FONT,
    grid: { stroke: INK.grid, width: 1 },
    ticks: { stroke: INK.grid, width: 1, size: 4 },
  };
  const series: uPlot.Series[] = [
    {},
    { label: 'Length (cm)', scale: 'cm', stroke: INK.length, width: 2 },
    { label: 'Length standing (cm)', scale: 'cm', stroke: INK.rest, width: 1, dash: [4, 4] },
    { label: 'Hip flexion (°)', scale: 'deg', stroke: INK.hip, width: 1.5 },
  ];
  if (s.band) {
    series.push(
      { label: 'Normal walking, low (°)', scale: 'deg', stroke: INK.bandEdge, width: 1 },
      { label: 'Normal walking, high (°)', scale: 'deg', stroke: INK.bandEdge, width: 1 },
    );
  }
  return {
    width,
    height,
    padding: [10, 6, 0, 2],
    legend: { show: false },
    cursor: { y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
    scales: { x: { time: false, range: [0, 100] }, cm: { auto: true }, deg: { auto: true } },
    axes: [
      { ...axis, size: 24, values: (_u, splits) => splits.map((v) => `${v}%`) },
      {
        ...axis,
        scale: 'cm',
        size: roomy ? 46 : 34,
        space: 18,
        ...(roomy ? { label: 'length, cm', labelSize: 14 } : {}),
        stroke: INK.length,
      },
      {
        ...axis,
        scale: 'deg',
        side: 1,
        size: roomy ? 44 : 30,
        space: 18,
        ...(roomy ? { label: 'hip flexion, °', labelSize: 14 } : {}),
        stroke: INK.hip,
        grid: { show: false },
      },
    ],
    series,
    bands: s.band ? [{ series: [5, 4], fill: INK.band }] : [],
    hooks: {
      drawAxes: [
        (u) => {
          if (!seg) return;
          const ctx = u.ctx;
          const { top, height: h } = u.bbox;
          const pr = uPlot.pxRatio;
          ctx.save();
          ctx.fillStyle = INK.segment;
          const shade = (a: number, b: number) => {
            const x0 = u.valToPos(a, 'x', true);
            ctx.fillRect(x0, top, u.valToPos(b, 'x', true) - x0, h);
          };
          shade(seg.from, Math.min(seg.to, 100));
          if (seg.to > 100) shade(0, seg.to - 100);
          ctx.fillStyle = INK.segmentText;
          ctx.font = `${Math.round(10 * pr)}px system-ui, sans-serif`;
          ctx.textAlign = 'center';
          ctx.fillText(seg.label, u.valToPos((seg.from + Math.min(seg.to, 100)) / 2, 'x', true), top + 11 * pr);
          ctx.restore();
        },
      ],
    },
  };
}

function plotData(s: MotionSamples): uPlot.AlignedData {
  const rest = s.restM * 100;
  const data: (number[] | null[])[] = [s.percent, s.lengthCm, s.percent.map(() => rest), s.hip];
  if (s.band) data.push(s.band.low, s.band.high);
  return data as uPlot.AlignedData;
}

function download(s: MotionSamples) {
  const url = URL.createObjectURL(new Blob([samplesCsv(s)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `myomap-${s.motion}-${s.muscle}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function LengthPlot() {
  const motion = useStore((s) => s.motion);
  const selected = useStore((s) => s.muscle);
  // Standing still, lengths say nothing new: the readout shows with a motion or a pose made by hand.
  const posed = useStore((s) => s.motion !== null || Object.keys(s.manual).length > 0);
  const id = selected ?? DEFAULT_PLOT_MUSCLE;
  const mu = muscle(id);
  const label = muscleLabel(mu);
  const sideWord = mu.side === 'r' ? 'Right' : 'Left';
  const samples = useMemo(() => (motion ? sampleMotion(motion, id) : null), [motion, id]);
  const runtime = useRuntime();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<{ u: uPlot; ctx: CanvasRenderingContext2D | null; w: number; h: number; version: number } | null>(
    null,
  );
  const lengthEl = useRef<HTMLSpanElement>(null);
  const deltaEl = useRef<HTMLElement>(null);
  const hipEl = useRef<HTMLElement>(null);

  // The plot: made once per motion and muscle, resized with its box.
  useEffect(() => {
    const el = box.current;
    if (!el || !samples) return;
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
    return () => {
      ro.disconnect();
      u.over.removeEventListener('click', onClick);
      plot.current = null;
      u.destroy();
    };
  }, [samples, runtime]);

  // Numbers and the marker, every frame, outside React; strings are made only when a shown digit changes.
  useEffect(() => {
    if (!posed) return;
    const index = MUSCLE_IDS.indexOf(id);
    const hipIndex = COORDINATE_INDEX[`hip_flexion_${mu.side}`];
    let shownLength = Number.NaN;
    let shownDelta = Number.NaN;
    let shownHip = Number.NaN;
    let drawnPhase = Number.NaN;
    let drawnVersion = -1;
    let drawnPlot: unknown = null;
    return runtime.onFrame(() => {
      const L = runtime.frame.lengths[index]!;
      const rest = runtime.frame.restLengths[index]!;
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
  }, [id, mu.side, runtime, posed]);

  const m = motion ? MOTIONS[motion] : null;
  const ext = samples ? extremes(samples) : null;
  return (
    <div className="length">
      {posed ? (
      <dl className="readout" aria-label={`Now: ${label}`}>
        <div className="readout-muscle">
          <dt className="visually-hidden">Muscle</dt>
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
        <figure className="length-figure" aria-label={`Muscle length over the motion: ${label}`}>
          <div ref={box} className="length-plot" title="Click to jump to that moment" />
          <figcaption>
            <span className="key key-length" />
            length, cm <span className="key key-rest" />
            standing <span className="key key-hip" />
            {sideWord.toLowerCase()} hip flexion, ° — over one {m.label.toLowerCase()} cycle
            {selected ? '' : <span className="wide-only">; nothing selected, so the right psoas major is shown</span>}.
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
          Choose a motion, or press Knee up or Back stride, to plot how {selected ? `the ${label}` : 'a muscle'} changes length.
        </p>
      )}
    </div>
  );
}
