/**
 * The 3D view: a react-three-fiber canvas (LeanCanvas) with the skeleton, the body surface and the muscles in the
 * pose of its viewer runtime, studio lighting and camera controls. It draws on demand: a frame only when
 * something changed (the store, the camera, a motion playing, a resize). Models load independently; a
 * missing one is reported and the others still show. Without WebGL, or when the renderer cannot start,
 * the `fallback` is shown instead and the rest of the page carries on.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { hasWebGL, wantsAntialias } from '../capability';
import type { ViewerRuntime } from '../state/runtime';
import { signalReady } from '../state/ready';
import { RuntimeContext } from '../state/runtimeContext';
import { selectedId, selectMuscle } from '../state/selection';
import { useStore } from '../state/store';
import { Body } from './Body';
import { Bones } from './Bones';
import { CameraRig } from './CameraRig';
import { ContextLoss } from './ContextLoss';
import { FrameProbe } from './FrameProbe';
import { LeanCanvas } from './LeanCanvas';
import { LabelsLayer } from './labels/LabelsLayer';
import { loadModel, useModelsSettled } from './loadModel';
import { modelUrl } from './assets';
import { Lighting } from './Lighting';
import { ModelBoundary } from './ModelBoundary';
import { Muscles } from './Muscles';
import { PoseDriver } from './PoseDriver';
import { TriggerMarks } from './TriggerMarks';
import { ViewerBoundary } from './ViewerBoundary';

/**
 * Ligaments, fascia, nerves and vessels: loaded (with their catalog) only once one of their layers is on.
 * Wanted from the start (a link with their layers), the chunk comes with the models and the scene waits for
 * it; turned on later, it suspends on its own until it is in.
 */
let structuresModule: Promise<ComponentType> | null = null;
let StructuresNow: ComponentType | null = null;
const loadStructures = () =>
  (structuresModule ??= import('./structures/Structures').then((m) => {
    StructuresNow = m.Structures;
    return m.Structures;
  }));
const Structures = lazy(() => loadStructures().then((c) => ({ default: c })));
const STRUCTURE_LAYERS = ['ligaments', 'fascia', 'nerves', 'vessels'];
const structuresWanted = (layers: readonly string[]) => layers.some((l) => STRUCTURE_LAYERS.includes(l));

/**
 * The browser tests' probe, fetched (at once) only for a page that asks for it (`window.myomapTestHooks`,
 * set before loading): production pages neither load nor carry it. The scene waits for it with the models,
 * so the page is ready only once the probe is installed too.
 */
const probeModule =
  typeof window !== 'undefined' && (window as { myomapTestHooks?: boolean }).myomapTestHooks === true
    ? import('./TestProbe')
    : null;
let TestProbe: (() => null) | null = null;
void probeModule?.then((m) => {
  TestProbe = m.TestProbe;
});

const MODELS = [modelUrl('bones'), modelUrl('body'), modelUrl('muscles')] as const;

/**
 * The scene, once every model (and what else the first frame needs: the structures' chunk if their layers
 * are on, the test probe if asked for) has loaded or failed, so that none of it suspends (see
 * loadModel.ts). The probe is rendered here, not by the Viewer, which need not render again once it is in.
 */
function WhenModelsSettled({ children }: { children: ReactNode }) {
  const [also] = useState(() => [
    ...(probeModule ? [probeModule] : []),
    ...(structuresWanted(useStore.getState().layers) ? [loadStructures()] : []),
  ]);
  if (!useModelsSettled(MODELS, also)) return null;
  return (
    <>
      {children}
      {TestProbe && <TestProbe />}
    </>
  );
}

function LazyStructures() {
  const wanted = useStore((s) => structuresWanted(s.layers));
  if (!wanted) return null;
  if (StructuresNow) return <StructuresNow />;
  return (
    <Suspense fallback={null}>
      <Structures />
    </Suspense>
  );
}

/** Sets window.myomapReady after the first frame drawn once the models have settled (tests and embeds wait on it). */
function ReadySignal() {
  const done = useRef(false);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [invalidate]);
  useFrame(() => {
    if (done.current) return;
    done.current = true;
    requestAnimationFrame(() => signalReady({ webgl: true }));
  });
  return null;
}

/** Connects the runtime to this canvas: its frame requests, and a frame for every change of the store. */
function RuntimeLink({ runtime }: { runtime: ViewerRuntime }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    runtime.invalidate = () => invalidate();
    const unsubscribe = useStore.subscribe(() => invalidate());
    invalidate();
    return () => {
      unsubscribe();
      runtime.invalidate = () => {};
    };
  }, [runtime, invalidate]);
  return null;
}

export interface ViewerProps {
  runtime: ViewerRuntime;
  /** Accessible name of the view; begins "3D model" (SPEC.md). */
  label: string;
  /** What to show when this browser cannot draw the model (no WebGL, or the renderer failed to start). */
  fallback: (reason: string) => ReactNode;
}

/** The fallback in place of the view; the page is as ready as it will get. */
function Unavailable({ reason, fallback }: { reason: string; fallback: ViewerProps['fallback'] }) {
  useEffect(() => signalReady({ webgl: false }), []);
  return <>{fallback(reason)}</>;
}

export function Viewer({ runtime, label, fallback }: ViewerProps) {
  const unavailable = (reason: string) => <Unavailable reason={reason} fallback={fallback} />;
  if (!hasWebGL()) return unavailable('WebGL is switched off or not supported in this browser');
  // Every model at once (they are already in flight when the page preloads them).
  for (const url of MODELS) loadModel(url);
  return (
    <ViewerBoundary fallback={unavailable}>
      <LeanCanvas
        className="viewer-canvas"
        aria-label={label}
        role="img"
        dpr={[1, 2]}
        frameloop="demand"
        camera={{ fov: 30, near: 0.02, far: 30, position: [2.05, 1.3, 1.75] }}
        gl={{ antialias: wantsAntialias(), alpha: true, powerPreference: 'high-performance', preserveDrawingBuffer: true }}
        onPointerMissed={(e) => {
          if (e.type === 'click' && selectedId(useStore.getState())) selectMuscle(null);
        }}
      >
        <RuntimeContext.Provider value={runtime}>
          <RuntimeLink runtime={runtime} />
          <FrameProbe edge="start" />
          <PoseDriver />
          <Lighting />
          <CameraRig />
          <ContextLoss />
          <TriggerMarks />
          <LabelsLayer />
          <WhenModelsSettled>
            <Suspense fallback={null}>
              <ModelBoundary name="muscle">
                <Muscles />
              </ModelBoundary>
              <LazyStructures />
              <ModelBoundary name="bone">
                <Bones />
              </ModelBoundary>
              <ModelBoundary name="body surface">
                <Body />
              </ModelBoundary>
              <ReadySignal />
            </Suspense>
          </WhenModelsSettled>
          <FrameProbe edge="end" />
        </RuntimeContext.Provider>
      </LeanCanvas>
    </ViewerBoundary>
  );
}
