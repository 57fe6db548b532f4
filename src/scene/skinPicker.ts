/**
 * Picking on the posed skin, fast: a static copy of the skin in the current pose with a bounding-volume
 * hierarchy (three-mesh-bvh), brought up to date — positions skinned on the CPU, the hierarchy refitted —
 * only when a ray needs it after the pose has changed. Hits are reported as hits on the skin itself.
 */
import * as THREE from 'three';
import type { FrameState } from '../state/frame';
import { bvh, loadBvh } from './bvh';

/** Make `skin` pickable in the poses of `frame` (its viewer's frame state). */
export function makeSkinPickable(skin: THREE.SkinnedMesh, frame: FrameState): void {
  const count = skin.geometry.attributes.position!.count;
  const positions = new Float32Array(count * 3);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setIndex(skin.geometry.index);
  const proxy = new THREE.Mesh(geometry);
  let version = -1;
  const v = new THREE.Vector3();
  const hits: THREE.Intersection[] = [];
  // With the hierarchy once three-mesh-bvh has arrived (after the first frame); brute force until then.
  void loadBvh().then(
    (m) => {
      proxy.raycast = m.acceleratedRaycast;
      version = -1;
    },
    () => {},
  );

  const refresh = () => {
    for (let i = 0; i < count; i++) {
      skin.getVertexPosition(i, v).applyMatrix4(skin.matrixWorld);
      positions[i * 3] = v.x;
      positions[i * 3 + 1] = v.y;
      positions[i * 3 + 2] = v.z;
    }
    geometry.attributes.position!.needsUpdate = true;
    const tree = (geometry as THREE.BufferGeometry & { boundsTree?: import('three-mesh-bvh').MeshBVH }).boundsTree;
    const lib = bvh();
    if (tree) tree.refit();
    else if (lib) lib.computeBoundsTree.call(geometry);
    geometry.computeBoundingSphere();
    version = frame.version;
  };

  skin.raycast = (raycaster, intersects) => {
    if (!skin.visible) return;
    if (version !== frame.version) {
      skin.skeleton.update();
      refresh();
    }
    hits.length = 0;
    proxy.raycast(raycaster, hits);
    for (const h of hits) intersects.push({ ...h, object: skin });
  };
}
