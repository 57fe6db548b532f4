/**
 * three-mesh-bvh, fetched once the first frame is on screen (issue 14: 17 KB gzip and a 70–150 ms build of
 * the bones' hierarchies that used to come before first paint). Until it is here, a mesh keeps three.js's
 * own raycast: the same hits, only slower, and no one picks before the model is drawn.
 */
import type * as THREE from 'three';
import { whenReady } from '../state/ready';

type Bvh = typeof import('three-mesh-bvh');
type Tree = THREE.BufferGeometry & { boundsTree?: import('three-mesh-bvh').MeshBVH };

let loaded: Bvh | null = null;
let loading: Promise<Bvh> | null = null;

/** The library if it has arrived (synchronous callers fall back to three.js without it). */
export function bvh(): Bvh | null {
  return loaded;
}

/** Fetches the library after the page's first frame; the same promise for every caller. */
export function loadBvh(): Promise<Bvh> {
  loading ??= new Promise<void>((resolve) => whenReady(() => resolve()))
    .then(() => import('three-mesh-bvh'))
    .then((m) => (loaded = m));
  return loading;
}

/** Gives `mesh` (static geometry) a bounding-volume hierarchy and the accelerated raycast, once the library is here. */
export function accelerate(mesh: THREE.Mesh): void {
  const apply = (m: Bvh) => {
    const geometry = mesh.geometry as Tree;
    if (!geometry.boundsTree) m.computeBoundsTree.call(geometry);
    mesh.raycast = m.acceleratedRaycast;
  };
  if (loaded) apply(loaded);
  else loadBvh().then(apply, () => {});
}
