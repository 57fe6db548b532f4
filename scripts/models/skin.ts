/**
 * The body surface: the field of src/geometry/skin extracted as the right half, simplified, mirrored
 * into an exactly symmetric closed mesh, and skinned to the segments (bind pose = neutral standing).
 */
import { BODY_BOUNDS, bodyDepth, bodyDistance } from '../../src/geometry/skin/field';
import { inverseBindMatrices, SKIN_JOINTS } from '../../src/geometry/skin/joints';
import { dropMidlineCap, mirrorWeld, thinBorder } from '../../src/geometry/skin/mirror';
import { fieldNormals } from '../../src/geometry/skin/normals';
import { skinWeights } from '../../src/geometry/skin/weights';
import type { MeshPart, SkinSpec } from './gltf';
import { levelSet, simplify } from './mesh';

/** Grid edge of the level set (metres) and the triangle budget of the whole body. */
export const SKIN_EDGE = 0.0045;
export const SKIN_TRIANGLES = 24_000;

export async function buildSkin(): Promise<{ parts: MeshPart[]; skin: SkinSpec }> {
  const { min, max } = BODY_BOUNDS;
  // The right half only, closed by the plane z = 0 (the grid is offset so no sample lies on it).
  const half = await levelSet(
    (x, y, z) => Math.min(bodyDepth(x, y, z), z),
    [min[0], min[1], -0.37 * SKIN_EDGE],
    [max[0], max[1], max[2]],
    SKIN_EDGE,
  );
  const open = thinBorder(dropMidlineCap(half), 2.2 * SKIN_EDGE, 0.0004);
  const simple = await simplify(open, SKIN_TRIANGLES / 2, 0.004, 'RegularizeLight');
  const mesh = mirrorWeld(simple);
  const { joints, weights } = skinWeights(mesh.positions, mesh.indices);
  return {
    parts: [
      {
        name: 'body',
        positions: mesh.positions,
        normals: fieldNormals(mesh.positions, bodyDistance),
        indices: mesh.indices,
        joints,
        weights,
      },
    ],
    skin: { joints: [...SKIN_JOINTS], inverseBindMatrices: inverseBindMatrices() },
  };
}
