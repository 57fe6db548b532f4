/**
 * The loaded models, rigged to the segments without React (shared by the viewer and the benchmark's
 * bare three.js page): bone meshes carried by their segment frames, and the skin's joints set to them.
 * Works on copies, because the loader caches the glTF scene and React may prepare it twice.
 */
import * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import type { Frames } from '../anatomy/model/kinematics';
import { SEGMENT_INDEX, type SegmentId, isSegmentId } from '../anatomy/model/segments';
import { accelerate } from './bvh';
import { toMatrix4 } from './segmentMatrix';

export interface CarriedBone {
  mesh: THREE.Mesh;
  segment: number;
  /** The node's own matrix in the file (gltf-transform's dequantisation), kept under the segment frame. */
  local: THREE.Matrix4;
}

/** Bones whose node name is not a segment ride on the named one (the fibula on the tibia, discs on the vertebra above). */
function segmentFor(o: THREE.Object3D): SegmentId | undefined {
  const named = (o.userData.segment ?? o.parent?.userData.segment) as string | undefined;
  if (named && isSegmentId(named)) return named;
  if (isSegmentId(o.name)) return o.name;
  const fibula = /^fibula_([rl])$/.exec(o.name);
  if (fibula) return `tibia_${fibula[1]}` as SegmentId;
  return undefined;
}

export function rigBones(scene: THREE.Object3D, material: THREE.Material): CarriedBone[] {
  const list: CarriedBone[] = [];
  scene.updateMatrixWorld(true);
  scene.traverse((o) => {
    if (!(o as THREE.Mesh).isMesh) return;
    const source = o as THREE.Mesh;
    const segment = segmentFor(source);
    if (!segment) return;
    const mesh = new THREE.Mesh(source.geometry, material);
    // A bounding-volume hierarchy per bone (static geometry) makes picking instant on 40k triangles.
    accelerate(mesh);
    mesh.name = source.name;
    mesh.matrixAutoUpdate = false;
    mesh.userData = { ...source.userData, kind: 'bone', id: source.name };
    list.push({ mesh, segment: SEGMENT_INDEX[segment], local: source.matrixWorld.clone() });
  });
  return list;
}

const m4 = new THREE.Matrix4();

export function poseBones(bones: readonly CarriedBone[], frames: Frames): void {
  for (const b of bones) {
    toMatrix4(frames[b.segment]!, m4);
    b.mesh.matrix.multiplyMatrices(m4, b.local);
    b.mesh.matrixWorldNeedsUpdate = true;
  }
}

export interface RiggedSkin {
  root: THREE.Group;
  mesh: THREE.SkinnedMesh;
  joints: { bone: THREE.Bone; segment: number }[];
}

export function rigSkin(scene: THREE.Object3D): RiggedSkin {
  const copy = cloneSkinned(scene);
  let mesh: THREE.SkinnedMesh | undefined;
  copy.traverse((o) => {
    if ((o as THREE.SkinnedMesh).isSkinnedMesh) mesh ??= o as THREE.SkinnedMesh;
  });
  if (!mesh) throw new Error('body.glb has no skinned mesh');
  // Own geometry too: clones share it, and attributes added later must belong to this copy alone.
  mesh.geometry = mesh.geometry.clone();
  mesh.frustumCulled = false;
  const joints = mesh.skeleton.bones.map((bone) => ({ bone, segment: isSegmentId(bone.name) ? SEGMENT_INDEX[bone.name] : -1 }));
  // Joints sit directly under an identity root, so a joint's matrix is its world matrix.
  const root = new THREE.Group();
  root.name = 'body';
  for (const { bone } of joints) {
    root.add(bone);
    bone.matrixAutoUpdate = false;
  }
  copy.updateMatrixWorld(true);
  const bind = mesh.matrixWorld.clone();
  mesh.removeFromParent();
  root.add(mesh);
  mesh.matrixAutoUpdate = false;
  mesh.matrix.copy(bind);
  mesh.matrixWorld.copy(bind);
  mesh.name = 'skin';
  mesh.userData = { ...mesh.userData, kind: 'skin', id: 'skin' };
  return { root, mesh, joints };
}

export function poseSkin(skin: RiggedSkin, frames: Frames): void {
  for (const { bone, segment } of skin.joints) {
    if (segment < 0) continue;
    toMatrix4(frames[segment]!, bone.matrix);
    bone.matrixWorldNeedsUpdate = true;
  }
  skin.mesh.matrixWorldNeedsUpdate = true;
}
