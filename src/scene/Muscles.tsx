/**
 * All muscles as bodies with volume (public/models/muscles.glb), carried along the same fibre paths whose
 * lengths the CLI prints: per pose the CPU poses the paths into one small texture and the GPU places
 * every vertex (muscleBodies/). Picking hits the posed surface; the trigger-point marks ask the bodies for
 * points on it (runtime.musclePoints).
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import type { MuscleId } from '../anatomy/muscles/types';
import { structureEntry } from '../anatomy/structureDirectory';
import { fibreStretch, stretchColour } from '../geometry/muscles/stretch';
import { useRuntime } from '../state/runtimeContext';
import { answerByClick } from '../state/quizActions';
import { selectMuscle } from '../state/selection';
import { useStore } from '../state/store';
import { modelUrl } from './assets';
import { useModel } from './loadModel';
import { COLOURS, SEE_THROUGH_BESIDE_SELECTION, SEE_THROUGH_OPACITY, setSeeThrough } from './materials';
import { MuscleBodies } from './muscleBodies/muscleBodies';
import { UPDATE_PRIORITY } from './priorities';
import { hoverHandlers } from './hover';
import { muscleSeeThrough, muscleVisible, selectionBeneathMuscles } from './visibility';

/**
 * The muscle a pointer event is about: the nearest one hit, except that a see-through muscle gives way to
 * a solid muscle behind it (what the user sees through it is what they click).
 */
function idOf(e: ThreeEvent<PointerEvent | MouseEvent>): MuscleId {
  const first = e.object.userData.id as MuscleId;
  if (!e.object.userData.seeThrough) return first;
  // Only muscle bodies set `seeThrough` (false or true); bones and skin in the list are not answers.
  for (const hit of e.intersections) {
    if (hit.object.visible && hit.object.userData.seeThrough === false) return hit.object.userData.id as MuscleId;
  }
  return first;
}

/**
 * Whether a see-through muscle lets the pointer pass on to a nerve, vessel, ligament or bone drawn solid
 * behind it: the first solid thing under the pointer is no muscle. (With a nerve selected every muscle is
 * faint, and the nerves seen through them must answer a click.) Not in the quiz, whose answers are muscles.
 */
function passesOn(e: ThreeEvent<PointerEvent | MouseEvent>): boolean {
  if (!e.object.userData.seeThrough || useStore.getState().mode === 'quiz') return false;
  for (const hit of e.intersections) {
    const o = hit.object as THREE.Mesh;
    if (!o.visible || o.userData.seeThrough === true) continue;
    if (o.userData.seeThrough === false) return false;
    const m = o.material;
    if (!m || Array.isArray(m) || m.transparent) continue;
    return o.userData.structureId !== undefined || structureEntry(o.name) !== undefined;
  }
  return false;
}

export function Muscles() {
  const gltf = useModel(modelUrl('muscles'));
  const runtime = useRuntime();
  const { frame } = runtime;
  const bodies = useMemo(
    () => new MuscleBodies(gltf.scene, { belly: COLOURS.belly, tendon: COLOURS.tendon, select: COLOURS.selected }),
    [gltf],
  );
  const version = useRef(-1);

  useEffect(() => {
    runtime.musclePoints = {
      pointOn: (id, fibre, along, out) =>
        Boolean(bodies.get(id)?.mesh.visible) && bodies.pointOn(id, fibre, along, out),
    };
    runtime.invalidate();
    return () => {
      runtime.musclePoints = null;
      bodies.dispose();
    };
  }, [runtime, bodies]);

  useFrame(() => {
    const perf = runtime.perf;
    const started = perf.enabled ? performance.now() : 0;
    if (version.current !== frame.version) {
      version.current = frame.version;
      bodies.pose(frame.frames, frame.pose);
    }
    if (perf.enabled) perf.muscles.push(performance.now() - started);
    const s = useStore.getState();
    // A selection seen through see-through muscles (the psoas behind the abdominal wall, a nerve inside a
    // muscle) keeps its colour when they are faint.
    const beneath = selectionBeneathMuscles(s);
    const selectionInside = s.muscle !== null || beneath;
    for (let i = 0; i < bodies.list.length; i++) {
      const b = bodies.list[i]!;
      const m = b.mesh;
      m.visible = muscleVisible(s, b.muscle);
      if (!m.visible) continue;
      const u = b.material.userData.uniforms;
      const seeThrough = muscleSeeThrough(s, b.muscle, beneath);
      m.userData.seeThrough = seeThrough;
      setSeeThrough(b.material, seeThrough, selectionInside ? SEE_THROUGH_BESIDE_SELECTION : SEE_THROUGH_OPACITY);
      const selected = s.muscle === b.muscle.id;
      const hovered = s.hovered === b.muscle.id;
      const highlighted = !selected && s.highlight.includes(b.muscle.id);
      u.uSelect.value = selected ? 1 : highlighted ? 0.6 : 0;
      u.uGlow.value = hovered && !selected ? 1 : 0;
      // How this muscle is drawn, for the test probe (compare mode checks both viewers show the selection).
      m.userData.shownAs = selected ? 'selected' : highlighted ? 'highlighted' : hovered ? 'hovered' : 'plain';
      if (s.stretchColours) {
        const stretch = fibreStretch(
          frame.lengths[b.index]!,
          frame.restLengths[b.index]!,
          b.muscle.architecture.optimalFibreLength,
        );
        stretchColour(stretch, u.uTint.value);
        u.uTintAmount.value = 0.85;
      } else u.uTintAmount.value = 0;
    }
  }, UPDATE_PRIORITY);

  const hover = hoverHandlers(idOf, passesOn);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (passesOn(e)) return;
    e.stopPropagation();
    if (useStore.getState().mode === 'quiz') answerByClick(idOf(e));
    else selectMuscle(idOf(e));
  };

  return (
    <group name="muscles" {...hover} onClick={onClick}>
      {bodies.list.map((b) => (
        <primitive key={b.muscle.id} object={b.mesh} />
      ))}
    </group>
  );
}
