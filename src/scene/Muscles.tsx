/**
 * All muscles, lofted every frame the pose changes from the same fibre paths whose lengths the CLI
 * prints. Geometry buffers are the loft's own arrays, so an update writes in place.
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { FrameState } from '../state/frame';
import { useRuntime } from '../state/runtimeContext';
import type * as THREE from 'three';
import { MUSCLES, type Muscle } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import { MuscleLoft } from '../geometry/muscles/loft';
import { loftGeometry, markLoftChanged } from '../geometry/muscles/loftGeometry';
import { fibreStretch, stretchColour } from '../geometry/muscles/stretch';
import { UPDATE_PRIORITY } from './priorities';
import { answerByClick } from '../state/quizActions';
import { selectMuscle } from '../state/selection';
import { useStore } from '../state/store';
import { COLOURS, muscleMaterial } from './materials';
import { muscleVisible } from './visibility';

function MuscleMesh({ muscle, index, frame, lofts }: { muscle: Muscle; index: number; frame: FrameState; lofts: Map<string, MuscleLoft> }) {
  const mesh = useRef<THREE.Mesh>(null);
  const { loft, geometry, material } = useMemo(() => {
    const loft = new MuscleLoft(muscle);
    return { loft, geometry: loftGeometry(loft), material: muscleMaterial() };
  }, [muscle]);
  useEffect(() => {
    lofts.set(muscle.id, loft);
    return () => void lofts.delete(muscle.id);
  }, [lofts, muscle, loft]);
  const version = useRef(-1);

  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const s = useStore.getState();
    m.visible = muscleVisible(s, muscle);
    if (!m.visible) return;
    if (version.current !== frame.version) {
      version.current = frame.version;
      loft.update(frame.frames, frame.pose);
      markLoftChanged(geometry);
    }
    const u = material.userData.uniforms;
    const selected = s.muscle === muscle.id;
    const hovered = s.hovered === muscle.id;
    const highlighted = !selected && s.highlight.includes(muscle.id as MuscleId);
    u.uGlow.value = selected ? 0.9 : highlighted ? 0.75 : hovered ? 0.45 : 0;
    // How this muscle is drawn, for the test probe (compare mode checks both viewers show the selection).
    m.userData.shownAs = selected ? 'selected' : highlighted ? 'highlighted' : hovered ? 'hovered' : 'plain';
    if (s.stretchColours) {
      const stretch = fibreStretch(frame.lengths[index]!, frame.restLengths[index]!, muscle.architecture.optimalFibreLength);
      stretchColour(stretch, u.uTint.value);
      u.uTintAmount.value = 0.85;
    } else {
      u.uTint.value.copy(COLOURS.selected);
      u.uTintAmount.value = selected || highlighted ? 0.35 : 0;
    }
  }, UPDATE_PRIORITY);

  const onOver = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    useStore.getState().setHovered(muscle.id);
  };
  const onOut = () => {
    if (useStore.getState().hovered === muscle.id) useStore.getState().setHovered(null);
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (useStore.getState().mode === 'quiz') answerByClick(muscle.id as MuscleId);
    else selectMuscle(muscle.id as MuscleId);
  };

  return (
    <mesh
      ref={mesh}
      geometry={geometry}
      material={material}
      name={muscle.id}
      userData={{ kind: 'muscle', id: muscle.id }}
      frustumCulled={false}
      onPointerOver={onOver}
      onPointerOut={onOut}
      onClick={onClick}
    />
  );
}

export function Muscles() {
  const runtime = useRuntime();
  const lofts = useMemo(() => new Map<string, MuscleLoft>(), []);
  useEffect(() => {
    runtime.musclePoints = {
      pointOn(id, fibre, along, out) {
        const loft = lofts.get(id);
        if (!loft) return false;
        loft.pointAlong(Math.min(fibre, loft.muscle.fibres.length - 1), along, out);
        return true;
      },
    };
    return () => {
      runtime.musclePoints = null;
    };
  }, [runtime, lofts]);
  return (
    <group name="muscles">
      {MUSCLES.map((m, i) => (
        <MuscleMesh key={m.id} muscle={m} index={i} frame={runtime.frame} lofts={lofts} />
      ))}
    </group>
  );
}
