/** Border thinning for the open half of the body before it is simplified and mirrored. */
import type { HalfMesh } from './mirror';

/**
 * Thin out the vertices on the plane z = 0 before simplification: the simplifier guards open borders
 * so closely that it would leave the midline dense and fringed with slivers. Each removed vertex
 * collapses onto its neighbour along the border, unless that would fold a triangle over or move the
 * outline by more than `tolerance`.
 */
export function thinBorder(mesh: HalfMesh, spacing: number, tolerance: number): HalfMesh {
  const p = mesh.positions;
  const ix = Uint32Array.from(mesh.indices);
  const nv = p.length / 3;
  // Border edges run a → b in triangle order; each border vertex has one successor.
  const count = new Map<number, number>();
  const key = (a: number, b: number) => (a < b ? a * nv + b : b * nv + a);
  for (let t = 0; t < ix.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const k = key(ix[t + e]!, ix[t + ((e + 1) % 3)]!);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const next = new Int32Array(nv).fill(-1);
  for (let t = 0; t < ix.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = ix[t + e]!;
      const b = ix[t + ((e + 1) % 3)]!;
      if (count.get(key(a, b)) === 1) next[a] = b;
    }
  }
  const fans: number[][] = Array.from({ length: nv }, () => []);
  for (let t = 0; t < ix.length; t += 3) for (let e = 0; e < 3; e++) fans[ix[t + e]!]!.push(t);
  const alive = new Uint8Array(ix.length / 3).fill(1);
  const normal = (a: number, b: number, c: number) => {
    const ux = p[b * 3]! - p[a * 3]!;
    const uy = p[b * 3 + 1]! - p[a * 3 + 1]!;
    const uz = p[b * 3 + 2]! - p[a * 3 + 2]!;
    const vx = p[c * 3]! - p[a * 3]!;
    const vy = p[c * 3 + 1]! - p[a * 3 + 1]!;
    const vz = p[c * 3 + 2]! - p[a * 3 + 2]!;
    return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx] as const;
  };
  const dist = (a: number, b: number) =>
    Math.hypot(p[a * 3]! - p[b * 3]!, p[a * 3 + 1]! - p[b * 3 + 1]!, p[a * 3 + 2]! - p[b * 3 + 2]!);
  /** Distance of v from the segment a–b. */
  const offLine = (v: number, a: number, b: number) => {
    const l = dist(a, b);
    if (l < 1e-12) return dist(v, a);
    const n = normal(a, b, v);
    return Math.hypot(n[0], n[1], n[2]) / l;
  };
  const visited = new Uint8Array(nv);
  for (let start = 0; start < nv; start++) {
    if (next[start]! < 0 || visited[start]) continue;
    // Walk one border loop, keeping `anchor` and dropping vertices after it while the chord stays close.
    let anchor = start;
    let v = next[start]!;
    const skipped: number[] = [];
    visited[start] = 1;
    while (v !== start && !visited[v]) {
      visited[v] = 1;
      const w = next[v]!;
      const chordOk = dist(anchor, w) <= spacing && [...skipped, v].every((s) => offLine(s, anchor, w) <= tolerance);
      if (chordOk && collapse(v, anchor)) {
        skipped.push(v);
      } else {
        anchor = v;
        skipped.length = 0;
      }
      v = w;
    }
  }

  function ring(u: number) {
    const r = new Set<number>();
    for (const t of fans[u]!) if (alive[t / 3]) for (let e = 0; e < 3; e++) r.add(ix[t + e]!);
    r.delete(u);
    return r;
  }

  /**
   * Move every triangle of `v` onto `to`, if no surviving triangle turns over, the two share no
   * neighbour but the one across their edge (the link condition: the surface stays manifold) and no
   * new edge would join two points of the plane.
   */
  function collapse(v: number, to: number): boolean {
    const fan = fans[v]!.filter((t) => alive[t / 3]);
    const rv = ring(v);
    const rt = ring(to);
    const shared = [...rv].filter((u) => rt.has(u));
    if (shared.length !== 1) return false;
    for (const u of rv) if (u !== to && u !== next[v] && !rt.has(u) && p[u * 3 + 2] === 0) return false;
    for (const t of fan) {
      const tri = [ix[t]!, ix[t + 1]!, ix[t + 2]!];
      if (tri.includes(to)) continue;
      const before = normal(tri[0]!, tri[1]!, tri[2]!);
      const moved = tri.map((i) => (i === v ? to : i));
      const after = normal(moved[0]!, moved[1]!, moved[2]!);
      const dot = before[0] * after[0] + before[1] * after[1] + before[2] * after[2];
      const lb = Math.hypot(...before);
      const la = Math.hypot(...after);
      if (dot < 0.5 * lb * la || la < 1e-14) return false;
    }
    for (const t of fan) {
      const tri = [ix[t]!, ix[t + 1]!, ix[t + 2]!];
      if (tri.includes(to)) {
        alive[t / 3] = 0;
        continue;
      }
      for (let e = 0; e < 3; e++) if (ix[t + e] === v) ix[t + e] = to;
      fans[to]!.push(t);
    }
    return true;
  }

  const kept: number[] = [];
  for (let t = 0; t < ix.length; t += 3) if (alive[t / 3]) kept.push(ix[t]!, ix[t + 1]!, ix[t + 2]!);
  return { positions: p, indices: Uint32Array.from(kept) };
}
