/**
 * The skin in any pose, on the CPU, exactly as the viewer's SkinnedMesh computes it (linear blend
 * skinning): each joint moves its vertices by (segment's world transform) × (its neutral transform)⁻¹.
 */
import { createTransform, invert, multiply, type Transform } from '../../anatomy/math/transform';
import { type Frames, frameOf, neutralFrames } from '../../anatomy/model/kinematics';
import type { SegmentId } from '../../anatomy/model/segments';

export interface Skinned {
  positions: Float32Array;
  joints: readonly SegmentId[];
  skinJoints: Uint16Array;
  skinWeights: Float32Array;
}

/** Joint matrices of a pose: frame(pose) ∘ frame(neutral)⁻¹, one per skin joint. */
export function jointMatrices(joints: readonly SegmentId[], frames: Frames): Transform[] {
  return joints.map((j) => {
    const m = invert(frameOf(neutralFrames(), j), createTransform());
    return multiply(frameOf(frames, j), m, m);
  });
}

export function skinPositions(mesh: Skinned, frames: Frames, out = new Float32Array(mesh.positions.length)) {
  const m = jointMatrices(mesh.joints, frames);
  const p = mesh.positions;
  for (let v = 0; v < p.length / 3; v++) {
    const x = p[v * 3]!;
    const y = p[v * 3 + 1]!;
    const z = p[v * 3 + 2]!;
    let ox = 0;
    let oy = 0;
    let oz = 0;
    for (let k = 0; k < 4; k++) {
      const w = mesh.skinWeights[v * 4 + k]!;
      if (w === 0) continue;
      const t = m[mesh.skinJoints[v * 4 + k]!]!;
      ox += w * (t[0]! * x + t[1]! * y + t[2]! * z + t[9]!);
      oy += w * (t[3]! * x + t[4]! * y + t[5]! * z + t[10]!);
      oz += w * (t[6]! * x + t[7]! * y + t[8]! * z + t[11]!);
    }
    out[v * 3] = ox;
    out[v * 3 + 1] = oy;
    out[v * 3 + 2] = oz;
  }
  return out;
}
