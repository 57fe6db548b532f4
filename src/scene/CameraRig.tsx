/**
 * Orbit, zoom and pan (mouse, touch and pinch), and the view presets: a change of `view` in the store
 * glides the camera there. Also frames the selected muscle on request, and offers the camera to the UI
 * through the viewer's runtime.
 */
import { CameraControls } from '@react-three/drei';
import { flushSync, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { useRuntime } from '../state/runtimeContext';
import { useStore } from '../state/store';
import { cameraHandle } from './cameraHandle';
import { VIEW_POSES } from './views';

export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const view = useStore((s) => s.view);
  const viewNonce = useStore((s) => s.viewNonce);
  const frameNonce = useStore((s) => s.frameNonce);
  const first = useRef(true);
  const scene = useThree((s) => s.scene);
  const gl = useThree((s) => s.gl);
  const advance = useThree((s) => s.advance);
  const runtime = useRuntime();

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    void viewNonce;
    const p = VIEW_POSES[view];
    const smooth = !first.current && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.current = false;
    void c.setLookAt(...p.position, ...p.target, smooth);
  }, [view, viewNonce]);

  useEffect(() => {
    const c = controls.current;
    const id = useStore.getState().muscle;
    if (!c || !frameNonce || !id) return;
    // Frame the muscle as it is drawn in the current pose.
    const mesh = scene.getObjectByName(id);
    if (!mesh) return;
    const box = new THREE.Box3().setFromObject(mesh);
    if (box.isEmpty()) return;
    void c.fitToBox(box, true, { paddingTop: 0.1, paddingBottom: 0.1, paddingLeft: 0.1, paddingRight: 0.1 });
  }, [frameNonce, scene]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    // Commit what the store asked of the scene so far (zones, layers), then draw synchronously (the
    // canvas keeps its drawing buffer), so the picture is of this camera and this state.
    runtime.camera = cameraHandle(c, gl.domElement, async () => {
      flushSync(() => {});
      advance(performance.now());
    });
    return () => {
      runtime.camera = null;
    };
  }, [runtime, gl, advance]);

  return <CameraControls ref={controls} makeDefault minDistance={0.25} maxDistance={6} dollySpeed={0.6} />;
}
