/**
 * Orbit, zoom and pan (mouse, touch and pinch), and framing: the camera always fits what is shown — the
 * visible layers or the isolated structures, in the current pose or over the whole range of the motion —
 * to the view's size and to the part of it not covered by overlays. A change of view preset turns the
 * camera to that side and fits; a change of what is shown, of the motion or of the size refits from where
 * the camera looks now (so a turn by hand is kept). Also frames the selection on request, and offers
 * the camera to the UI through the viewer's runtime.
 */
import { CameraControls } from '@react-three/drei';
import { flushSync, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import type * as THREE from 'three';
import type { Vec3 } from '../anatomy/math/vec3';
import { fitCamera, type Insets } from '../geometry/framing/fit';
import { useRuntime } from '../state/runtimeContext';
import { selectedId } from '../state/selection';
import { useStore } from '../state/store';
import { cameraHandle } from './cameraHandle';
import { contentPoints } from './framing/contentPoints';
import { drawnBoxPoints } from './framing/drawnBox';
import { viewInsets } from './framing/insets';
import { FRAMING_PRIORITY } from './priorities';
import { viewDirection } from './views';

const UP: Vec3 = [0, 1, 0];
/**
 * A structure framed alone is seen from at least this far (m), about 30 cm of the body in view: a kneecap
 * or a short ligament in its place among its neighbours, not filling the view.
 */
const FRAMED_NEAR = 0.55;

export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const view = useStore((s) => s.camera ?? s.view);
  const viewNonce = useStore((s) => s.viewNonce);
  const frameNonce = useStore((s) => s.frameNonce);
  // What is shown and over which poses: any change refits.
  const layers = useStore((s) => s.layers.join());
  const isolate = useStore((s) => s.isolate.join());
  const side = useStore((s) => s.side);
  const hidden = useStore((s) => s.hidden.length + s.hiddenGroups.length);
  const mode = useStore((s) => s.mode);
  const motion = useStore((s) => s.motion);
  const range = useStore((s) => s.range?.join() ?? '');
  // The part of the view that the UI covers (a phone's sheet): the body is framed in what is left.
  const insets = useStore(
    (s) => `${s.viewInsets.top},${s.viewInsets.right},${s.viewInsets.bottom},${s.viewInsets.left}`,
  );
  const first = useRef(true);
  /**
   * The structure the camera was last asked to frame. Refits that would frame everything (models
   * arriving, a new size, the structure itself first drawn: structures/Structures.tsx) frame it
   * instead, until the view or what is shown changes, or it is no longer the selection.
   */
  const focus = useRef<string | null>(null);
  /** The covered part of the view the last fit framed around (tests wait on it after a sheet closes). */
  const fitted = useRef<Insets>({ top: 0, right: 0, bottom: 0, left: 0 });
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const advance = useThree((s) => s.advance);
  const runtime = useRuntime();

  /** Fit the camera looking from `toCamera` (default: from where it looks now), onto `only` if given. */
  const fitView = useCallback(
    (toCamera: Vec3 | null, smooth: boolean, only?: readonly string[]) => {
      const c = controls.current;
      if (!c || size.width < 2 || size.height < 2) return;
      let dir = toCamera;
      if (!dir) {
        const p = c.getPosition(c.camera.position.clone());
        const t = c.getTarget(c.camera.position.clone());
        const d = p.sub(t).normalize();
        dir = [d.x, d.y, d.z];
      }
      const camera = c.camera as THREE.PerspectiveCamera;
      const insets = viewInsets(gl.domElement, size.width, size.height);
      fitted.current = insets;
      const s = useStore.getState();
      // A selected structure other than a muscle: its box as drawn (its layer is on since it was selected).
      const drawn = only?.length === 1 && only[0] === s.structure ? drawnBoxPoints(scene, s.structure) : null;
      const result = fitCamera({
        points: drawn ?? contentPoints(runtime, s, only),
        toCamera: dir,
        up: UP,
        fovY: camera.fov,
        aspect: size.width / size.height,
        insets,
        near: only ? FRAMED_NEAR : undefined,
      });
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      void c.setLookAt(...result.position, ...result.target, smooth && !reduce);
      runtime.invalidate();
    },
    [runtime, gl, size, scene],
  );

  /** What an automatic refit frames: the focus while it is still the selection, else everything shown. */
  const refit = useCallback(
    (smooth: boolean) => {
      const id = focus.current;
      fitView(null, smooth, id && id === selectedId(useStore.getState()) ? [id] : undefined);
    },
    [fitView],
  );

  // A view preset: turn to it and fit (gliding, after the first).
  useEffect(() => {
    void viewNonce;
    focus.current = null;
    fitView(viewDirection(view), !first.current);
    first.current = false;
  }, [view, viewNonce, fitView]);

  // What is shown or the motion changed: refit everything from where it looks now (a focus ends).
  const shown = `${layers}|${isolate}|${side}|${hidden}|${mode}|${motion}|${range}`;
  const lastShown = useRef(shown);
  useEffect(() => {
    if (lastShown.current === shown) return;
    lastShown.current = shown;
    focus.current = null;
    fitView(null, true);
  }, [shown, fitView]);
  // The view's size or its covered part (a phone's sheet opening or closing) changed: refit, keeping the
  // focus; gliding for the sheet, at once for a new size.
  const placed = `${size.width}x${size.height}|`;
  const lastPlaced = useRef(placed + insets);
  useEffect(() => {
    if (lastPlaced.current === placed + insets) return;
    const resized = !lastPlaced.current.startsWith(placed);
    lastPlaced.current = placed + insets;
    refit(!resized);
  }, [placed, insets, refit]);

  // Models arrived (their outlines replace the rough first guess): refit at once.
  const outlines = useRef(runtime.outlinesVersion);
  useFrame(() => {
    if (outlines.current === runtime.outlinesVersion) return;
    outlines.current = runtime.outlinesVersion;
    refit(false);
  }, FRAMING_PRIORITY);

  // Frame the selection on request (the Frame it button; a link to a structure that is not a muscle).
  useEffect(() => {
    const id = selectedId(useStore.getState());
    if (!frameNonce || !id) return;
    focus.current = id;
    fitView(null, true, [id]);
  }, [frameNonce, fitView]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    // Commit what the store asked of the scene so far (zones, layers), then draw synchronously (the
    // canvas keeps its drawing buffer), so the picture is of this camera and this state.
    runtime.camera = cameraHandle(
      c,
      gl.domElement,
      async () => {
        flushSync(() => {});
        advance(performance.now());
      },
      (v) => fitView(viewDirection(v), false),
      () => fitted.current,
    );
    return () => {
      runtime.camera = null;
    };
  }, [runtime, gl, advance, fitView]);

  return <CameraControls ref={controls} makeDefault minDistance={0.25} maxDistance={8} dollySpeed={0.6} />;
}
