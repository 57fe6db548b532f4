/**
 * A small inverse-kinematics solver: adjust a few coordinates so that points on segments reach target
 * heights or positions (Gauss–Newton with a numerical Jacobian). Used once per key of a keyframed motion,
 * never per frame.
 */
import type { Vec3 } from '../math/vec3';
import { solve } from '../motions/fourier';
import { COORDINATE_INDEX, type CoordinateName, type Pose } from './coordinates';
import { computeFrames, createFrames, toWorld } from './kinematics';
import type { SegmentId } from './segments';

export interface Target {
  segment: SegmentId;
  at: Vec3;
  /** Target world value per axis; undefined axes are free. */
  world: [number | undefined, number | undefined, number | undefined];
}

const frames = createFrames();

function residuals(pose: Pose, targets: readonly Target[]): number[] {
  computeFrames(pose, frames);
  const r: number[] = [];
  for (const t of targets) {
    const w = toWorld(frames, t.segment, t.at);
    for (let a = 0; a < 3; a++) if (t.world[a] !== undefined) r.push(w[a]! - t.world[a]!);
  }
  return r;
}

/** Solve in place; returns the remaining residual norm (m). */
export function solveIK(pose: Pose, unknowns: readonly CoordinateName[], targets: readonly Target[]): number {
  const idx = unknowns.map((n) => COORDINATE_INDEX[n]);
  const h = 1e-4;
  for (let iter = 0; iter < 40; iter++) {
    const r = residuals(pose, targets);
    const norm = Math.hypot(...r);
    if (norm < 1e-7) return norm;
    const J = idx.map((i) => {
      const keep = pose[i]!;
      pose[i] = keep + h;
      const rp = residuals(pose, targets);
      pose[i] = keep;
      return rp.map((v, k) => (v - r[k]!) / h);
    });
    // Normal equations (JᵀJ + λI) Δ = −Jᵀr, columns of J are per unknown.
    const n = idx.length;
    const A = Array.from({ length: n }, (_, a) =>
      Float64Array.from({ length: n }, (_, b) => J[a]!.reduce((s, v, k) => s + v * J[b]![k]!, 0) + (a === b ? 1e-9 : 0)),
    );
    const g = Float64Array.from({ length: n }, (_, a) => -J[a]!.reduce((s, v, k) => s + v * r[k]!, 0));
    const d = solve(A, g);
    for (let a = 0; a < n; a++) pose[idx[a]!] = pose[idx[a]!]! + d[a]!;
  }
  return Math.hypot(...residuals(pose, targets));
}
