/**
 * The skeleton: one mesh per bone from public/models/bones.glb, each carried by its segment frame.
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import { useRuntime } from '../state/runtimeContext';
import { useStore } from '../state/store';
import { modelUrl } from './assets';
import { useModel } from './loadModel';
import { boneMaterial, setSeeThrough } from './materials';
import { poseBones, rigBones } from './modelRig';
import { boneOutlines } from './framing/outlines';
import { UPDATE_PRIORITY } from './priorities';

export function Bones() {
  const gltf = useModel(modelUrl('bones'));
  // One material for every bone, so the bones layer turns see-through at once.
  const material = useMemo(boneMaterial, []);
  const bones = useMemo(() => rigBones(gltf.scene, material), [gltf, material]);
  const group = useRef<THREE.Group>(null);
  const version = useRef(-1);
  const runtime = useRuntime();
  const { frame } = runtime;
  useEffect(() => {
    runtime.outlines.set('bones', boneOutlines(bones));
    runtime.outlinesVersion++;
    runtime.invalidate();
    return () => {
      runtime.outlines.delete('bones');
      runtime.outlinesVersion++;
    };
  }, [runtime, bones]);

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const s = useStore.getState();
    g.visible = s.layers.includes('bones');
    setSeeThrough(material, s.seeThrough.includes('bones'));
    if (version.current === frame.version) return;
    version.current = frame.version;
    poseBones(bones, frame.frames);
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
      {bones.map((b) => (
        <primitive key={b.mesh.uuid} object={b.mesh} />
      ))}
    </group>
  );
}
