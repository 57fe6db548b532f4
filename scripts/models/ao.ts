/**
 * Ambient occlusion baked into vertex data, for any mesh of the models: from each vertex, rays over the
 * hemisphere about its normal (the same fixed, cosine-weighted set for every vertex, so the bake is
 * deterministic) are cast against the occluding meshes (a bounding-volume hierarchy, three-mesh-bvh);
 * a ray that hits within `reach` counts, nearer hits more. The result is 0 (open) … 1 (enclosed) per
 * vertex, stored as the `_OCCLUSION` attribute and darkened in the materials (src/scene/occlusion.ts).
 * Software renderers cannot afford a screen-space pass; this costs nothing at run time.
 */
import * as THREE from 'three';
import { MeshBVH } from 'three-mesh-bvh';

export interface Surface {
  /** World positions (metres), normals, triangles. */
  positions: Float32Array;
  normals?: Float32Array;
  indices: Uint32Array;
}

export interface OcclusionOptions {
  /** Rays per vertex. */
  rays: number;
  /** Hits farther than this (metres) do not occlude. */
  reach: number;
}

const DEFAULTS: OcclusionOptions = { rays: 40, reach: 0.045 };

/** Cosine-weighted directions over the +z hemisphere, on a Fibonacci spiral. */
function hemisphere(n: number): Float32Array {
  const out = new Float32Array(n * 3);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / n);
    const a = i * golden;
    out[i * 3] = r * Math.cos(a);
    out[i * 3 + 1] = r * Math.sin(a);
    out[i * 3 + 2] = Math.sqrt(Math.max(0, 1 - r * r));
  }
  return out;
}

/** All occluders in one indexed geometry with a BVH. */
function occluderTree(occluders: readonly Surface[]): MeshBVH {
  const count = occluders.reduce((n, s) => n + s.positions.length, 0);
  const positions = new Float32Array(count);
  const indices = new Uint32Array(occluders.reduce((n, s) => n + s.indices.length, 0));
  let p = 0;
  let i = 0;
  for (const s of occluders) {
    positions.set(s.positions, p);
    for (let k = 0; k < s.indices.length; k++) indices[i + k] = s.indices[k]! + p / 3;
    p += s.positions.length;
    i += s.indices.length;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  g.setIndex(new THREE.BufferAttribute(indices, 1));
  return new MeshBVH(g);
}

function normalsOf(s: Surface): Float32Array {
  if (s.normals) return s.normals;
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(s.positions, 3));
  g.setIndex(new THREE.BufferAttribute(s.indices, 1));
  g.computeVertexNormals();
  return g.attributes.normal!.array as Float32Array;
}

/** Occlusion of every vertex of each target by the occluders (targets usually occlude themselves too). */
export function bakeOcclusion(
  targets: readonly Surface[],
  occluders: readonly Surface[],
  options: Partial<OcclusionOptions> = {},
): Float32Array[] {
  const { rays, reach } = { ...DEFAULTS, ...options };
  const tree = occluderTree(occluders);
  const dirs = hemisphere(rays);
  const ray = new THREE.Ray();
  const n = new THREE.Vector3();
  const t = new THREE.Vector3();
  const b = new THREE.Vector3();
  return targets.map((s) => {
    const normals = normalsOf(s);
    const out = new Float32Array(s.positions.length / 3);
    for (let v = 0; v < out.length; v++) {
      n.fromArray(normals, v * 3).normalize();
      // A frame about the normal.
      t.set(Math.abs(n.x) < 0.9 ? 1 : 0, Math.abs(n.x) < 0.9 ? 0 : 1, 0)
        .cross(n)
        .normalize();
      b.crossVectors(n, t);
      let blocked = 0;
      for (let r = 0; r < rays; r++) {
        const x = dirs[r * 3]!;
        const y = dirs[r * 3 + 1]!;
        const z = dirs[r * 3 + 2]!;
        ray.direction.set(t.x * x + b.x * y + n.x * z, t.y * x + b.y * y + n.y * z, t.z * x + b.z * y + n.z * z);
        // Start a little off the surface so the vertex's own triangles do not count.
        ray.origin.fromArray(s.positions, v * 3).addScaledVector(n, 0.0006);
        const hit = tree.raycastFirst(ray, THREE.DoubleSide, 0, reach);
        if (hit) blocked += 1 - (hit.distance / reach) ** 2;
      }
      out[v] = Math.min(1, blocked / rays);
    }
    return out;
  });
}
