/**
 * Tape girths of a triangle mesh: a horizontal section (plane y = h), the part of it a tape goes round
 * (e.g. one leg), and the perimeter of its convex hull, since a tape drawn round the body spans the
 * hollows (the cleft between the buttocks, the groove between the thighs) rather than following them.
 */
export interface SectionMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** The points where the mesh's edges cross the plane y = h, as (x, z) pairs. */
export function sectionPoints(mesh: SectionMesh, h: number): [number, number][] {
  const P = mesh.positions;
  const I = mesh.indices;
  const out: [number, number][] = [];
  for (let t = 0; t < I.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = I[t + e]! * 3;
      const b = I[t + ((e + 1) % 3)]! * 3;
      const ya = P[a + 1]! - h;
      const yb = P[b + 1]! - h;
      // Each edge once (from its lower-indexed end), crossing strictly or starting on the plane.
      if (a > b || (ya < 0) === (yb < 0)) continue;
      const s = ya / (ya - yb);
      out.push([P[a]! + s * (P[b]! - P[a]!), P[a + 2]! + s * (P[b + 2]! - P[a + 2]!)]);
    }
  }
  return out;
}

/** Perimeter of the convex hull of points in a plane (Andrew's monotone chain). */
export function hullPerimeter(points: readonly (readonly [number, number])[]): number {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return 0;
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const chain = (list: typeof p) => {
    const h: (readonly [number, number])[] = [];
    for (const q of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, q) <= 0) h.pop();
      h.push(q);
    }
    h.pop();
    return h;
  };
  const hull = [...chain(p), ...chain([...p].reverse())];
  let sum = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    sum += Math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2);
  }
  return sum;
}

/** Tape girth at height h of the part of the section that `keep` selects (default: all of it). */
export function girth(mesh: SectionMesh, h: number, keep: (x: number, z: number) => boolean = () => true): number {
  return hullPerimeter(sectionPoints(mesh, h).filter(([x, z]) => keep(x, z)));
}

/** A site's girth on a mesh: the smallest, largest or only one over its heights, and where it was taken. */
export function siteGirth(
  mesh: SectionMesh,
  site: { heights: readonly number[]; pick: 'min' | 'max' | 'only'; side: 'right' | 'whole' },
): { girth: number; height: number } {
  const keep = site.side === 'right' ? (_x: number, z: number) => z >= 0 : undefined;
  let best = { girth: site.pick === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, height: Number.NaN };
  for (const h of site.heights) {
    const g = girth(mesh, h, keep);
    if (site.pick === 'min' ? g < best.girth : g > best.girth) best = { girth: g, height: h };
  }
  return best;
}
