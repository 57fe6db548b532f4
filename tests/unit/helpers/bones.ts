/**
 * Which bone a world point lies nearest, in a pose, by the bones' own fields (positive inside, ≈ metres
 * near the surface): the bone whose field is largest there, and that field. Points farther than `FAR`
 * from every bone's box get no bone.
 */
import { applyInversePoint } from '../../../src/anatomy/math/transform';
import type { Frames } from '../../../src/anatomy/model/kinematics';
import { SEGMENT_INDEX } from '../../../src/anatomy/model/segments';
import { BONES, boneField } from '../../../src/geometry/bones';

const FAR = 0.03;
const local = new Float64Array(3);
const SEGMENTS = BONES.map((b) => SEGMENT_INDEX[b.segment]);

export interface NearBone {
  bone: string;
  /** Field value: > 0 inside (depth), < 0 outside (≈ −distance). */
  field: number;
}

export function nearestBone(frames: Frames, x: number, y: number, z: number, only?: string): NearBone | null {
  let best: NearBone | null = null;
  for (let i = 0; i < BONES.length; i++) {
    const b = BONES[i]!;
    if (only && b.name !== only) continue;
    local[0] = x;
    local[1] = y;
    local[2] = z;
    applyInversePoint(frames[SEGMENTS[i]!]!, local, local);
    const dx = Math.max(b.lo[0] - local[0]!, 0, local[0]! - b.hi[0]);
    const dy = Math.max(b.lo[1] - local[1]!, 0, local[1]! - b.hi[1]);
    const dz = Math.max(b.lo[2] - local[2]!, 0, local[2]! - b.hi[2]);
    if (dx * dx + dy * dy + dz * dz > FAR * FAR) continue;
    const v = boneField(b.name, local[0]!, local[1]!, local[2]!);
    if (!best || v > best.field) best = { bone: b.name, field: v };
  }
  return best;
}
