/**
 * Exact left/right symmetry: the right half is extracted on its own (closed off by the plane z = 0),
 * that flat cap is dropped, the open half is simplified (its border stays on the plane, since
 * simplification only keeps original vertices), then mirrored and welded along the border.
 */
export interface HalfMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Snap vertices lying on z = 0 exactly onto it, and drop the triangles of the flat cap. */
export function dropMidlineCap(mesh: HalfMesh, tolerance = 1e-6): HalfMesh {
  const p = Float32Array.from(mesh.positions);
  const n = p.length / 3;
  const onPlane = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (Math.abs(p[i * 3 + 2]!) <= tolerance) {
      p[i * 3 + 2] = 0;
      onPlane[i] = 1;
    }
  }
  const kept: number[] = [];
  const ix = mesh.indices;
  for (let t = 0; t < ix.length; t += 3) {
    if (onPlane[ix[t]!] && onPlane[ix[t + 1]!] && onPlane[ix[t + 2]!]) continue;
    kept.push(ix[t]!, ix[t + 1]!, ix[t + 2]!);
  }
  return { positions: p, indices: Uint32Array.from(kept) };
}

/** The half and its mirror image (z → −z), welded where the half touches the plane z = 0. */
export function mirrorWeld(half: HalfMesh): HalfMesh {
  const p = half.positions;
  const n = p.length / 3;
  const twin = new Int32Array(n);
  let next = n;
  for (let i = 0; i < n; i++) twin[i] = p[i * 3 + 2] === 0 ? i : next++;
  const positions = new Float32Array(next * 3);
  positions.set(p);
  for (let i = 0; i < n; i++) {
    const j = twin[i]!;
    if (j === i) continue;
    positions[j * 3] = p[i * 3]!;
    positions[j * 3 + 1] = p[i * 3 + 1]!;
    positions[j * 3 + 2] = -p[i * 3 + 2]!;
  }
  const ix = half.indices;
  const indices = new Uint32Array(ix.length * 2);
  indices.set(ix);
  // The mirror reverses orientation, so each mirrored triangle is wound the other way.
  for (let t = 0; t < ix.length; t += 3) {
    indices[ix.length + t] = twin[ix[t]!]!;
    indices[ix.length + t + 1] = twin[ix[t + 2]!]!;
    indices[ix.length + t + 2] = twin[ix[t + 1]!]!;
  }
  return { positions, indices };
}

/**
 * An edge between two vertices on the plane that is not a border edge would be shared by four
 * triangles once mirrored; the simplifier can make such a bridge where two border loops come close
 * (the crotch). Flip each one onto the two opposite vertices, which lie off the plane.
 */
export function flipPlaneBridges(mesh: HalfMesh): HalfMesh {
  const ix = Uint32Array.from(mesh.indices);
  const z = (v: number) => mesh.positions[v * 3 + 2]!;
  for (let pass = 0; pass < 4; pass++) {
    const owner = new Map<string, number[]>();
    const key = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
    for (let t = 0; t < ix.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const k = key(ix[t + e]!, ix[t + ((e + 1) % 3)]!);
        owner.set(k, [...(owner.get(k) ?? []), t]);
      }
    }
    let flipped = 0;
    for (const [k, ts] of owner) {
      if (ts.length !== 2) continue;
      const [a, b] = k.split(',').map(Number) as [number, number];
      if (z(a) !== 0 || z(b) !== 0) continue;
      const [t1, t2] = ts as [number, number];
      const third = (t: number) => [ix[t]!, ix[t + 1]!, ix[t + 2]!].find((v) => v !== a && v !== b)!;
      const c = third(t1);
      const d = third(t2);
      if (owner.has(key(c, d))) continue;
      // Keep the orientation: t1 runs a→b (or b→a); rebuild both triangles around the new edge c–d.
      const tri1 = [ix[t1]!, ix[t1 + 1]!, ix[t1 + 2]!];
      const i = tri1.indexOf(c);
      const next = tri1[(i + 1) % 3]!; // vertex after c in t1
      const prev = tri1[(i + 2) % 3]!;
      ix.set([c, next, d], t1);
      ix.set([d, prev, c], t2);
      flipped++;
    }
    if (!flipped) break;
  }
  return { positions: mesh.positions, indices: ix };
}
