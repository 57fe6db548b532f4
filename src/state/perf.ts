/**
 * Frame timings of one viewer for `npm run bench`: CPU time of the per-frame update (pose, muscles,
 * skeleton) and the interval between frames. Off unless the bench asks for it (through the test probe).
 */
export interface Perf {
  enabled: boolean;
  /** ms of CPU per frame spent updating the body (pose → frames → lengths → muscles → joints). */
  update: number[];
  /** ms between frames. */
  interval: number[];
  /** ms of CPU per frame spent posing the muscles (their paths into the path texture, and their bounds). */
  muscles: number[];
  /** Frames drawn since the counter was last reset (counted even when timings are off). */
  frames: number;
  started: number;
  last: number;
}

export const createPerf = (): Perf => ({ enabled: false, update: [], interval: [], muscles: [], frames: 0, started: 0, last: 0 });
