/**
 * Presenter keys, on top of the usual shortcuts: PageDown/PageUp (what a slide clicker sends) or N/P step
 * through the muscles, M through the motions, Esc leaves presenter mode.
 */
import { MUSCLES } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { MOTION_IDS } from '../../anatomy/motions/types';
import { selectMuscle } from '../../state/selection';
import { useStore } from '../../state/store';

export const PRESENTER_KEYS: [string, string][] = [
  ['PageDown / N', 'next muscle'],
  ['PageUp / P', 'previous muscle'],
  ['M', 'next motion'],
  ['Space', 'play / pause'],
  ['1 – 6', 'views'],
  ['Z', 'pain zones'],
  ['Esc', 'leave presenter mode'],
];

/** The muscles in teaching order for the side on show. */
function order(): MuscleId[] {
  const { side } = useStore.getState();
  return MUSCLES.filter((m) => side === 'both' ? true : m.side === side).map((m) => m.id);
}

/** The next (d = 1) or previous (d = −1) muscle in teaching order. */
export function stepMuscle(d: number): void {
  const s = useStore.getState();
  const list = order();
  const i = s.muscle ? list.indexOf(s.muscle) : -1;
  selectMuscle(list[(i + d + list.length) % list.length]!, { turn: true });
}

/** The next motion, standing included; it plays unless the system asks for reduced motion. */
export function nextMotion(): void {
  const s = useStore.getState();
  const all = [null, ...MOTION_IDS];
  const next = all[(all.indexOf(s.motion) + 1) % all.length]!;
  s.setMotion(next);
  if (next && !window.matchMedia('(prefers-reduced-motion: reduce)').matches) s.setPlaying(true);
  s.announce(next ? `Motion: ${next.replace('_', ' ')}` : 'Standing');
}

export function handlePresenterKey(e: KeyboardEvent): boolean {
  const s = useStore.getState();
  const step = stepMuscle;
  switch (e.key) {
    case 'PageDown':
    case 'n':
    case 'N':
      step(1);
      break;
    case 'PageUp':
    case 'p':
    case 'P':
      step(-1);
      break;
    case 'm':
    case 'M':
      nextMotion();
      break;
    case 'Escape':
      s.setMode('explore');
      break;
    default:
      return false;
  }
  e.preventDefault();
  return true;
}
