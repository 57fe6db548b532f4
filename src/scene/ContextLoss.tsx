/**
 * WebGL context loss (a GPU reset, a laptop waking from sleep, too many tabs): say so, and carry on when
 * the browser restores the context — three re-uploads what it needs and the next pose redraws.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { frame } from '../state/frame';
import { useStore } from '../state/store';

export const CONTEXT_LOST_MESSAGE = 'The 3D view lost its graphics context; it will come back by itself in a moment.';

export function ContextLoss() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = (e: Event) => {
      e.preventDefault(); // allow the browser to restore it
      const s = useStore.getState();
      if (!s.modelErrors.includes(CONTEXT_LOST_MESSAGE)) s.set('modelErrors', [...s.modelErrors, CONTEXT_LOST_MESSAGE]);
    };
    const restored = () => {
      const s = useStore.getState();
      s.set('modelErrors', s.modelErrors.filter((m) => m !== CONTEXT_LOST_MESSAGE));
      frame.version++; // redo every per-pose upload
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate]);
  return null;
}
