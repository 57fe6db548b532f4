/**
 * Keyframed motions: a few poses at chosen phases joined by cubic Hermite curves whose slope at each key
 * is the centred difference of its neighbours (zero at the ends of a motion that does not loop), so
 * every coordinate is continuous with a continuous rate of change (C¹) in phase.
 */
import { COORDINATE_INDEX, type CoordinateName, neutralPose, type Pose } from '../model/coordinates';

export interface Key {
  phase: number;
  values: Partial<Record<CoordinateName, number>>;
}

export interface KeyTrack {
  phases: Float64Array;
  /** values[k * n + c]: coordinate c at key k. */
  values: Float64Array;
  /** slopes[k * n + c]: d(value)/d(phase) at key k. */
  slopes: Float64Array;
  periodic: boolean;
  n: number;
}

/**
 * Unspecified coordinates hold the previous key's value (neutral before the first). Keys must be sorted,
 * start at phase 0, and — for periodic tracks — stop before phase 1 (phase 1 is phase 0 again).
 */
export function buildTrack(keys: readonly Key[], periodic: boolean): KeyTrack {
  const base = neutralPose();
  const n = base.length;
  const m = keys.length;
  const values = new Float64Array(m * n);
  let last = base;
  keys.forEach((k, i) => {
    const row = Float64Array.from(last);
    for (const [name, v] of Object.entries(k.values)) row[COORDINATE_INDEX[name as CoordinateName]] = v as number;
    values.set(row, i * n);
    last = row;
  });
  const phases = Float64Array.from(keys, (k) => k.phase);
  const slopes = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const hasPrev = periodic || i > 0;
    const hasNext = periodic || i < m - 1;
    if (!hasPrev || !hasNext) continue; // ease in / out at the ends of a one-way motion
    const ip = (i - 1 + m) % m;
    const inx = (i + 1) % m;
    const pp = i === 0 ? phases[ip]! - 1 : phases[ip]!;
    const pn = i === m - 1 ? phases[inx]! + 1 : phases[inx]!;
    for (let c = 0; c < n; c++) slopes[i * n + c] = (values[inx * n + c]! - values[ip * n + c]!) / (pn - pp);
  }
  return { phases, values, slopes, periodic, n };
}

export function evalTrack(track: KeyTrack, phase: number, out: Pose): Pose {
  const { phases, values, slopes, periodic, n } = track;
  const m = phases.length;
  const t = periodic ? phase - Math.floor(phase) : Math.min(1, Math.max(0, phase));
  let i = m - 1;
  for (let k = 0; k < m - 1; k++) {
    if (t < phases[k + 1]!) {
      i = k;
      break;
    }
  }
  const j = i + 1 < m ? i + 1 : periodic ? 0 : i;
  const p0 = phases[i]!;
  const p1 = j === i ? p0 : i + 1 < m ? phases[j]! : 1 + phases[0]!;
  const h = p1 - p0;
  if (h <= 0) {
    for (let c = 0; c < n; c++) out[c] = values[i * n + c]!;
    return out;
  }
  const u = (t - p0) / h;
  const u2 = u * u;
  const u3 = u2 * u;
  const h00 = 2 * u3 - 3 * u2 + 1;
  const h10 = u3 - 2 * u2 + u;
  const h01 = -2 * u3 + 3 * u2;
  const h11 = u3 - u2;
  for (let c = 0; c < n; c++) {
    out[c] =
      h00 * values[i * n + c]! +
      h10 * h * slopes[i * n + c]! +
      h01 * values[j * n + c]! +
      h11 * h * slopes[j * n + c]!;
  }
  return out;
}
