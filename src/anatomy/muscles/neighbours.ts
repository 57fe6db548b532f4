/**
 * A muscle's neighbours: the muscles of the same side whose fibres pass within 3 cm of its own in
 * neutral standing. "Isolate" shows a muscle with these, so it keeps its anatomical context.
 */
import { neutralPose } from '../model/coordinates';
import { computeFrames } from '../model/kinematics';
import { fibrePolyline, maxPolylinePoints } from '../path/musclePath';
import { MUSCLES, type Muscle } from './catalog';
import type { MuscleId } from './types';

const NEAR = 0.03;
let samples: Map<MuscleId, Float64Array> | undefined;

/** Points every ~1 cm along each muscle's fibres at neutral (computed once). */
function sampled(): Map<MuscleId, Float64Array> {
  if (samples) return samples;
  const pose = neutralPose();
  const frames = computeFrames(pose);
  samples = new Map();
  for (const m of MUSCLES) {
    const pts: number[] = [];
    for (const f of m.fibres) {
      const buf = new Float64Array(maxPolylinePoints(f) * 3);
      const n = fibrePolyline(f, frames, pose, buf);
      for (let i = 0; i + 1 < n; i++) {
        const len = Math.hypot(buf[i * 3 + 3]! - buf[i * 3]!, buf[i * 3 + 4]! - buf[i * 3 + 1]!, buf[i * 3 + 5]! - buf[i * 3 + 2]!);
        const steps = Math.max(1, Math.ceil(len / 0.01));
        for (let s = 0; s < steps; s++) {
          const t = s / steps;
          for (let c = 0; c < 3; c++) pts.push(buf[i * 3 + c]! * (1 - t) + buf[i * 3 + 3 + c]! * t);
        }
      }
    }
    samples.set(m.id, Float64Array.from(pts));
  }
  return samples;
}

function near(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i += 3) {
    for (let j = 0; j < b.length; j += 3) {
      const dx = a[i]! - b[j]!;
      const dy = a[i + 1]! - b[j + 1]!;
      const dz = a[i + 2]! - b[j + 2]!;
      if (dx * dx + dy * dy + dz * dz < NEAR * NEAR) return true;
    }
  }
  return false;
}

export function neighbours(m: Muscle): MuscleId[] {
  const s = sampled();
  const own = s.get(m.id)!;
  return MUSCLES.filter((o) => o.id !== m.id && o.side === m.side && near(own, s.get(o.id)!)).map((o) => o.id);
}
