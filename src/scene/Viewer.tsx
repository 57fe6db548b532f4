/**
 * The 3D view: a react-three-fiber canvas with the skeleton, the body surface and the muscles in the
 * current pose, studio lighting and camera controls. Models load independently; a missing one is
 * reported and the others still show.
 */
import { Canvas, useFrame } from '@react-three/fiber';
import { Suspense, useRef } from 'react';
import { selectMuscle } from '../state/selection';
import { useStore } from '../state/store';
import { Body } from './Body';
import { Bones } from './Bones';
import { CameraRig } from './CameraRig';
import { ContextLoss } from './ContextLoss';
import { FrameProbe } from './FrameProbe';
import { Lighting } from './Lighting';
import { ModelBoundary } from './ModelBoundary';
import { Muscles } from './Muscles';
import { PoseDriver } from './PoseDriver';
import { TriggerMarks } from './TriggerMarks';
import { ProbeHooks } from './ProbeHooks';

/** Sets window.myomapReady after the first frame drawn once the models have settled (tests and embeds wait on it). */
function ReadySignal() {
  const done = useRef(false);
  useFrame(() => {
    if (done.current) return;
    done.current = true;
    requestAnimationFrame(() => {
      const w = window as unknown as { myomapReady?: boolean; myomapReadyAt?: number };
      w.myomapReadyAt = performance.now();
      w.myomapReady = true;
      window.dispatchEvent(new Event('myomap:ready'));
    });
  });
  return null;
}

export function Viewer({ label }: { label: string }) {
  return (
    <Canvas
      className="viewer-canvas"
      aria-label={label}
      role="img"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.02, far: 30, position: [2.05, 1.3, 1.75] }}
      gl={{ antialias: true, alpha: true, powerPreference: 'high-performance', preserveDrawingBuffer: true }}
      onPointerMissed={(e) => {
        if (e.type === 'click' && useStore.getState().muscle) selectMuscle(null);
      }}
    >
      <FrameProbe edge="start" />
      <PoseDriver />
      <Lighting />
      <CameraRig />
      <ProbeHooks />
      <ContextLoss />
      <Muscles />
      <TriggerMarks />
      <Suspense fallback={null}>
        <ModelBoundary name="bone">
          <Bones />
        </ModelBoundary>
        <ModelBoundary name="body surface">
          <Body />
        </ModelBoundary>
        <ReadySignal />
      </Suspense>
      <FrameProbe edge="end" />
    </Canvas>
  );
}
