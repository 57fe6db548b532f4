/**
 * The body surface: a skinned mesh from public/models/body.glb whose joints are the segments. Each
 * frame the joints take the segments' world transforms, so the skin follows every pose. Translucent.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { SEGMENT_INDEX, isSegmentId } from '../anatomy/model/segments';
import { frame } from '../state/frame';
import { UPDATE_PRIORITY } from './priorities';
import { useStore } from '../state/store';
import { modelUrl } from './assets';
import { useModel } from './loadModel';
import { skinMaterial } from './materials';
import { toMatrix4 } from './segmentMatrix';

export function Body() {
  const gltf = useModel(modelUrl('body'));
  const { root, bones, mesh, material } = useMemo(() => {
    let mesh: THREE.SkinnedMesh | undefined;
    gltf.scene.traverse((o) => {
      if ((o as THREE.SkinnedMesh).isSkinnedMesh) mesh ??= o as THREE.SkinnedMesh;
    });
    if (!mesh) throw new Error('body.glb has no skinned mesh');
    const material = skinMaterial(useStore.getState().skinOpacity);
    mesh.material = material;
    mesh.renderOrder = 10;
    mesh.frustumCulled = false;
    const bones = mesh.skeleton.bones.map((b) => ({ bone: b, segment: isSegmentId(b.name) ? SEGMENT_INDEX[b.name] : -1 }));
    // Joints sit directly under an identity root, so a joint's matrix is its world matrix.
    const root = new THREE.Group();
    root.name = 'body';
    for (const { bone } of bones) {
      root.add(bone);
      bone.matrixAutoUpdate = false;
    }
    gltf.scene.updateMatrixWorld(true);
    const bind = mesh.matrixWorld.clone();
    mesh.removeFromParent();
    root.add(mesh);
    mesh.matrixAutoUpdate = false;
    mesh.matrix.copy(bind);
    mesh.userData = { ...mesh.userData, kind: 'skin', id: 'skin' };
    return { root, bones, mesh, material };
  }, [gltf]);
  const version = useRef(-1);
  const m4 = useMemo(() => new THREE.Matrix4(), []);

  useEffect(() => () => material.dispose(), [material]);

  useFrame(() => {
    const s = useStore.getState();
    root.visible = s.layers.includes('skin');
    material.opacity = s.xray ? Math.min(s.skinOpacity, 0.12) : s.skinOpacity;
    if (version.current === frame.version) return;
    version.current = frame.version;
    for (const { bone, segment } of bones) {
      if (segment < 0) continue;
      bone.matrix.copy(toMatrix4(frame.frames[segment]!, m4));
      bone.matrixWorldNeedsUpdate = true;
    }
    mesh.matrixWorldNeedsUpdate = true;
  }, UPDATE_PRIORITY);

  return <primitive object={root} />;
}
