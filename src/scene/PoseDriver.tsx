/**
 * Advances this viewer's motion and poses the body, once per frame and before anything draws (the maths
 * is the runtime's: runtime.ts). While a motion plays it asks for the next frame; otherwise the canvas
 * rests until something changes.
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useRuntime } from '../state/runtimeContext';
import { POSE_PRIORITY } from './priorities';

export function PoseDriver() {
  const runtime = useRuntime();
  const wasPlaying = useRef(false);
  useFrame((state, delta) => {
    // After a rest the clock's delta spans the whole idle time: start playback from here, not with a jump.
    const playing = runtime.playing;
    runtime.step(playing && wasPlaying.current ? delta : 0);
    wasPlaying.current = runtime.playing && runtime.visible;
    if (wasPlaying.current) state.invalidate();
  }, POSE_PRIORITY);
  return null;
}
