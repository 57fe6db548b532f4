/**
 * WebGL context loss (a GPU reset, a laptop waking from sleep, too many tabs): say so, and carry on when
 * the browser restores the context — three re-uploads what it needs and the next pose redraws. When the
 * context does not come back within RESTORE_WAIT_MS, stop promising that it will: say it is gone and
 * offer a reload.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useRuntime } from '../state/runtimeContext';
import { useStore } from '../state/store';

export const CONTEXT_LOST_MESSAGE = 'The 3D view lost its graphics context; it will come back by itself in a moment.';
export const CONTEXT_GONE_MESSAGE =
  'The 3D view stopped: the browser took its graphics context away and has not given it back. Reload the page to bring the model back; the list and details still work.';
/** How long a lost context may take to come back before we say it is gone. */
export const RESTORE_WAIT_MS = 8000;

function setMessage(text: string | null) {
  const s = useStore.getState();
  const rest = s.modelErrors.filter((m) => m !== CONTEXT_LOST_MESSAGE && m !== CONTEXT_GONE_MESSAGE);
  s.set('modelErrors', text ? [...rest, text] : rest);
}

export function ContextLoss() {
  const gl = useThree((s) => s.gl);
  const runtime = useRuntime();
  useEffect(() => {
    const canvas = gl.domElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lost = (e: Event) => {
      e.preventDefault(); // allow the browser to restore it
      setMessage(CONTEXT_LOST_MESSAGE);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(CONTEXT_GONE_MESSAGE), RESTORE_WAIT_MS);
    };
    const restored = () => {
      clearTimeout(timer);
      setMessage(null);
      runtime.touch(); // redo every per-pose upload and draw
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, runtime]);
  return null;
}
