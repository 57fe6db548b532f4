/**
 * Bone meshes: each bone's field (src/geometry/bones) → level set → simplified as far as SIMPLIFY_ERROR
 * allows (what a pixel can show, not a triangle budget) → smooth normals from the field. Left bones are
 * the right meshes mirrored (z negated, winding flipped), so both sides are identical; the pelvis is the
 * right hip bone and its mirror in one node. Positions go onto the models' grid (gridPositions.ts) here
 * rather than when written, so the occlusion is baked on the very points the file stores.
 */
import { BONE_SPECS, type BoneSpec, SIMPLIFY_ERROR } from '../../src/geometry/bones';
import type { Shape } from '../../src/geometry/bones/sdf';
import type { MeshPart } from './gltf';
import { toGrid } from './gridPositions';
import { MeshoptSimplifier } from 'meshoptimizer';
import { compact, levelSet, type TriMesh } from './mesh';

/** The same grid seen in the mirror (z → −z): the left bone drawn with the right one's mesh. */
const mirrored = (m: number[]): number[] => m.map((v, i) => (i === 10 || i === 14 ? -v : v));

async function meshShape(s: Shape, edge: number): Promise<TriMesh> {
  const m = 2 * edge;
  const raw = await levelSet(
    s.f,
    [s.lo[0] - m, s.lo[1] - m, s.lo[2] - m],
    [s.hi[0] + m, s.hi[1] + m, s.hi[2] + m],
    edge,
  );
  return simplifyBone(raw);
}

/**
 * As few triangles as keep the surface within SIMPLIFY_ERROR (no triangle target), the remaining
 * vertices moved to where they best fit the original surface; stray specks of a few triangles pruned.
 */
async function simplifyBone(mesh: TriMesh): Promise<TriMesh> {
  await MeshoptSimplifier.ready;
  const indices = Uint32Array.from(mesh.indices);
  const positions = Float32Array.from(mesh.positions);
  const [count] = MeshoptSimplifier.simplifyWithUpdate(
    indices,
    positions,
    3,
    new Float32Array(0),
    0,
    [],
    null,
    0,
    SIMPLIFY_ERROR,
    ['ErrorAbsolute', 'Prune'],
  );
  return compact({ positions, indices: indices.subarray(0, count) });
}

/** Normals from the field's gradient (smooth even where the simplified mesh is coarse). */
export function fieldNormals(s: Shape, positions: Float32Array): Float32Array {
  const h = 0.0002;
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    // The field is positive inside, so the outward normal is minus its gradient.
    const gx = s.f(x - h, y, z) - s.f(x + h, y, z);
    const gy = s.f(x, y - h, z) - s.f(x, y + h, z);
    const gz = s.f(x, y, z - h) - s.f(x, y, z + h);
    const l = Math.hypot(gx, gy, gz) || 1;
    out[i] = gx / l;
    out[i + 1] = gy / l;
    out[i + 2] = gz / l;
  }
  return out;
}

/** z → −z with the winding reversed, so the mirrored surface still faces out. */
export function mirrorMesh(m: TriMesh): TriMesh {
  const positions = Float32Array.from(m.positions, (v, i) => (i % 3 === 2 ? -v : v));
  const indices = Uint32Array.from(m.indices);
  for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!];
  return { positions, indices };
}

function merge(a: TriMesh, b: TriMesh): TriMesh {
  const n = a.positions.length / 3;
  const positions = new Float32Array(a.positions.length + b.positions.length);
  positions.set(a.positions);
  positions.set(b.positions, a.positions.length);
  const indices = new Uint32Array(a.indices.length + b.indices.length);
  indices.set(a.indices);
  indices.set(
    Uint32Array.from(b.indices, (i) => i + n),
    a.indices.length,
  );
  return { positions, indices };
}

async function meshOf(spec: BoneSpec, done: Map<string, TriMesh>): Promise<TriMesh> {
  switch (spec.mesh.kind) {
    case 'own':
      return meshShape(spec.shape, spec.edge);
    case 'mirror':
      return mirrorMesh(done.get(spec.mesh.source)!);
    case 'halves': {
      const half = await meshShape(spec.mesh.half, spec.edge);
      return merge(half, mirrorMesh(half));
    }
  }
}

export async function buildBoneParts(only?: string[]): Promise<MeshPart[]> {
  const done = new Map<string, TriMesh>();
  const parts: MeshPart[] = [];
  for (const spec of BONE_SPECS) {
    if (only && !only.includes(spec.name)) continue;
    const started = Date.now();
    const mesh = await meshOf(spec, done);
    done.set(spec.name, mesh);
    const source = spec.mesh.kind === 'mirror' ? parts.find((p) => p.name === (spec.mesh as { source: string }).source) : undefined;
    if (source) {
      // A left bone: the right one's mesh in the mirror, stored once.
      parts.push({ ...source, name: spec.name, matrix: mirrored(source.matrix!), meshOf: source.name, extras: { segment: spec.segment } });
    } else {
      const grid = toGrid(mesh.positions);
      parts.push({
        name: spec.name,
        positions: grid.positions,
        matrix: grid.matrix,
        normals: fieldNormals(spec.shape, mesh.positions),
        indices: mesh.indices,
        extras: { segment: spec.segment },
      });
    }
    if (process.env.BONES_VERBOSE) {
      console.log(
        `${spec.name}: ${mesh.indices.length / 3} triangles, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  return parts;
}
