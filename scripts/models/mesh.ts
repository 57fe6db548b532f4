/**
 * Meshes from fields: surface extraction with manifold-3d's level set (positive inside), simplification
 * with meshoptimizer, smooth vertex normals. Deterministic: the same field gives the same mesh.
 */
import Module from 'manifold-3d';
import { MeshoptSimplifier } from 'meshoptimizer';
import { vertexNormalsInto } from '../../src/geometry/normals';

export interface TriMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

export type Field = (x: number, y: number, z: number) => number;

let wasm: Awaited<ReturnType<typeof Module>> | undefined;
async function manifold() {
  if (!wasm) {
    wasm = await Module();
    wasm.setup();
  }
  return wasm;
}

/**
 * The surface where `field` crosses 0 (positive inside) within the box, on a grid of `edge` metres.
 * The box must contain the whole shape with a margin of at least one `edge`.
 */
export async function levelSet(field: Field, min: [number, number, number], max: [number, number, number], edge: number): Promise<TriMesh> {
  const w = await manifold();
  const m = w.Manifold.levelSet((p: [number, number, number]) => field(p[0], p[1], p[2]), { min, max }, edge, 0);
  const mesh = m.getMesh();
  const n = mesh.vertProperties.length / mesh.numProp;
  const positions = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    positions[i * 3] = mesh.vertProperties[i * mesh.numProp]!;
    positions[i * 3 + 1] = mesh.vertProperties[i * mesh.numProp + 1]!;
    positions[i * 3 + 2] = mesh.vertProperties[i * mesh.numProp + 2]!;
  }
  const indices = Uint32Array.from(mesh.triVerts);
  m.delete();
  return { positions, indices };
}

/**
 * Simplify to about `targetTriangles`, never moving the surface more than `maxError` metres.
 * `regularize` asks for evenly sized triangles (better under skinning, at a little cost in accuracy).
 */
export async function simplify(
  mesh: TriMesh,
  targetTriangles: number,
  maxError = 0.0008,
  regularize?: 'Regularize' | 'RegularizeLight',
): Promise<TriMesh> {
  await MeshoptSimplifier.ready;
  const target = Math.min(mesh.indices.length, targetTriangles * 3);
  const flags: ('ErrorAbsolute' | 'Regularize' | 'RegularizeLight')[] = ['ErrorAbsolute'];
  if (regularize) flags.push(regularize);
  const [indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, target, maxError, flags);
  return compact({ positions: mesh.positions, indices });
}

/** Drop unused vertices. */
export function compact(mesh: TriMesh): TriMesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1);
  let n = 0;
  for (const i of mesh.indices) if (remap[i] === -1) remap[i] = n++;
  const positions = new Float32Array(n * 3);
  remap.forEach((to, from) => {
    if (to >= 0) positions.set(mesh.positions.subarray(from * 3, from * 3 + 3), to * 3);
  });
  return { positions, indices: Uint32Array.from(mesh.indices, (i) => remap[i]!) };
}

/** Area-weighted vertex normals. */
export function vertexNormals(mesh: TriMesh): Float32Array {
  return vertexNormalsInto(mesh.positions, mesh.indices, new Float32Array(mesh.positions.length));
}

/**
 * The half of a level set on the +z side of the plane z = 0, closed by a flat cap on that plane (the
 * body is extracted whole, then cut, so the cut is clean even where the surface nearly touches the
 * plane). For shapes that are mirrored afterwards.
 */
export async function levelSetHalfZ(
  field: Field,
  min: [number, number, number],
  max: [number, number, number],
  edge: number,
): Promise<TriMesh> {
  const w = await manifold();
  const whole = w.Manifold.levelSet((p: [number, number, number]) => field(p[0], p[1], p[2]), { min, max }, edge, 0);
  const m = whole.trimByPlane([0, 0, 1], 0);
  const mesh = m.getMesh();
  const n = mesh.vertProperties.length / mesh.numProp;
  const positions = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) positions[i * 3 + k] = mesh.vertProperties[i * mesh.numProp + k]!;
  }
  const indices = Uint32Array.from(mesh.triVerts);
  whole.delete();
  m.delete();
  return { positions, indices };
}

/** As `simplify`, keeping the vertices flagged in `lock` (1 = keep) where they are. */
export async function simplifyLocked(
  mesh: TriMesh,
  targetTriangles: number,
  maxError: number,
  lock: Uint8Array,
  regularize?: 'Regularize' | 'RegularizeLight',
): Promise<TriMesh> {
  await MeshoptSimplifier.ready;
  const target = Math.min(mesh.indices.length, targetTriangles * 3);
  const flags: ('ErrorAbsolute' | 'Regularize' | 'RegularizeLight')[] = ['ErrorAbsolute'];
  if (regularize) flags.push(regularize);
  const none = new Float32Array(mesh.positions.length / 3);
  const [indices] = MeshoptSimplifier.simplifyWithAttributes(
    mesh.indices,
    mesh.positions,
    3,
    none,
    1,
    [0],
    lock,
    target,
    maxError,
    flags,
  );
  return compact({ positions: mesh.positions, indices });
}
