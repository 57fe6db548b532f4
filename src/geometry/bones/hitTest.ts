/**
 * Is a world point inside a bone, for a posed body? Transforms the point into each bone's segment frame
 * and asks its field, skipping bones whose box is far away. Deterministic and allocation-free per call.
 */
import type { Frames } from '../../anatomy/model/kinematics';
import { applyInversePointAt } from '../../anatomy/math/transform';
import { SEGMENT_INDEX } from '../../anatomy/model/segments';
import { BONES, boneField } from './index';

const local = new Float64Array(3);
const SEGMENTS = BONES.map((b) => SEGMENT_INDEX[b.segment]);

export interface BoneHit {
  bone: string;
  /** Field value: > 0 inside, ≈ depth below the surface in metres. */
  depth: number;
}

/** The bone the world point is deepest inside (largest field), or undefined when it is outside all of them. */
export function boneAt(
  frames: Frames,
  x: number,
  y: number,
  z: number,
  out: BoneHit = { bone: '', depth: 0 },
): BoneHit | undefined {
  let best = 0;
  let found = false;
  for (let i = 0; i < BONES.length; i++) {
    const b = BONES[i]!;
    local[0] = x;
    local[1] = y;
    local[2] = z;
    applyInversePointAt(frames[SEGMENTS[i]!]!, local, 0, local, 0);
    const lx = local[0]!;
    const ly = local[1]!;
    const lz = local[2]!;
    if (lx < b.lo[0] || ly < b.lo[1] || lz < b.lo[2] || lx > b.hi[0] || ly > b.hi[1] || lz > b.hi[2]) continue;
    const v = boneField(b.name, lx, ly, lz);
    if (v > best) {
      best = v;
      out.bone = b.name;
      out.depth = v;
      found = true;
    }
  }
  return found ? out : undefined;
}
