/** The motion UI: the timeline (App's `timeline` slot) and the stretch legend (its `stageExtras`). */
export { StretchLegend } from './StretchLegend';
export { Timeline } from './Timeline';
