/**
 * The body surface: the field of src/geometry/skin extracted, cut at the midline, the right half
 * simplified and mirrored into an exactly symmetric closed mesh, skinned to the segments (bind pose =
 * neutral standing) with normals from the field and, per vertex, how far the viewer fades it out (`_FADE`).
 */
import { BODY_BOUNDS, bodyDepth, bodyDistance } from '../../src/geometry/skin/field';
import { bodyFade } from '../../src/geometry/skin/fade';
import { inverseBindMatrices, SKIN_JOINTS } from '../../src/geometry/skin/joints';
import { dropMidlineCap, flipPlaneBridges, mirrorWeld } from '../../src/geometry/skin/mirror';
import { thinBorder } from '../../src/geometry/skin/thinBorder';
import { fieldNormals } from '../../src/geometry/skin/normals';
import { badEdgeVertices, closedManifoldProblems, largestComponent } from '../../src/geometry/skin/topology';
import { skinWeights } from '../../src/geometry/skin/weights';
import { type MeshPart, type SkinSpec, toBytes } from './gltf';
import { compact, levelSetHalfZ, simplifyLocked, type TriMesh } from './mesh';

/** Grid edge of the level set (metres), the triangle budget of the whole body, the simplifier's tolerance. */
export const SKIN_EDGE = 0.0045;
export const SKIN_TRIANGLES = 23_700;
const MAX_ERROR = 0.004;

/** Vertices of `mesh` within `radius` of any of `points` (3 numbers each). */
function near(mesh: TriMesh, points: number[], radius: number): Uint8Array {
  const p = mesh.positions;
  return Uint8Array.from({ length: p.length / 3 }, (_, v) => {
    for (let i = 0; i < points.length; i += 3) {
      if (Math.hypot(p[v * 3]! - points[i]!, p[v * 3 + 1]! - points[i + 1]!, p[v * 3 + 2]! - points[i + 2]!) < radius)
        return 1;
    }
    return 0;
  });
}

/**
 * Simplify the open half and mirror it. Where the half's border comes close to itself (between the
 * thighs) the simplifier can bridge it and break the surface; each such place is then kept as it was
 * and the simplification done again, until the mirrored surface is closed.
 */
async function symmetricSurface(open: TriMesh): Promise<TriMesh> {
  const kept: number[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const lock = near(open, kept, 0.025);
    const simple = await simplifyLocked(open, SKIN_TRIANGLES / 2, MAX_ERROR, lock, 'RegularizeLight');
    const mesh = compact(largestComponent(mirrorWeld(flipPlaneBridges(simple))));
    const bad = badEdgeVertices(mesh.indices, mesh.positions.length / 3);
    const problems = closedManifoldProblems(mesh.indices, mesh.positions.length / 3);
    if (!problems.length) return mesh;
    if (!bad.length) throw new Error(`body surface: ${problems.join('; ')}`);
    for (const v of bad)
      kept.push(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, Math.abs(mesh.positions[v * 3 + 2]!));
  }
  throw new Error('body surface: could not simplify it into a closed surface');
}

function vertexFade(positions: Float32Array): Float32Array {
  return Float32Array.from({ length: positions.length / 3 }, (_, v) =>
    bodyFade(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!),
  );
}

export async function buildSkin(): Promise<{ parts: MeshPart[]; skin: SkinSpec }> {
  const { min, max } = BODY_BOUNDS;
  // The grid is shifted off the midline so that no sample, and so no vertex, lies on it before the cut.
  const half = await levelSetHalfZ(
    bodyDepth,
    [min[0], min[1], min[2] - 0.37 * SKIN_EDGE],
    [max[0], max[1], max[2]],
    SKIN_EDGE,
  );
  const mesh = await symmetricSurface(thinBorder(dropMidlineCap(half), 2.2 * SKIN_EDGE, 0.0004));
  const { joints, weights } = skinWeights(mesh.positions, mesh.indices);
  return {
    parts: [
      {
        name: 'body',
        positions: mesh.positions,
        normals: fieldNormals(mesh.positions, bodyDistance),
        indices: mesh.indices,
        attributes: { _FADE: { array: toBytes(vertexFade(mesh.positions)), itemSize: 1 } },
        joints,
        weights,
      },
    ],
    skin: { joints: [...SKIN_JOINTS], inverseBindMatrices: inverseBindMatrices() },
  };
}
