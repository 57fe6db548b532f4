/**
 * The skeleton of the neutral pose as one field in the ground frame, for building bodies that lie on it:
 * `boneField` is positive inside a bone and ≈ metres near the surface (the bones' own fields, so it answers
 * exactly as the penetration tests do); `boneNormal` is its outward direction.
 */
import { applyInversePoint } from '../../../src/anatomy/math/transform';
import { neutralFrames } from '../../../src/anatomy/model/kinematics';
import { SEGMENT_INDEX } from '../../../src/anatomy/model/segments';
import { BONES, boneField as fieldOf } from '../../../src/geometry/bones';

const frames = neutralFrames();
const local = new Float64Array(3);
const SEGMENTS = BONES.map((b) => SEGMENT_INDEX[b.segment]);
/** Beyond this distance from every bone's box the field is simply −FAR. */
export const FAR = 0.04;

/** The largest bone field at a world point of the neutral pose (−FAR when no bone is near). */
export function boneField(x: number, y: number, z: number): number {
  let best = -FAR;
  for (let i = 0; i < BONES.length; i++) {
    const b = BONES[i]!;
    local[0] = x;
    local[1] = y;
    local[2] = z;
    applyInversePoint(frames[SEGMENTS[i]!]!, local, local);
    const lx = local[0]!;
    const ly = local[1]!;
    const lz = local[2]!;
    const dx = Math.max(b.lo[0] - lx, 0, lx - b.hi[0]);
    const dy = Math.max(b.lo[1] - ly, 0, ly - b.hi[1]);
    const dz = Math.max(b.lo[2] - lz, 0, lz - b.hi[2]);
    if (dx * dx + dy * dy + dz * dz > FAR * FAR) continue;
    const v = fieldOf(b.name, lx, ly, lz);
    if (v > best) best = v;
  }
  return best;
}

/** Outward unit normal of the skeleton's field at a point (zero far from bone), into out. */
export function boneNormal(x: number, y: number, z: number, out: Float64Array | number[]): void {
  const h = 0.0008;
  const gx = boneField(x - h, y, z) - boneField(x + h, y, z);
  const gy = boneField(x, y - h, z) - boneField(x, y + h, z);
  const gz = boneField(x, y, z - h) - boneField(x, y, z + h);
  const l = Math.sqrt(gx * gx + gy * gy + gz * gz);
  out[0] = l > 1e-9 ? gx / l : 0;
  out[1] = l > 1e-9 ? gy / l : 0;
  out[2] = l > 1e-9 ? gz / l : 0;
}
