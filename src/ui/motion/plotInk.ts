/** Colours of the length plot, shared by the lazily loaded chart and the marker drawn every frame. */
export const INK = {
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
