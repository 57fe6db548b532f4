/** Checks and repairs of the body mesh's topology: one closed, consistently oriented, manifold surface. */
export interface IndexedMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Vertices of the edges that are not shared exactly once each way by two triangles. */
export function badEdgeVertices(indices: Uint32Array, vertexCount: number): number[] {
  const count = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const k = indices[t + e]! * vertexCount + indices[t + ((e + 1) % 3)]!;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const bad = new Set<number>();
  for (const [k, c] of count) {
    const a = Math.floor(k / vertexCount);
    const b = k % vertexCount;
    if (c !== 1 || count.get(b * vertexCount + a) !== 1) {
      bad.add(a);
      bad.add(b);
    }
  }
  return [...bad].sort((a, b) => a - b);
}

/**
 * What keeps a triangle mesh from being one closed, consistently oriented, manifold surface of a
 * sphere's topology (Euler characteristic 2: no bubble, no tunnel)?
 */
export function closedManifoldProblems(indices: Uint32Array, vertexCount: number): string[] {
  const problems = badEdgeVertices(indices, vertexCount).map((v) => `vertex ${v} on a bad edge`);
  const edges = indices.length / 2;
  const euler = vertexCount - edges + indices.length / 3;
  if (euler !== 2) problems.push(`Euler characteristic ${euler}, not 2 (a separate piece or a tunnel)`);
  return problems;
}

/** The connected piece with the most triangles (drops bubbles the level set finds inside the body). */
export function largestComponent(mesh: IndexedMesh): IndexedMesh {
  const n = mesh.positions.length / 3;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (a: number): number => {
    let r = a;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[a] !== r) [a, parent[a]] = [parent[a]!, r];
    return r;
  };
  const ix = mesh.indices;
  for (let t = 0; t < ix.length; t += 3) {
    const a = find(ix[t]!);
    const b = find(ix[t + 1]!);
    const c = find(ix[t + 2]!);
    parent[b] = a;
    parent[find(c)] = a;
  }
  const size = new Map<number, number>();
  for (let t = 0; t < ix.length; t += 3) size.set(find(ix[t]!), (size.get(find(ix[t]!)) ?? 0) + 1);
  let best = -1;
  for (const [r, s] of size) if (best < 0 || s > size.get(best)! || (s === size.get(best) && r < best)) best = r;
  const kept: number[] = [];
  for (let t = 0; t < ix.length; t += 3) if (find(ix[t]!) === best) kept.push(ix[t]!, ix[t + 1]!, ix[t + 2]!);
  return { positions: mesh.positions, indices: Uint32Array.from(kept) };
}
