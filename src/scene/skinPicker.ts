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
  const source = skin.geometry.attributes;
  const count = source.position!.count;
  // The rest positions, bone indices and weights decoded once (the model stores them quantized), so the
  // refresh below is plain arithmetic: three's getVertexPosition decodes and allocates per vertex and took
  // about 3.5 ms per refresh of the 12k-vertex skin while a motion played.
  const rest = new Float32Array(count * 3);
  const joints = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < 3; c++) rest[i * 3 + c] = source.position!.getComponent(i, c);
    for (let c = 0; c < 4; c++) {
      joints[i * 4 + c] = source.skinIndex!.getComponent(i, c);
      weights[i * 4 + c] = source.skinWeight!.getComponent(i, c);
    }
  }
  const boneCount = skin.skeleton.bones.length;
  // Per bone: its skinning matrix times the bind matrix (column-major, as three stores them).
  const perBone = new Float32Array(boneCount * 16);
  const toWorld = new THREE.Matrix4();
  const m = new THREE.Matrix4();
  const positions = new Float32Array(count * 3);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setIndex(skin.geometry.index);
  const proxy = new THREE.Mesh(geometry);
  let version = -1;
  const hits: THREE.Intersection[] = [];
  // With the hierarchy once three-mesh-bvh has arrived (after the first frame); brute force until then.
  void loadBvh().then(
    (lib) => {
      proxy.raycast = lib.acceleratedRaycast;
      version = -1;
    },
    () => {},
  );

  /** The skin in the current pose, in world space: what the GPU draws (three's linear blend skinning). */
  const refresh = () => {
    const bones = skin.skeleton.boneMatrices!;
    for (let b = 0; b < boneCount; b++) {
      m.fromArray(bones, b * 16).multiply(skin.bindMatrix);
      m.toArray(perBone, b * 16);
    }
    const w = toWorld.multiplyMatrices(skin.matrixWorld, skin.bindMatrixInverse).elements;
    for (let i = 0; i < count; i++) {
      const px = rest[i * 3]!;
      const py = rest[i * 3 + 1]!;
      const pz = rest[i * 3 + 2]!;
      let x = 0;
      let y = 0;
      let z = 0;
      for (let c = 0; c < 4; c++) {
        const weight = weights[i * 4 + c]!;
        if (weight === 0) continue;
        const e = joints[i * 4 + c]! * 16;
        x += weight * (perBone[e]! * px + perBone[e + 4]! * py + perBone[e + 8]! * pz + perBone[e + 12]!);
        y += weight * (perBone[e + 1]! * px + perBone[e + 5]! * py + perBone[e + 9]! * pz + perBone[e + 13]!);
        z += weight * (perBone[e + 2]! * px + perBone[e + 6]! * py + perBone[e + 10]! * pz + perBone[e + 14]!);
      }
      positions[i * 3] = w[0]! * x + w[4]! * y + w[8]! * z + w[12]!;
      positions[i * 3 + 1] = w[1]! * x + w[5]! * y + w[9]! * z + w[13]!;
      positions[i * 3 + 2] = w[2]! * x + w[6]! * y + w[10]! * z + w[14]!;
    }
    geometry.attributes.position!.needsUpdate = true;
    const tree = (geometry as THREE.BufferGeometry & { boundsTree?: import('three-mesh-bvh').MeshBVH }).boundsTree;
    const lib = bvh();
    if (tree) tree.refit();
    else if (lib) lib.computeBoundsTree.call(geometry);
    // three's own raycast (before the hierarchy is here) tests the bounding sphere first; the hierarchy's
    // raycast does not, and the sphere cost half a millisecond a pick.
    else geometry.computeBoundingSphere();
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
