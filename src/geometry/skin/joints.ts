/**
 * The skin's joints: the segments that move the body surface. The talus and foot move together
 * (myomap holds the subtalar joint at 0), and the sacrum is welded to the pelvis, so the skin binds to
 * `foot_*` and `pelvis` only. Joint i of the glTF skin is SKIN_JOINTS[i]; its bone matrix in the
 * viewer is that segment's world transform from computeFrames(pose).
 */
import { invert, createTransform } from '../../anatomy/math/transform';
import { frameOf, neutralFrames } from '../../anatomy/model/kinematics';
import type { SegmentId } from '../../anatomy/model/segments';

export const SKIN_JOINTS = [
  'pelvis',
  'l5',
  'l4',
  'l3',
  'l2',
  'l1',
  't12',
  'torso',
  'femur_r',
  'tibia_r',
  'patella_r',
  'foot_r',
  'femur_l',
  'tibia_l',
  'patella_l',
  'foot_l',
] as const satisfies readonly SegmentId[];

export type SkinJoint = (typeof SKIN_JOINTS)[number];

export const JOINT: Readonly<Record<SkinJoint, number>> = Object.fromEntries(
  SKIN_JOINTS.map((j, i) => [j, i]),
) as Record<SkinJoint, number>;

/** Inverse of each joint's neutral world transform, column-major 4×4, as glTF stores them. */
export function inverseBindMatrices(): Float32Array {
  const out = new Float32Array(SKIN_JOINTS.length * 16);
  const inv = createTransform();
  SKIN_JOINTS.forEach((j, i) => {
    invert(frameOf(neutralFrames(), j), inv);
    // Our transforms are a row-major 3×3 (inv[0..8]) plus a translation (inv[9..11]).
    const o = i * 16;
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) out[o + c * 4 + r] = inv[r * 3 + c]!;
      out[o + 12 + r] = inv[9 + r]!;
    }
    out[o + 15] = 1;
  });
  return out;
}
