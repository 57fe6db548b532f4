/**
 * three-mesh-bvh, fetched once the first frame is on screen (issue 14: 17 KB gzip and a 70–150 ms build of
 * the bones' hierarchies that used to come before first paint). Until it is here, a mesh keeps three.js's
 * own raycast: the same hits, only slower, and no one picks before the model is drawn.
 */
import { Mesh } from 'three';
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

/** The raycast for a pickable static mesh now: accelerated once the library is here, three.js's own before. */
export function pickRaycast(): THREE.Mesh['raycast'] {
  return loaded ? loaded.acceleratedRaycast : Mesh.prototype.raycast;
}

/**
 * Gives `mesh` (static geometry) a bounding-volume hierarchy once the library is here, and the accelerated
 * raycast unless its owner has put another in place meanwhile (e.g. none, while its layer is hidden).
 */
export function accelerate(mesh: THREE.Mesh): void {
  const apply = (m: Bvh) => {
    const geometry = mesh.geometry as Tree;
    if (!geometry.boundsTree) m.computeBoundsTree.call(geometry);
    if (mesh.raycast === Mesh.prototype.raycast) mesh.raycast = m.acceleratedRaycast;
  };
  if (loaded) apply(loaded);
  else loadBvh().then(apply, () => {});
}
