/**
 * The skeleton: one mesh per bone from public/models/bones.glb, each carried by its segment. A node's
 * own matrix (gltf-transform's dequantisation) is kept and composed under the segment's world frame.
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import * as THREE from 'three';
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh';
import { SEGMENT_INDEX, type SegmentId, isSegmentId } from '../anatomy/model/segments';
import { frame } from '../state/frame';
import { UPDATE_PRIORITY } from './priorities';
import { useStore } from '../state/store';
import { modelUrl } from './assets';
import { useModel } from './loadModel';
import { boneMaterial } from './materials';
import { toMatrix4 } from './segmentMatrix';

interface Carried {
  mesh: THREE.Mesh;
  segment: number;
  local: THREE.Matrix4;
}

/** Bones whose node name is not a segment ride on the named one (the fibula on the tibia, discs on the vertebra above). */
function segmentFor(mesh: THREE.Object3D): SegmentId | undefined {
  const named = (mesh.userData.segment ?? mesh.parent?.userData.segment) as string | undefined;
  if (named && isSegmentId(named)) return named;
  if (isSegmentId(mesh.name)) return mesh.name;
  const fibula = /^fibula_([rl])$/.exec(mesh.name);
  if (fibula) return `tibia_${fibula[1]}` as SegmentId;
  return undefined;
}

const segmentMatrix = new THREE.Matrix4();

export function Bones() {
  const gltf = useModel(modelUrl('bones'));
  const carried = useMemo(() => {
    const list: Carried[] = [];
    const material = boneMaterial();
    gltf.scene.updateMatrixWorld(true);
    // Work on copies (sharing geometry): the loader caches gltf.scene, and React may render this twice.
    gltf.scene.traverse((o) => {
      if (!(o as THREE.Mesh).isMesh) return;
      const source = o as THREE.Mesh;
      const segment = segmentFor(source) ?? segmentFor(source.parent ?? source);
      if (!segment) return;
      // A bounding-volume hierarchy per bone (static geometry) makes picking instant on 100k triangles.
      const geometry = source.geometry as THREE.BufferGeometry & { boundsTree?: unknown };
      if (!geometry.boundsTree) computeBoundsTree.call(geometry);
      const mesh = new THREE.Mesh(geometry, material);
      mesh.raycast = acceleratedRaycast;
      mesh.name = source.name;
      mesh.matrixAutoUpdate = false;
      mesh.userData = { ...source.userData, kind: 'bone', id: source.name };
      list.push({ mesh, segment: SEGMENT_INDEX[segment], local: source.matrixWorld.clone() });
    });
    return list;
  }, [gltf]);
  const group = useRef<THREE.Group>(null);
  const version = useRef(-1);

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    g.visible = useStore.getState().layers.includes('bones');
    if (version.current === frame.version) return;
    version.current = frame.version;
    for (const c of carried) {
      toMatrix4(frame.frames[c.segment]!, segmentMatrix);
      c.mesh.matrix.multiplyMatrices(segmentMatrix, c.local);
      c.mesh.matrixWorldNeedsUpdate = true;
    }
  }, UPDATE_PRIORITY);

  const onOver = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    useStore.getState().setHovered(`bone:${e.object.name}`);
  };
  const onOut = (e: ThreeEvent<PointerEvent>) => {
    if (useStore.getState().hovered === `bone:${e.object.name}`) useStore.getState().setHovered(null);
  };

  return (
    <group ref={group} name="bones" onPointerOver={onOver} onPointerOut={onOut}>
      {carried.map((c) => (
        <primitive key={c.mesh.uuid} object={c.mesh} />
      ))}
    </group>
  );
}
