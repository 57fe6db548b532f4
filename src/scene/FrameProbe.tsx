/** Brackets the per-frame update for the benchmark: `edge="start"` runs first, `edge="end"` after every other updater. */
import { useFrame } from '@react-three/fiber';
import { perf } from '../state/perf';
import { PROBE_END_PRIORITY, PROBE_START_PRIORITY } from './priorities';

export function FrameProbe({ edge }: { edge: 'start' | 'end' }) {
  useFrame(
    () => {
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
