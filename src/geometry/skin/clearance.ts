/**
 * How deep a point lies under a closed skin mesh: the distance to the nearest skin, positive inside and
 * negative outside (inside when a ray from it crosses the surface an odd number of times: the nearest
 * triangle's facing is no guide in a crease such as the cleft between the buttocks). For checking that
 * the bones and muscle bodies stay under the body surface with a margin.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

export interface ClearanceMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** A depth function for one mesh (the hierarchy is built once). */
export function depthUnder(mesh: ClearanceMesh): (p: readonly number[]) => number {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  g.setIndex(new BufferAttribute(mesh.indices, 1));
  const bvh = new MeshBVH(g);
  const q = new Vector3();
  // Off every axis and diagonal, so the ray does not run along the mesh's rows.
  const ray = new Ray(new Vector3(), new Vector3(0.8123, 0.3371, 0.4757).normalize());
  return (p) => {
    q.set(p[0]!, p[1]!, p[2]!);
    const distance = bvh.closestPointToPoint(q)!.distance;
    ray.origin.copy(q);
    const inside = bvh.raycast(ray, DoubleSide).length % 2 === 1;
    return inside ? distance : -distance;
  };
}
