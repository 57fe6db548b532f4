/**
 * The length plot's chart, drawn with uPlot: loaded with `import()` by LengthPlot once a motion is
 * shown, so uPlot and its CSS are not part of the first load.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { MOTIONS } from '../../anatomy/motions';
import { INK } from './plotInk';
import type { MotionSamples } from './samples';

export { uPlot };

const FONT = '11px system-ui, sans-serif';

/** The part of the motion to shade: walking's back stride of the muscle's side. */
function shadedSegment(s: MotionSamples): { from: number; to: number; label: string } | null {
  if (s.motion !== 'gait') return null;
  const seg = MOTIONS.gait.segments?.find((x) => x.id === (s.side === 'r' ? 'back_stride' : 'back_stride_left'));
  return seg ? { from: seg.from * 100, to: seg.to * 100, label: 'back stride' } : null;
}

export function makeOptions(s: MotionSamples, width: number, height: number): uPlot.Options {
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

export function plotData(s: MotionSamples): uPlot.AlignedData {
  const rest = s.restM * 100;
  const data: (number[] | null[])[] = [s.percent, s.lengthCm, s.percent.map(() => rest), s.hip];
  if (s.band) data.push(s.band.low, s.band.high);
  return data as uPlot.AlignedData;
}
