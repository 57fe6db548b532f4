/**
 * The skeleton: one mesh per bone from public/models/bones.glb, each carried by its segment frame and
 * named by its node (`femur_r`, `l4`, `disc_l4_l5`), which is the bone's structure id. A bone is picked as
 * nerves are: the nearest thing under the pointer takes the click, so a muscle in front of a bone wins
 * and a bone in front of a muscle wins. In the quiz, whose answers are muscles, and through a see-through
 * bones layer, clicks pass on to what lies behind. The selected bone is drawn in the selection colour.
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import { structureEntry } from '../anatomy/structureDirectory';
import { useRuntime } from '../state/runtimeContext';
import { selectById } from '../state/selection';
import { useStore } from '../state/store';
import { modelUrl } from './assets';
import { pickRaycast } from './bvh';
import { hoverHandlers } from './hover';
import { useModel } from './loadModel';
import { boneMaterial, selectedBoneMaterial, setSeeThrough } from './materials';
import { poseBones, rigBones } from './modelRig';
import { boneOutlines } from './framing/outlines';
import { UPDATE_PRIORITY } from './priorities';

const noRaycast = () => {};

/** A click or hover on a see-through bone goes on to what is solid behind. */
const passes = (e: ThreeEvent<PointerEvent | MouseEvent>) =>
  ((e.object as THREE.Mesh).material as THREE.Material).transparent;

export function Bones() {
  const gltf = useModel(modelUrl('bones'));
  // One material for every bone, so the bones layer turns see-through at once.
  const material = useMemo(() => boneMaterial(), []);
  const selectedMaterial = useMemo(selectedBoneMaterial, []);
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
    for (const b of bones) {
      b.mesh.material = s.structure === b.mesh.name ? selectedMaterial : material;
      // How it is drawn, for the test probe (as muscles' and nerves' shownAs): read from the material itself.
      b.mesh.userData.shownAs = b.mesh.material === selectedMaterial ? 'selected' : 'plain';
      // The raycaster does not look at `visible`: a hidden bones layer must not catch the pointer.
      b.mesh.raycast = g.visible ? pickRaycast() : noRaycast;
    }
    if (version.current === frame.version) return;
    version.current = frame.version;
    poseBones(bones, frame.frames);
  }, UPDATE_PRIORITY);

  const hover = hoverHandlers((e) => e.object.name, passes);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (useStore.getState().mode === 'quiz' || passes(e)) return;
    e.stopPropagation();
    // A disc is drawn but is no structure of its own (SPEC.md): a click on it selects nothing.
    if (structureEntry(e.object.name)) selectById(e.object.name);
  };

  return (
    <group ref={group} name="bones" {...hover} onClick={onClick}>
      {bones.map((b) => (
        <primitive key={b.mesh.uuid} object={b.mesh} />
      ))}
    </group>
  );
}
