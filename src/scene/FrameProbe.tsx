/**
 * Counts this viewer's frames, tells the runtime's frame listeners (DOM readouts) when a frame's update
 * is done, and, for the benchmark, brackets the per-frame update: `edge="start"` runs first, `edge="end"`
 * after every other updater.
 */
import { useFrame } from '@react-three/fiber';
import { useRuntime } from '../state/runtimeContext';
import { PROBE_END_PRIORITY, PROBE_START_PRIORITY } from './priorities';

export function FrameProbe({ edge }: { edge: 'start' | 'end' }) {
  const runtime = useRuntime();
  const { perf } = runtime;
  useFrame(
    () => {
      if (edge === 'start') perf.frames++;
      else runtime.frameDone();
      if (!perf.enabled) return;
      const now = performance.now();
      if (edge === 'start') {
        if (perf.last) perf.interval.push(now - perf.last);
        perf.last = now;
        perf.started = now;
      } else if (perf.started) perf.update.push(now - perf.started);
    },
    edge === 'start' ? PROBE_START_PRIORITY : PROBE_END_PRIORITY,
  );
  return null;
}
