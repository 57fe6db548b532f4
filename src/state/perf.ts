/**
 * Frame timings for `npm run bench`: CPU time of the per-frame update (pose, muscle lofts, skeleton)
 * and the interval between frames. Off unless a page asks for it (window.myomapPerf.enabled = true).
 */
export interface Perf {
  enabled: boolean;
  /** ms of CPU per frame spent updating the body (pose → frames → lengths → lofts → joints). */
  update: number[];
  /** ms between frames. */
  interval: number[];
  started: number;
  last: number;
}

export const perf: Perf = { enabled: false, update: [], interval: [], started: 0, last: 0 };

if (typeof window !== 'undefined') (window as unknown as { myomapPerf: Perf }).myomapPerf = perf;
