/**
 * Where drawn muscle paths pass through bone: every fibre's polyline, resampled along its length, tested
 * against the bone fields for a pose. Used by the penetration test and by tools/bone-penetration.ts.
 */
import type { Pose } from '../../anatomy/model/coordinates';
import { computeFrames, createFrames } from '../../anatomy/model/kinematics';
import type { Muscle } from '../../anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../../anatomy/path/musclePath';
import { type BoneHit, boneAt } from './hitTest';

export interface Penetration {
  muscle: string;
  fibre: string;
  bone: string;
  /** Metres below the bone surface. */
  depth: number;
  /** Distance along the path from its origin, metres. */
  along: number;
  /** The sample, world frame. */
  at: [number, number, number];
}

export interface PenetrationOptions {
  /** Sample spacing along the path, m. */
  step: number;
  /** Samples this close (along the path) to the origin or insertion are not tested: attachments sit on bone. */
  endZone: number;
  /** Field depth that counts as inside. */
  tolerance: number;
}

const frames = createFrames();
const hit: BoneHit = { bone: '', depth: 0 };

/** The deepest penetration of each fibre of each muscle in this pose (one entry per offending fibre). */
export function penetrations(muscles: readonly Muscle[], pose: Pose, o: PenetrationOptions): Penetration[] {
  computeFrames(pose, frames);
  const found: Penetration[] = [];
  for (const m of muscles) {
    for (const f of m.fibres) {
      const buf = new Float64Array(maxPolylinePoints(f) * 3);
      const n = fibrePolyline(f, frames, pose, buf);
      let total = 0;
      for (let k = 1; k < n; k++)
        total += Math.hypot(
          buf[k * 3]! - buf[k * 3 - 3]!,
          buf[k * 3 + 1]! - buf[k * 3 - 2]!,
          buf[k * 3 + 2]! - buf[k * 3 - 1]!,
        );
      let worst: Penetration | undefined;
      let s0 = 0;
      for (let k = 1; k < n; k++) {
        const ax = buf[k * 3 - 3]!;
        const ay = buf[k * 3 - 2]!;
        const az = buf[k * 3 - 1]!;
        const dx = buf[k * 3]! - ax;
        const dy = buf[k * 3 + 1]! - ay;
        const dz = buf[k * 3 + 2]! - az;
        const len = Math.hypot(dx, dy, dz);
        const count = Math.max(1, Math.ceil(len / o.step));
        for (let j = 0; j <= count; j++) {
          const s = s0 + (len * j) / count;
          if (s < o.endZone || s > total - o.endZone) continue;
          const t = j / count;
          const h = boneAt(frames, ax + dx * t, ay + dy * t, az + dz * t, hit);
          if (h && h.depth > o.tolerance && (!worst || h.depth > worst.depth)) {
            worst = {
              muscle: m.id,
              fibre: f.name,
              bone: h.bone,
              depth: h.depth,
              along: s,
              at: [ax + dx * t, ay + dy * t, az + dz * t],
            };
          }
        }
        s0 += len;
      }
      if (worst) found.push(worst);
    }
  }
  return found;
}
